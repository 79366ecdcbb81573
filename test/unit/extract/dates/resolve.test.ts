// Table tests for the date resolver: each expression against the reference date Friday 2025-03-14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, firstFullDate } from '../../../../src/extract/dates/resolve.js';

const REF = '2025-03-14';
const rows: [text: string, iso: string[], at?: number][] = [
  ['They met on Monday.', ['2025-03-10']],
  ['They met last Friday.', ['2025-03-07']],
  ['They will meet on Tuesday.', ['2025-03-18']],
  ['They met on April 18, 2023.', ['2023-04-18']],
  ['They met on 4 June 2024.', ['2024-06-04']],
  ['They met last November.', ['2024-11']],
  ['They met in May 2021.', ['2021-05']],
  ['They may meet again.', []],
  ['Today, the two leaders met.', ['2025-03-14']],
  ['He met her today.', ['2025-03-14']],
  ['The story ran in USA Today.', []],
  ['They met yesterday.', ['2025-03-13']],
  ['They met this morning.', ['2025-03-14']],
  ['They met last night.', ['2025-03-13']],
  ['They met on the 1st of November.', ['2024-11-01']],
  ['They met last month.', ['2025-02']],
  ['They met earlier this week.', ['2025-03']],
  ['They met last year.', ['2024']],
  ['They met in 2019.', ['2019']],
  ['Ties improved after they were restored in 1979, since then in 2019 too.', ['1979']],
  ['Trade has grown since the pact was signed in 2019.', []],
  // the event dated lies between "since" and the year: the year is its own
  ['Since they last met in 2022, trade has grown.', ['2022'], 15],
  ['Ties cooled in 2021, when they held talks in April that year.', ['2021', '2021-04']],
  ['They met in March last year.', ['2024-03']],
];

for (const [text, iso, at] of rows) {
  test(`dates: ${text}`, () => {
    assert.deepEqual(
      findDates(text, REF, at).map((d) => d.iso),
      iso,
    );
  });
}

test('dates: the first full date of a text is its reference when it has no publication date', () => {
  assert.equal(firstFullDate('Seoul, March 6, 2023. Ministers met on Sunday.'), '2023-03-06');
  assert.equal(firstFullDate('Published 2024-05-21 at noon'), '2024-05-21');
  assert.equal(firstFullDate('No date here.'), null);
});
