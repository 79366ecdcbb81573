/**
 * The invariant quote lookups rest on: the QuoteKey nodes are exactly the lookup keys of each
 * stored quote's wordings (the wordings of its SUPPORTS claims: a long one's fingerprints, a short
 * one's words, none for a phrase; src/resolve/quotes.ts), and no quote keeps the `matchKeys` list
 * older versions stored.
 */
import assert from 'node:assert/strict';
import type { Graph } from '../../src/graph/driver.js';
import { blockTag, fingerprints, isLong, lookupTerms } from '../../src/resolve/quotes.js';
import { textTokens } from '../../src/resolve/normalize.js';

export async function assertQuoteKeys(graph: Graph, what: string): Promise<void> {
  const quotes = await graph.read(
    `MATCH (q:Quote) RETURN q.id AS id, q.block AS block, q.matchKeys IS NOT NULL AS listed,
       [(:Article)-[s:SUPPORTS]->(q) | s.wording] AS wordings`,
  );
  assert.deepEqual(
    quotes.filter((q) => q.listed).map((q) => q.id),
    [],
    `${what}: no quote keeps a matchKeys list`,
  );
  const want = new Set<string>();
  for (const q of quotes)
    for (const wording of q.wordings as string[]) {
      const tokens = textTokens(wording);
      const terms = lookupTerms(blockTag(q.block as string), {
        tokens,
        prints: isLong(tokens) ? fingerprints(tokens) : [],
      });
      for (const key of terms) want.add(`${key} ${q.id as string}`);
    }
  const have = await graph.read(`MATCH (k:QuoteKey) RETURN k.key + ' ' + k.quote AS pair`);
  assert.deepEqual(
    have.map((r) => r.pair as string).sort(),
    [...want].sort(),
    `${what}: the QuoteKey nodes are the keys of the quotes' wordings`,
  );
}
