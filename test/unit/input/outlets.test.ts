// Outlet clues on reports from other outlets: a dateline whose place names its country, a copyright
// line with boilerplate after the outlet's name, "This article was first published by …". Invented texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readReportText } from '../../../src/input/index.js';

const lines = (...l: string[]) => l.join('\n');

const table: [string, string, string][] = [
  [
    'a dateline "CITY, Country (AP) —" names the agency and is cut from the sentence',
    lines('Gulf ministers meet', '', 'DOHA, Qatar (AP) — The foreign minister met his counterpart on Monday.'),
    'Associated Press',
  ],
  [
    'a copyright line stops at "All rights reserved" and the sentences after it',
    lines(
      'Ministers meet',
      '',
      'The foreign minister met his counterpart on Monday.',
      '',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published.',
    ),
    'Associated Press',
  ],
  [
    '"This article was first published by X." names the outlet',
    lines(
      'Ministers meet',
      '',
      'The foreign minister met his counterpart on Monday.',
      '',
      'This article was first published by Euronews.',
    ),
    'Euronews',
  ],
];
for (const [what, text, outlet] of table) {
  test(`outlet: ${what}`, () => {
    const a = readReportText(text);
    assert.equal(a.outlet, outlet);
    assert.ok(!/\(AP\)|Copyright|first published/.test(a.text), a.text);
  });
}

test('published: a page date below the menu gives the dateline day its year', () => {
  const a = readReportText(
    lines(
      'Agency News',
      'POLITICS | DIPLOMACY',
      '2025-03-14 10:21',
      '',
      'Ministers hold phone talks',
      '',
      'SEOUL, March 14 (Yonhap) -- The minister held phone talks with his counterpart on Thursday.',
    ),
  );
  assert.equal(a.published, '2025-03-14');
});

test('outlet: a signature at the end of the last paragraph ("… on Tuesday. — SPA") names the outlet and leaves the text', () => {
  const a = readReportText(
    lines('Leaders meet', '04 Jun 2024', '', 'RIYADH: The prime minister met the president on Tuesday. — SPA'),
  );
  assert.equal(a.outlet, 'Saudi Press Agency');
  assert.ok(!/SPA/.test(a.text), a.text);
});
