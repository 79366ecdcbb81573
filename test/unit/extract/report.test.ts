// Table test of the name the evaluation report prints for a person (src/extract/report.ts `printedName`).
// All names are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printedName } from '../../../src/extract/report.js';

const ROWS: { name: string; aliases: string[]; printed: string; why: string }[] = [
  { name: 'Amara Okafor', aliases: ['Okafor', 'President Okafor'], printed: 'Amara Okafor', why: 'a full name stays' },
  { name: 'Dorvan', aliases: ['Dorvan', 'President Dorvan'], printed: 'President Dorvan', why: 'a title and surname' },
  {
    name: 'Dorvan',
    aliases: ['Dorvan', 'Mr. Dorvan', 'Prime Minister Dorvan', 'Former Prime Minister Dorvan'],
    printed: 'Prime Minister Dorvan',
    why: 'a role before a form of address, the shortest role',
  },
  { name: 'Dorvan', aliases: ['Dorvan', 'Mr. Dorvan'], printed: 'Mr. Dorvan', why: 'a form of address alone' },
  { name: 'Talib', aliases: ['Talib', 'Sheikh Talib'], printed: 'Sheikh Talib', why: 'a word of address' },
  {
    name: 'Talib',
    aliases: ['Talib', 'the President and Sheikh Talib', 'Mr. President'],
    printed: 'Talib',
    why: 'a phrase that is no title and the name, or a title without the name',
  },
  { name: 'Dorvan', aliases: ['Dorvan', 'Greenfield Dorvan'], printed: 'Dorvan', why: 'a given name is no title' },
];

test('printed name: a one-word name is printed in the titled form the report uses', () => {
  for (const r of ROWS) assert.equal(printedName(r), r.printed, r.why);
});

/** [name, aliases, printed] */
const MORE_ROWS: [string, string[], string][] = [
  // a full name is printed as it is
  ['Ana Lee', ['Lee', 'President Lee', 'Ana Lee'], 'Ana Lee'],
  // one word: the shortest titled form the text wrote
  ['Lee', ['Lee', 'President Lee', 'Mr. President'], 'President Lee'],
  ['Roe', ['Roe', 'Foreign Minister Roe', 'Minister Roe'], 'Minister Roe'],
  ['Okafor', ['Okafor', 'Sheikh Okafor'], 'Sheikh Okafor'],
  // no titled form: the one word
  ['Okafor', ['Okafor'], 'Okafor'],
  // a word before the name that is no title, a small word first, a lower-case title, a plural: no name
  ['Lee', ['Lee', 'Did Lee'], 'Lee'],
  ['Lee', ['Lee', 'the President and Lee'], 'Lee'],
  ['Lee', ['Lee', 'president Lee'], 'Lee'],
  ['Lee', ['Lee', 'Presidents Lee'], 'Lee'],
];

test('printed name: the shortest titled form; words before the name must all be capitalised titles', () => {
  for (const [name, aliases, printed] of MORE_ROWS)
    assert.equal(printedName({ name, aliases }), printed, `${name} ${aliases.join('|')}`);
});
