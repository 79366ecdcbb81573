import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only quotes of this person (full name, surname or alias).' })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only quotes this outlet carried (name or alias, e.g. "Reuters").',
  })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Only quotes on this topic, e.g. "Taiwan".' })
  topic?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only quotes containing this text, in any wording (case-insensitive).',
  })
  contains?: string | null;
}
