import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { MAX_RESULTS, readRoot } from './selection.js';
import { SearchResult } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResult], {
    description: "Fulltext search over people's names and aliases, quotes (every wording) and positions; best first.",
  })
  async search(
    @Arg('text', () => String, { description: 'Words to look for, e.g. "export controls" or "Okafor".' }) _text: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: `At most this many results (up to ${MAX_RESULTS}).`,
    })
    _first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readRoot(ctx, info);
  }
}
