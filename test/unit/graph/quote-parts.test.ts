/**
 * A write consolidates a quote block by its independent parts (`QuoteBlocks` in
 * src/graph/consolidate.ts), `diplograph reconsolidate` by whole blocks (`consolidateQuotes`):
 * both must give the same quotes and bodies, whatever the block holds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, type QuoteClaim } from '../../../src/resolve/claims.js';
import { canonicalOrder } from '../../../src/resolve/cluster.js';
import { LONG, quoteBlock } from '../../../src/resolve/quotes.js';
import { QuoteBlocks } from '../../../src/graph/consolidate.js';
import { report } from '../../support/extractions.js';

/** Claims of one speaker: per report, its wordings. */
function claims(reports: [string, string[]][]): QuoteClaim[] {
  return reports.flatMap(
    ([id, texts]) =>
      claimsOf(
        report({
          id,
          outlet: id,
          published: '2024-01-01',
          people: { s: { name: 'Ana Pereira' } },
          quotes: texts.map((text) => ({ speaker: 's', text })),
        }),
      ).quotes,
  );
}

/** A block's result as order-free text: quotes by id with their properties and claims, bodies by key. */
const canonical = (r: ReturnType<typeof quoteBlock>) => ({
  quotes: r.clusters
    .map((q) => JSON.stringify([q.id, q.props, q.claims.map((c) => `${c.articleId}/${c.claim}`)]))
    .sort(),
  bodies: r.bodies.map((b) => JSON.stringify([b.key, b.rep, b.articles, b.articleIds, b.parent])).sort(),
});

describe('a quote block consolidated by its parts', () => {
  it('gives the quotes and bodies of the whole block (random blocks: shared runs, excerpts, phrases, reports with several quotes)', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const word = () => `w${Math.floor(rnd() * 30)}`;
    const words = (n: number) => Array.from({ length: n }, word);
    let parts = 0;
    for (let trial = 0; trial < 60; trial++) {
      // A few utterances, quoted whole, with a word changed, cut, or with a sentence more; phrases.
      const utterances = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => words(LONG + Math.floor(rnd() * 12)));
      const wording = (): string => {
        const u = [...pick(utterances)];
        const r = rnd();
        if (r < 0.2) u[Math.floor(rnd() * u.length)] = word();
        else if (r < 0.4) return u.slice(Math.floor(rnd() * 4), u.length - Math.floor(rnd() * 4)).join(' ');
        else if (r < 0.5) return `${u.join(' ')}. ${words(4 + Math.floor(rnd() * 4)).join(' ')}.`;
        else if (r < 0.6) return words(1 + Math.floor(rnd() * 2)).join(' ');
        else if (r < 0.7) return u.slice(0, 3 + Math.floor(rnd() * 4)).join(' ');
        return u.join(' ');
      };
      const block = claims(
        Array.from({ length: 2 + Math.floor(rnd() * 14) }, (_, i) => [
          `r${trial}-${i}`,
          Array.from({ length: 1 + Math.floor(rnd() * 3) }, wording),
        ]),
      );
      const name = block[0]!.block;
      const byParts = new QuoteBlocks().of('after', name, block).result;
      const whole = quoteBlock(name, canonicalOrder(block));
      assert.deepEqual(canonical(byParts), canonical(whole), `trial ${trial}`);
      if (byParts.clusters.length > 1) parts++;
    }
    assert.ok(parts > 20, `${parts} blocks of more than one quote`);
  });

  it('consolidates a part again only when its claims change', () => {
    const long = 'We will keep working with every partner in the region until the talks bring a lasting peace';
    const a = claims([
      ['a', [long]],
      ['b', [`${long}.`]],
    ]);
    const other = claims([['c', ['The ships will sail again when the harbour reopens next spring, we are told']]]);
    const blocks = new QuoteBlocks();
    const first = blocks.of('after', a[0]!.block, [...a]).result;
    const second = blocks.of('after', a[0]!.block, [...a, ...other]).result;
    const ofA = (r: typeof first) => r.clusters.find((q) => q.claims.some((c) => c.articleId === 'a'));
    assert.ok(ofA(first) && ofA(first) === ofA(second), 'the part of a and b is not consolidated again');
    assert.equal(second.clusters.length, 2);
  });
});
