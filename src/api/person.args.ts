import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';
import { DateScalar } from './scalars.js';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only people whose name or an alias contains this text (case-insensitive).',
  })
  search?: string | null;
}

@ArgsType()
export class PersonMeetingsArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or after this date.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings on or before this date.' })
  to?: Date | null;
}

@ArgsType()
export class PersonStatementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only positions on this topic, e.g. "Taiwan".' })
  topic?: string | null;
}
