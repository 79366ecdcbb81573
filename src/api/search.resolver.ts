import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { luceneTerms, search } from '../graph/read/search.js';
import type { Context } from './context.js';
import { badUserInput } from './errors.js';
import { SearchResult } from './search.type.js';
import { intIn } from './validate.js';

const MAX_RESULTS = 50;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResult], {
    description: "Fulltext search over people's names and aliases, quotes (every wording) and positions; best first.",
  })
  async search(
    @Arg('text', () => String, { description: 'Words to look for, e.g. "export controls" or "Okafor".' }) text: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: `At most this many results (up to ${MAX_RESULTS}).`,
    })
    first: number,
    @Ctx() ctx: Context,
  ) {
    if (!luceneTerms(text).trim() || text.length > 500)
      throw badUserInput('text', '"text" must hold at least one word and at most 500 characters.');
    const rows = await ctx.read<{ kind: string; item: Record<string, unknown>; score: number }>(
      search(text, intIn('first', first, 1, MAX_RESULTS)),
    );
    return rows.map((r) => ({ score: r.score, node: { ...r.item, __kind: r.kind } }));
  }
}
