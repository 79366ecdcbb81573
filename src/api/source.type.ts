import { Field, Float, ObjectType } from 'type-graphql';
import { Article } from './article.type.js';
import { Outlet } from './outlet.type.js';

@ObjectType({
  description: 'Why the graph holds a fact: one report that supports it, and the sentence where it does.',
  simpleResolvers: true,
})
export class Source {
  @Field(() => Article, { description: 'The report.' })
  article!: Article;

  @Field(() => Outlet, { nullable: true, description: "The report's outlet, when known." })
  outlet!: Outlet | null;

  @Field(() => String, {
    nullable: true,
    description: 'The sentence (or caption, or headline) of the report that supports the fact.',
  })
  sentence!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "This report's wording of the fact, when it differs from the canonical one (quotes).",
  })
  wording!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The extraction rule that read the fact, e.g. `meeting.met-with`.',
  })
  rule!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure that rule is, 0 to 1.' })
  confidence!: number | null;
}
