import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from './connection.js';
import { DateScalar } from './scalars.js';
import { Person } from './person.type.js';

export enum StatementKind {
  DIRECT = 'direct',
  REPORTED = 'reported',
}
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'Whether a position comes from a direct quote or from reported speech.',
  valuesConfig: {
    DIRECT: { description: 'From a direct quotation.' },
    REPORTED: { description: 'From reported speech ("said that …", "urged …").' },
  },
});

@ObjectType({
  description:
    'A position a person stated (the Position node of the graph): what they said they think or want, as a short clause.',
  simpleResolvers: true,
})
export class Statement {
  @Field(() => ID, { description: 'Stable id of the position.' })
  id!: string;

  @Field({ description: 'The position, e.g. "the US remains opposed to any unilateral changes to the status quo".' })
  text!: string;

  @Field(() => StatementKind, { nullable: true, description: 'Direct or reported speech.' })
  kind!: StatementKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CAMEO event code of the position by its wording: "010" make statement, "012" pessimistic comment, "111" criticize … (README, Links to other datasets).',
  })
  cameo!: string | null;

  @Field(() => Person, { nullable: true, description: 'Who stated it.' })
  speaker!: Person | null;

  @Field(() => [String], { description: 'Topics of the position, e.g. "Taiwan".' })
  topics!: string[];

  @Field(() => Int, { description: 'How many reports support it.' })
  sourceCount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the first report of it.' })
  firstReported!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date of the latest report of it.' })
  lastReported!: string | null;
}

@ObjectType({ description: 'A page of statements.' })
export class StatementConnection extends Connection(Statement, 'statements') {}
