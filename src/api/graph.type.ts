import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Meeting } from './meeting.type.js';
import { Person } from './person.type.js';

@ObjectType({ description: 'One step of a chain of meetings: two people who met.', simpleResolvers: true })
export class PathLink {
  @Field(() => Person, { description: 'The person on the near side of the step.' })
  from!: Person;

  @Field(() => Person, { description: 'The person on the far side of the step.' })
  to!: Person;

  @Field(() => String, {
    nullable: true,
    description: 'Date of the meeting behind the step (`YYYY-MM-DD` or `YYYY-MM`).',
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Place of the meeting behind the step.' })
  place!: string | null;

  @Field(() => Meeting, { nullable: true, description: 'The meeting behind the step.' })
  meeting!: Meeting | null;
}

@ObjectType({
  description: 'How two people are linked: the shortest chain of meetings from one to the other.',
  simpleResolvers: true,
})
export class PersonPath {
  @Field(() => Person, { description: 'The person the chain starts from.' })
  from!: Person;

  @Field(() => Person, { description: 'The person the chain ends at.' })
  to!: Person;

  @Field(() => Int, { description: 'Number of meetings in the chain (1: they met each other; 0: the same person).' })
  length!: number;

  @Field(() => [Person], { description: 'Everyone on the chain, in order, both ends included.' })
  people!: Person[];

  @Field(() => [PathLink], { description: 'The meetings of the chain, in order.' })
  links!: PathLink[];
}

@ObjectType({ description: 'A line to draw between two people: they met, once or more.', simpleResolvers: true })
export class GraphEdge {
  @Field(() => ID, { description: 'Id of one person (the `id` of a node).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the other person.' })
  to!: string;

  @Field(() => Int, { description: 'How many times they met.' })
  meetings!: number;

  @Field(() => [String], { description: 'When (`YYYY-MM-DD` or `YYYY-MM`), for the meetings whose date is known.' })
  dates!: string[];

  @Field(() => [ID], { description: 'Ids of the meetings, for `meeting(id:)`.' })
  meetingIds!: string[];
}

@ObjectType({
  description: 'The people around a person, and who met whom among them: nodes and edges for drawing.',
  simpleResolvers: true,
})
export class Neighbourhood {
  @Field(() => Person, { description: 'The person at the centre.' })
  center!: Person;

  @Field(() => Int, { description: 'How many meetings away the nodes reach.' })
  depth!: number;

  @Field(() => [Person], { description: 'The people (the centre first), at most 200.' })
  nodes!: Person[];

  @Field(() => [GraphEdge], {
    description: 'One edge per pair of nodes that met, most meetings first, at most `maxEdges` (see `edgesTruncated`).',
  })
  edges!: GraphEdge[];

  @Field({ description: 'Whether more pairs met than `maxEdges`: `edges` then holds only the first `maxEdges`.' })
  edgesTruncated!: boolean;
}
