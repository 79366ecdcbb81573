import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { DateScalar } from './scalars.js';

@ObjectType({
  description: 'A meeting between two or more people: one node per real meeting, however many reports tell of it.',
})
export class Meeting {
  @Field(() => ID, { description: 'Stable id of the meeting.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it took place: `YYYY-MM-DD`, or `YYYY-MM` when the reports give only the month.',
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, as the reports name it.' })
  place!: string | null;

  @Field(() => [String], {
    description: 'How long it lasted, in the words of each report that says (several when they disagree).',
  })
  durations!: string[];

  @Field(() => [String], { description: 'Topics discussed (names from data/topics.json).' })
  topics!: string[];

  @Field(() => Int, { description: 'How many reports support the meeting.' })
  sourceCount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the first report of it.' })
  firstReported!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the latest report of it.' })
  lastReported!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the extraction is, 0 to 1.' })
  confidence!: number | null;
}

@ObjectType({ description: 'A page of meetings.' })
export class MeetingConnection extends Connection(Meeting, 'meetings') {}

@ObjectType({ description: 'One value that some reports give for a detail, with those reports.' })
export class DisagreementValue {
  @Field({ description: 'The value as the reports word it, e.g. "more than five hours".' })
  value!: string;
}

@ObjectType({
  description:
    'A detail of a meeting that the reports give differently, e.g. how long it lasted: every version, side by side.',
})
export class Disagreement {
  @Field({ description: 'Which detail: `duration`, `date`, `place`, `title`, …' })
  field!: string;
}
