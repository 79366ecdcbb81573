import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only positions this person (full name, surname or alias) stated.',
  })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: 'Only positions on this topic, e.g. "Taiwan".' })
  topic?: string | null;
}
