/**
 * The keys a write computes for a stored quote from the wordings of its claims (pure, no Neo4j) are
 * the keys consolidation gives that quote: the QuoteKey nodes a write adds and deletes rest on it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../../../src/resolve/claims.js';
import { consolidateQuotes } from '../../../src/resolve/quotes.js';
import { keysOfWordings, QUOTE_PROPS_READ } from '../../../src/graph/consolidate.js';
import { randomReports } from '../../support/random-reports.js';

const quotes = () => consolidateQuotes(randomReports(80, 11).flatMap((r) => claimsOf(r).quotes));

describe('quote keys', () => {
  it("the keys of a quote's wordings are its matchKeys, for every quote of 80 random reports (repeats, excerpts, phrases)", () => {
    const all = quotes();
    assert.ok(all.some((q) => q.claims.length > 2) && all.some((q) => q.props.excerpts.length > 0));
    for (const q of all)
      assert.deepEqual(
        keysOfWordings(
          q.props.block,
          q.claims.map((c) => c.wording),
        ),
        [...new Set(q.props.matchKeys)].sort(),
        q.id,
      );
  });

  it('a write reads back every property consolidation gives a quote, but the two it makes again or keeps apart', () => {
    // One it did not read would count as changed at every write of the quote.
    const read = new Set<string>([...QUOTE_PROPS_READ, 'wordingText', 'matchKeys']);
    for (const q of quotes()) {
      assert.deepEqual(
        Object.keys({ id: q.id, ...q.props }).filter((k) => !read.has(k)),
        [],
        q.id,
      );
      assert.equal(
        q.props.wordingText,
        q.props.wordings.join(' | '),
        `${q.id}: wordingText, as a write makes it again`,
      );
    }
  });
});
