// A person's title phrase (src/extract/people/find.ts roleBefore, register.ts roleOf) gives the person's roles,
// aliases and country: an alias is the name with its titles and nothing else — no dateline, place, weekday,
// month or another person's title before it — and a dateline's place is never a person's country.
// Invented names; the places are real capitals and countries (general knowledge, data/countries.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

/** [what the row is for, report text, name, its roles, its country] */
const rows: [string, string, string, string[], string | null][] = [
  [
    'a dateline in capitals',
    'HAVANA U.S. President Tavo Merrin arrived on Monday.',
    'Tavo Merrin',
    ['U.S. President'],
    'US',
  ],
  [
    'a capital before a comma',
    'Accra, President Tavo Merrin said the port would reopen.',
    'Tavo Merrin',
    ['President'],
    null,
  ],
  [
    'a weekday',
    'On Wednesday Israeli Prime Minister Tavo Merrin said it.',
    'Tavo Merrin',
    ['Israeli Prime Minister'],
    'IL',
  ],
  ['a month', 'In November President Tavo Merrin said it.', 'Tavo Merrin', ['President'], null],
  [
    'a list of countries',
    'He met President Dara Voss of Gabon, President Tavo Merrin of Liberia and others.',
    'Tavo Merrin',
    ['President'],
    'LR',
  ],
  [
    'another person’s title before "and"',
    'He met the Saudi crown prince and Turkish President Tavo Merrin.',
    'Tavo Merrin',
    ['Turkish President'],
    'TR',
  ],
  [
    'a place before "and"',
    'Ties between Moscow and Chinese leader Tavo Merrin grew.',
    'Tavo Merrin',
    ['Chinese leader'],
    'CN',
  ],
  [
    'an office’s words listed with commas stay',
    'Minister of Trade, Industry and Mining Tavo Merrin spoke.',
    'Tavo Merrin',
    ['Minister of Trade, Industry and Mining'],
    null,
  ],
  [
    'a form of address after a comma: the role is before it',
    'Among them is the president of the United Arab Emirates, Sheikh Tavo bin Merrin Al Voss, who arrived.',
    'Tavo bin Merrin Al Voss',
    ['president of the United Arab Emirates'],
    'AE',
  ],
];

for (const [what, text, name, roles, country] of rows) {
  test(`title phrase: ${what}`, () => {
    const p = extract(article(text, '2024-03-14')).people.find((x) => x.name === name);
    assert.ok(p, `${name} is no person`);
    assert.deepEqual(p.roles, roles);
    assert.equal(p.country, country);
    // aliases with the name: the name or the name after one of its titles (a title used alone is a mention's alias)
    for (const a of p.aliases.filter((x) => x.includes(name)))
      assert.ok(a === name || roles.some((r) => a === `${r} ${name}`), a);
  });
}
