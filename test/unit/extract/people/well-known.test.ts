// A formal form of a listed public figure's name is printed as the name they are known by (the Wikidata label
// data/gazetteer.json keeps); other spellings and people the gazetteer does not list keep the report's form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { wellKnownName } from '../../../../src/extract/people/well-known.js';
import { article } from '../../../support/articles.js';

/** [why, a name as a report writes it, the name printed (null: the report's own form)] */
const rows: [string, string, string | null][] = [
  ['middle initial and suffix of a listed leader', 'Joseph R. Biden Jr.', 'Joe Biden'],
  ['middle initial alone', 'Antony J. Blinken', 'Antony Blinken'],
  ['the full given name of a diminutive', 'Joseph Biden', 'Joe Biden'],
  ['the label itself', 'Joe Biden', null],
  ['another spelling of the given name is the report’s form', 'Sergei Lavrov', null],
  ['the label has the initial the report leaves out', 'Michael Higgins', null],
  ['a person the gazetteer does not list', 'Tavo R. Merrin Jr.', null],
  ['a listed surname with another given name', 'Hunter Biden', null],
];

for (const [why, name, printed] of rows)
  test(`well-known name: ${why}`, () => assert.equal(wellKnownName(name), printed));

test('well-known name: the extraction prints it and keeps the report’s form as an alias', () => {
  const x = extract(
    article(
      'President Joseph R. Biden Jr. met President Tavo Merrin in Lusaka on Tuesday. Biden said little.',
      '2024-03-14',
    ),
  );
  const p = x.people.find((q) => q.aliases.includes('Joseph R. Biden Jr.'));
  assert.equal(p?.name, 'Joe Biden');
  assert.ok(x.meetings.some((m) => m.participants.includes(p.id)));
});
