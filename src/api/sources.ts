import type { SourceRow } from '../graph/read/records.js';
import type { FactLabel } from '../graph/read/sources.js';
import type { Context } from './context.js';
import { dayOf } from './scalars.js';
import { intIn } from './validate.js';

export const DEFAULT_SOURCES = 20;
export const MAX_SOURCES = 100;

/** The sources of a fact, as the `Source` type shows them (the outlet lifted out of the article). */
export async function sourcesOf(ctx: Context, label: FactLabel, id: string, first: number) {
  const rows: SourceRow[] = await ctx.loaders.sources(label, id, intIn('first', first, 0, MAX_SOURCES));
  return rows.map((s) => ({
    ...s,
    article: { ...s.article, published: dayOf(s.article.published) },
    outlet: s.article.outlet,
  }));
}
