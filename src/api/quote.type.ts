import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { DateScalar } from './scalars.js';
import { Person } from './person.type.js';
import { Outlet } from './outlet.type.js';

@ObjectType({ description: 'An outlet that carried a quote, and in which words.', simpleResolvers: true })
export class OutletReport {
  @Field(() => Outlet, { description: 'The outlet.' })
  outlet!: Outlet;

  @Field(() => [String], { description: "The outlet's wordings of the quote." })
  wordings!: string[];

  @Field(() => Int, { description: "How many of the outlet's reports carry it." })
  articleCount!: number;
}

@ObjectType({
  description: 'A direct quotation: one node per utterance, however many outlets carried it and in whatever words.',
  simpleResolvers: true,
})
export class Quote {
  @Field(() => ID, { description: 'Stable id of the quote.' })
  id!: string;

  @Field({ description: 'The canonical wording (the words inside the quotation marks).' })
  text!: string;

  @Field(() => [String], { description: 'Every wording the reports give, the canonical one included.' })
  wordings!: string[];

  @Field(() => Person, { nullable: true, description: 'Who said it, when the source is a person.' })
  speaker!: Person | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the source is not a person (a ministry, a medium), its name.',
  })
  sourceName!: string | null;

  @Field(() => [String], { description: 'Topics of the quote.' })
  topics!: string[];

  @Field(() => Int, { description: 'How many reports carry the quote.' })
  sourceCount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the first report that carried it.' })
  firstReported!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the latest report that carried it.' })
  lastReported!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the attribution is, 0 to 1.' })
  confidence!: number | null;

  @Field(() => [OutletReport], { description: 'The outlets that carried the quote, each with its wording.' })
  reportedBy!: OutletReport[];
}

@ObjectType({ description: 'A page of quotes.' })
export class QuoteConnection extends Connection(Quote, 'quotes') {}
