// Error classes of people found on real reports (session 3), each as invented sentences: the people the
// report names, and words that must not become a person. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

const people = (text: string) =>
  extract(article(text, '2024-03-14'))
    .people.map((p) => p.name)
    .sort();

/** [class, report text, the people it names (sorted)] */
const rows: [string, string, string[]][] = [
  [
    'a stray letter before a headline word opens no name',
    'Ï Consultative meeting of regional leaders opens in Varnel\n\nPresident Tavo Merrin arrived in Varnel on Monday.',
    ['Tavo Merrin'],
  ],
  [
    'an initial without its period stays in the name',
    'Trade Minister T Merrin met Ana Ruiz in Varnel.',
    ['Ana Ruiz', 'T Merrin'],
  ],
];

for (const [what, text, expected] of rows)
  test(`people: ${what}`, () => {
    assert.deepEqual(people(text), expected);
  });
