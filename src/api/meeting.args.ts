import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';
import { DateScalar } from './scalars.js';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only meetings this person (full name, surname or alias) took part in.',
  })
  participant?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only meetings all these people took part in, e.g. ["Okafor", "Li Wen"] (at most 10).',
  })
  between?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or after this date.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or before this date.' })
  to?: Date | null;
}
