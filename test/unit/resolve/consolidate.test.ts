/**
 * The consolidation rules as tables (pure functions, no Neo4j): which names are one person, which
 * wordings one quote, which dates one meeting — and the same answer for every order of input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameParts, textTokens } from '../../../src/resolve/normalize.js';
import { claimsOf } from '../../../src/resolve/claims.js';
import { consolidatePeople } from '../../../src/resolve/people.js';
import { consolidateQuotes } from '../../../src/resolve/quotes.js';
import { consolidateMeetings } from '../../../src/resolve/meetings.js';
import { report, visitReports } from '../../support/extractions.js';

const samePerson = (a: string, b: string) => {
  const x = nameParts(a);
  const y = nameParts(b);
  return x.familyKey === y.familyKey && x.givenKey === y.givenKey;
};

describe('person names', () => {
  const same: [string, string][] = [
    ['Joe Biden', 'Joseph Biden'],
    ['Joseph R. Biden Jr.', 'Joe Biden'],
    ['Antony Blinken', 'Anthony Blinken'],
    ['Chinese Foreign Minister Qin Gang', 'Qin Gang'],
    ['Dr. William Okafor', 'Bill Okafor'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
  ];
  for (const [a, b] of same) it(`"${a}" and "${b}" are one person`, () => assert.ok(samePerson(a, b)));
  const different: [string, string][] = [
    ['Maria Delgado', 'Tomas Delgado'],
    ['Joe Biden', 'Jill Biden'],
    ['Wang Yi', 'Wang Wenbin'],
  ];
  for (const [a, b] of different) it(`"${a}" and "${b}" are two people`, () => assert.ok(!samePerson(a, b)));
  it('a family name written first (Qin Gang, Xi Jinping) is the family name', () => {
    assert.equal(nameParts('Qin Gang').family, 'qin');
    assert.equal(nameParts('Xi Jinping').family, 'xi');
    assert.equal(nameParts('Antony Blinken').family, 'blinken');
  });
});

describe('quote wordings', () => {
  it('British and American spellings and punctuation fold to the same words', () => {
    assert.deepEqual(
      textTokens('We both agree on the need to stabilise our relationship.'),
      textTokens('we both agree on the need to stabilize our relationship'),
    );
    assert.deepEqual(
      textTokens('profoundly -- even vehemently -- disagree'),
      textTokens('profoundly, even vehemently disagree'),
    );
  });
  it('a scare-quoted phrase contained in two different quotes of the speaker joins one of them, the same one in every order', () => {
    const base = report({
      id: 'q1',
      outlet: 'A',
      published: '2024-01-01',
      people: { s: { name: 'Ana Pereira' } },
      quotes: [
        { speaker: 's', text: 'We seek a just peace in the region and nothing less.' },
        { speaker: 's', text: 'A just peace needs everyone at the table.' },
        { speaker: 's', text: 'just peace' },
      ],
    });
    const claims = claimsOf(base).quotes;
    const shapes = [claims, [...claims].reverse(), [claims[2]!, claims[0]!, claims[1]!]].map((cs) =>
      consolidateQuotes(cs)
        .map((c) => [c.id, c.props.wordings])
        .sort(),
    );
    assert.equal(shapes[0]!.length, 2);
    assert.deepEqual(shapes[1], shapes[0]);
    assert.deepEqual(shapes[2], shapes[0]);
  });
});

describe('meeting dates', () => {
  const meeting = (id: string, date: string | null, published: string | null) =>
    claimsOf(
      report({
        id,
        outlet: 'X',
        published,
        people: { a: { name: 'Ana Pereira' }, b: { name: 'Li Wei' } },
        meetings: [{ participants: ['a', 'b'], date }],
      }),
    ).meetings;
  it('an undated report joins the meeting before its publication; a different month stays another meeting', () => {
    const claims = [
      ...meeting('m1', '2024-03-05', null),
      ...meeting('m2', null, '2024-03-06'),
      ...meeting('m3', '2024-07-10', null),
      ...meeting('m4', '2024-03-06', null),
    ];
    const out = consolidateMeetings(claims).map((m) => [m.props.date, m.props.articleIds, m.props.disagreements]);
    assert.deepEqual(
      out.sort(),
      [
        ['2024-03-05', ['m1', 'm2', 'm4'], ['date']],
        ['2024-07-10', ['m3'], []],
      ].sort(),
    );
  });
});

describe('people across the invented reports', () => {
  it('every order of the claims gives the same people', () => {
    const claims = visitReports.flatMap((r) => claimsOf(r).people);
    const key = (cs: typeof claims) =>
      JSON.stringify(
        consolidatePeople(cs)
          .map((c) => [c.id, c.props])
          .sort(),
      );
    assert.equal(key([...claims].reverse()), key(claims));
    assert.equal(key([...claims.slice(3), ...claims.slice(0, 3)]), key(claims));
    assert.deepEqual(
      consolidatePeople(claims)
        .map((c) => c.props.name)
        .sort(),
      ['Kofi Mensah', 'Maria Delgado', 'Tomas Delgado', 'William Okafor'],
    );
  });
});
