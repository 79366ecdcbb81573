import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { DateScalar } from './scalars.js';
import { Outlet } from './outlet.type.js';

@ObjectType({ description: 'One report, as ingested. Its facts are the meetings, quotes and statements it supports.' })
export class Article {
  @Field(() => ID, {
    description: 'Stable id of the report: its URL when known, else its file name or a hash of its text.',
  })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Headline.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the report was published online.' })
  url!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date (not the date of any event it reports).' })
  published!: string | null;

  @Field(() => Outlet, { nullable: true, description: 'Who published it, when known.' })
  outlet!: Outlet | null;

  @Field(() => String, { nullable: true, description: 'The place of the dateline, e.g. "Beijing".' })
  dateline!: string | null;
}

@ObjectType({ description: 'A page of articles.' })
export class ArticleConnection extends Connection(Article, 'articles') {}
