// The name a report prints for a person (src/extract/report.ts reportName): invented people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportName } from '../../../src/extract/report.js';

/** [name, aliases, printed] */
const rows: [string, string[], string][] = [
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

test('reportName: a person named by one word is printed by its shortest titled form', () => {
  for (const [name, aliases, printed] of rows)
    assert.equal(reportName({ name, aliases }), printed, `${name} ${aliases.join('|')}`);
});
