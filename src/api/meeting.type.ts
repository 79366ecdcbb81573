import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { Person } from './person.type.js';
import { DateScalar } from './scalars.js';

// `simpleResolvers`: the fields of the types the translator fills are read by response key
// (`byResponseKey`, set in schema.ts), not through a resolver of type-graphql's.

@ObjectType({
  description: 'One value that some reports give for a detail, with those reports.',
  simpleResolvers: true,
})
export class DisagreementValue {
  @Field({ description: 'The value as the reports word it, e.g. "more than five hours".' })
  value!: string;
}

@ObjectType({
  description:
    'A detail of a meeting that the reports give differently, e.g. how long it lasted: every version, side by side.',
  simpleResolvers: true,
})
export class Disagreement {
  @Field({ description: 'Which detail: `duration`, `date`, `place`, `title`, …' })
  field!: string;

  @Field(() => [DisagreementValue], { description: 'Every value the reports give, with the reports giving it.' })
  values!: DisagreementValue[];
}

@ObjectType({
  description: 'A meeting between two or more people: one node per real meeting, however many reports tell of it.',
  simpleResolvers: true,
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

  @Field(() => String, {
    nullable: true,
    description:
      'CAMEO event code of the meeting: "040" consult, "041" by telephone, "042" a visit, "044" in a third country, "036" intent to meet … (README, Links to other datasets).',
  })
  cameo!: string | null;

  @Field(() => [Person], { description: 'The principals: the people who met.' })
  participants!: Person[];

  @Field(() => [Person], { description: 'Delegation members who took part beside the principals.' })
  delegation!: Person[];

  @Field(() => [Disagreement], {
    description: 'Details the reports give differently, each with every version and its sources.',
  })
  disagreements!: Disagreement[];
}

@ObjectType({ description: 'A page of meetings.' })
export class MeetingConnection extends Connection(Meeting, 'meetings') {}
