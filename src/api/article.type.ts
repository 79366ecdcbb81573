import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { Meeting } from './meeting.type.js';
import { Outlet } from './outlet.type.js';
import { Person } from './person.type.js';
import { Quote } from './quote.type.js';
import { DateScalar } from './scalars.js';
import { Statement } from './statement.type.js';

@ObjectType({
  description: 'One report, as ingested. Its facts are the meetings, quotes and statements it supports.',
  simpleResolvers: true,
})
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

  @Field(() => String, {
    nullable: true,
    description: 'The body: title, captions and paragraphs, boilerplate removed.',
  })
  text!: string | null;

  @Field(() => [Meeting], { description: 'Meetings this report tells of.' })
  meetings!: Meeting[];

  @Field(() => [Quote], { description: 'Quotes this report carries.' })
  quotes!: Quote[];

  @Field(() => [Statement], { description: 'Positions this report attributes to people.' })
  statements!: Statement[];

  @Field(() => [Person], { description: 'People this report mentions.' })
  people!: Person[];
}

@ObjectType({ description: 'A page of articles.' })
export class ArticleConnection extends Connection(Article, 'articles') {}
