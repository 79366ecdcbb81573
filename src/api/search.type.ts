import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { Person } from './person.type.js';
import { Quote } from './quote.type.js';
import { Statement } from './statement.type.js';

export const SearchNode = createUnionType({
  name: 'SearchNode',
  description: 'What a search can find: a person, a quote or a stated position.',
  types: () => [Person, Quote, Statement] as const,
  resolveType: (value) => (value as unknown as { __kind: string }).__kind,
});

@ObjectType({ description: 'One search hit, with its relevance.', simpleResolvers: true })
export class SearchResult {
  @Field(() => Float, { description: 'Fulltext relevance (higher is better), comparable within one search.' })
  score!: number;

  @Field(() => SearchNode, { description: 'The person, quote or position found.' })
  node!: typeof SearchNode;
}
