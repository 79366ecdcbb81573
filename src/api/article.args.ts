import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './connection.js';
import { DateScalar } from './scalars.js';

@ArgsType()
export class OutletArticlesArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only articles published on or after this date.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only articles published on or before this date.' })
  to?: Date | null;
}

@ArgsType()
export class ArticlesArgs extends OutletArticlesArgs {
  @Field(() => String, { nullable: true, description: 'Only articles of this outlet (name or alias).' })
  outlet?: string | null;
}
