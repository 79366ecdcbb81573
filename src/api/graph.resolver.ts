import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { MAX_DEPTH, MAX_HOPS } from '../graph/read/paths.js';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import { Neighbourhood, PersonPath } from './graph.type.js';
import { DEFAULT_MAX_EDGES, MAX_MAX_EDGES, readRoot } from './selection.js';

@Resolver()
export class GraphResolver {
  @Query(() => PersonPath, {
    nullable: true,
    description:
      'How two people are linked: the shortest chain of meetings between them; null when no chain of at most `maxHops` meetings exists.',
  })
  async connection(
    @Arg('from', () => String, { description: 'One person (full name, surname or alias).' }) from: string,
    @Arg('to', () => String, { description: 'The other person.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: 4,
      description: `Longest chain to look for, 1 to ${MAX_HOPS} meetings.`,
    })
    _maxHops: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = (await readRoot(ctx, info)) as { fromFound: boolean; toFound: boolean; path: unknown } | null;
    if (!found?.fromFound) throw notFound(`No person matches "${from}" (argument "from").`);
    if (!found.toFound) throw notFound(`No person matches "${to}" (argument "to").`);
    return found.path;
  }

  @Query(() => Neighbourhood, {
    description:
      'The people within `depth` meetings of a person and the meetings among them, as nodes and edges to draw.',
  })
  async neighbourhood(
    @Arg('name', () => String, { description: 'The person at the centre (full name, surname or alias).' }) name: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: 1,
      description: `How many meetings away to reach, 1 to ${MAX_DEPTH}.`,
    })
    _depth: number,
    @Arg('maxEdges', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_MAX_EDGES,
      description: `At most this many edges (0 to ${MAX_MAX_EDGES}), most meetings first; \`edgesTruncated\` says when more pairs met.`,
    })
    _maxEdges: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const value = await readRoot(ctx, info);
    if (!value) throw notFound(`No person matches "${name}".`);
    return value;
  }
}
