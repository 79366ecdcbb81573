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
    'an abbreviated military rank before a name is a title',
    'Cabinet Secretary Maj. Tavo Merrin Voss accompanied President Ana Ruiz.',
    ['Ana Ruiz', 'Tavo Merrin Voss'],
  ],
  [
    'a form of address of a royal house is no name',
    'He called on Sultan Hamid Varel and Pengiran Muda Tavo Varel in Varnel.',
    ['Hamid Varel', 'Tavo Varel'],
  ],
  [
    'an office word ends a title: the word after it is no name',
    "Karvel's Minister for Public Works and Transport, Tavo Merrin, arrived on Monday.",
    ['Tavo Merrin'],
  ],
  [
    'the words of an agency or a directorate are no name',
    'The Karvel Communications Directorate said the Head of the International Atomic Energy Agency Ana Ruiz would visit.',
    ['Ana Ruiz'],
  ],
  [
    'a capitalised naming noun opens the name of an operation',
    'Minister Ana Ruiz spoke of Operation Silent Harbor and the Freedom Flotilla on Monday.',
    ['Ana Ruiz'],
  ],
  [
    'a run ending in a noun of an idea names a thing',
    'Minister Ana Ruiz backed the Plan to End Ethnic Discrimination and the Coastal Settlement.',
    ['Ana Ruiz'],
  ],
  [
    'a two-word country name without its hyphen is a place',
    'President Ana Ruiz met the Prime Minister of Timor Leste, Tavo Merrin, in Dili.',
    ['Ana Ruiz', 'Tavo Merrin'],
  ],
  [
    'a name after a particle of lineage is the father, another person',
    'King Hamid will not attend, the minister said. Crown Prince Tavo bin Hamid will lead the delegation. King Hamid bin Saud sent a letter.',
    ['Hamid bin Saud', 'Tavo bin Hamid'],
  ],
  [
    'a middle initial does not split one person, nor rename him',
    'President Bill Merrin arrived in Varnel. President William T. Merrin met Ana Ruiz on Monday.',
    ['Ana Ruiz', 'Bill Merrin'],
  ],
  [
    'a surname registered first is the full name with a generational suffix',
    'President Merrin arrived in Varnel. President Tavo R. Merrin Jr. met Ana Ruiz on Monday.',
    ['Ana Ruiz', 'Tavo R. Merrin Jr.'],
  ],
  [
    'a generational suffix tells a son from his father',
    'President Tavo Merrin Jr. met Ana Ruiz on Monday. He recalled that his father, Tavo Merrin, had ruled for twenty years.',
    ['Ana Ruiz', 'Tavo Merrin', 'Tavo Merrin Jr.'],
  ],
  [
    'a middle name registered first is the person of the long name',
    'President Varel arrived on Monday. President Tavo Ana Varel da Cruz met Ana Ruiz.',
    ['Ana Ruiz', 'Tavo Ana Varel da Cruz'],
  ],
  [
    'a leader named by the government he heads',
    'Trade grew under the Merrin administration, and the Varel-Ruiz administration cut taxes, the minister said.',
    ['Merrin'],
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
