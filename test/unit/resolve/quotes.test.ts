/**
 * The quote rules as tables (pure functions, no Neo4j): which wordings are one quote across
 * reports, which attach to a longer one, and the fingerprints that let a write find them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../../../src/resolve/claims.js';
import { consolidateQuotes, fingerprints, LONG } from '../../../src/resolve/quotes.js';
import { report } from '../../support/extractions.js';

/** One claim per report: `[article, wording]`, all said by the same speaker. */
function quotes(...said: [string, string][]) {
  return said.flatMap(
    ([id, text]) =>
      claimsOf(
        report({
          id,
          outlet: id,
          published: '2024-01-01',
          people: { s: { name: 'Ana Pereira' } },
          quotes: [{ speaker: 's', text }],
        }),
      ).quotes,
  );
}
/** The quotes as sorted lists of their articles. */
const shape = (claims: ReturnType<typeof quotes>) =>
  consolidateQuotes(claims)
    .map((q) => [...new Set(q.claims.map((c) => c.articleId))].sort().join('+'))
    .sort();

const LONG_QUOTE = 'We will keep working with every partner in the region until the talks bring a lasting peace';

describe('quotes across reports', () => {
  it('a wording that carries another whole wording plus one more sentence is the same quote (and one more wording of it)', () => {
    const claims = quotes(
      ['k', `${LONG_QUOTE}. And I heard the same from my counterparts,`],
      ['a', `${LONG_QUOTE.replace('every ', '')},`],
      ['d', LONG_QUOTE.split(' ').slice(3).join(' ')],
    );
    assert.deepEqual(shape(claims), ['a+d+k']);
    const [q] = consolidateQuotes(claims);
    assert.equal(q!.props.wordings.length, 3, 'every wording kept');
  });

  it('the sentence carried beside it does not pull in another quote that only shares that sentence', () => {
    const claims = quotes(
      ['k', `${LONG_QUOTE}. And I heard the same from my counterparts in the other delegation today,`],
      [
        'x',
        'I heard the same from my counterparts in the other delegation today. We both want the ships to sail again.',
      ],
    );
    assert.deepEqual(shape(claims), ['k', 'x']);
  });

  it(`a long excerpt (${LONG} words or more) of a quote in another report attaches to it`, () => {
    const excerpt = LONG_QUOTE.split(' ')
      .slice(4, 4 + LONG)
      .join(' ');
    assert.deepEqual(shape(quotes(['a', LONG_QUOTE], ['b', excerpt])), ['a+b']);
  });

  it('a short quotation in another report stays its own quote; in the same report it attaches', () => {
    assert.deepEqual(shape(quotes(['a', LONG_QUOTE], ['b', 'a lasting peace'])), ['a', 'b']);
    const same = claimsOf(
      report({
        id: 'c',
        outlet: 'c',
        published: '2024-01-01',
        people: { s: { name: 'Ana Pereira' } },
        quotes: [
          { speaker: 's', text: LONG_QUOTE },
          { speaker: 's', text: 'a lasting peace' },
        ],
      }),
    ).quotes;
    assert.equal(consolidateQuotes(same).length, 1);
  });

  it('the same short quotation in two reports is one quote; the same scare-quoted word is not', () => {
    assert.deepEqual(shape(quotes(['a', 'We will not back down.'], ['b', 'we will not back down'])), ['a+b']);
    assert.deepEqual(shape(quotes(['a', 'responsibly'], ['b', 'responsibly'])), ['a', 'b']);
  });

  it('every order of the claims gives the same quotes', () => {
    const claims = quotes(
      ['k', `${LONG_QUOTE}. And I heard the same from my counterparts,`],
      ['a', LONG_QUOTE],
      ['b', LONG_QUOTE.split(' ').slice(2, 14).join(' ')],
      ['c', 'lasting peace'],
      ['e', 'We will not back down.'],
    );
    const key = (cs: typeof claims) =>
      JSON.stringify(
        consolidateQuotes(cs)
          .map((q) => [q.id, q.props])
          .sort(),
      );
    assert.equal(key([...claims].reverse()), key(claims));
    assert.equal(key([claims[3]!, claims[0]!, claims[4]!, claims[2]!, claims[1]!]), key(claims));
  });
});

describe('fingerprints', () => {
  it(`two wordings that share a run of ${LONG} words share a fingerprint, wherever the run stands`, () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => `w${Math.floor(rnd() * 40)}`;
    for (let trial = 0; trial < 300; trial++) {
      const run = Array.from({ length: LONG + Math.floor(rnd() * 4) }, word);
      const a = [
        ...Array.from({ length: Math.floor(rnd() * 8) }, word),
        ...run,
        ...Array.from({ length: Math.floor(rnd() * 8) }, word),
      ];
      const b = [...Array.from({ length: Math.floor(rnd() * 8) }, word), ...run];
      const fb = new Set(fingerprints(b));
      assert.ok(
        fingerprints(a).some((p) => fb.has(p)),
        `trial ${trial}: ${a.join(' ')} / ${b.join(' ')}`,
      );
    }
  });

  it('keep about one run in three: lookups stay cheap', () => {
    const tokens = LONG_QUOTE.toLowerCase().split(' ');
    const n = fingerprints(tokens).length;
    assert.ok(n >= 2 && n <= tokens.length / 2, `${n} fingerprints for ${tokens.length} words`);
  });
});
