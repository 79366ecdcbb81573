// Table tests of cleanText's line rules (src/input/text.ts LINE_RULES): for each row an invented page
// in which that row takes a given line, and what the page then says (its text, outlet or date); and a
// check that every row has a test row. All names, outlets' pages and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, LINE_RULES, type CleanedText, type LineRule } from '../../../src/input/text.js';

const body = 'Foreign Minister Ana Ruiz said the port would reopen in May.\n\nTalks will resume next week.';

/** [row, page, the line the row takes, what the cleaned page says] */
const rows: [LineRule['id'], string, string, Partial<CleanedText>][] = [
  [
    'tail',
    `Port to reopen\n\n${body}\n\nComments (3)\n\nGreat news!\n\nSource: Coastline Daily`,
    'Comments (3)',
    { text: `Port to reopen\n\n${body}`, outlet: 'Coastline Daily' },
  ],
  [
    'source',
    `Port to reopen\n\n${body}\n\nSource: Coastline Daily`,
    'Source: Coastline Daily',
    { outlet: 'Coastline Daily' },
  ],
  [
    'copyright',
    `Port to reopen\n\n${body}\n\n© 2025 Coastline Media. All rights reserved.`,
    '© 2025 Coastline Media. All rights reserved.',
    { outlet: 'Coastline Media' },
  ],
  [
    'published-in',
    `Port to reopen\n\n${body}\n\nPublished in Coastline Daily, July 9th, 2024`,
    'Published in Coastline Daily, July 9th, 2024',
    { outlet: 'Coastline Daily', published: '2024-07-09' },
  ],
  [
    'site-domain',
    `Port to reopen\n\n${body}\n\ncoastlinedaily.com`,
    'coastlinedaily.com',
    { outlet: 'Coastlinedaily' },
  ],
  [
    'follow',
    `Port to reopen\n\n${body}\n\nFollow Coastline Daily on Telegram`,
    'Follow Coastline Daily on Telegram',
    { outlet: 'Coastline Daily' },
  ],
  [
    'meta-segments',
    `Port to reopen\n\nGeneral | Author: AFP | June 19, 2023\n\n${body}`,
    'General | Author: AFP | June 19, 2023',
    { outlet: 'Agence France-Presse', published: '2023-06-19' },
  ],
  ['byline', `Port to reopen\n\nBy Dara Voss\n\n${body}`, 'By Dara Voss', { text: `Port to reopen\n\n${body}` }],
  [
    'date-line',
    `Port to reopen\n\nMonday, June 19th 2023 10:12 GMT\n\n${body}`,
    'Monday, June 19th 2023 10:12 GMT',
    { published: '2023-06-19' },
  ],
  [
    'byline-under-headline',
    `Port to reopen\n\nDara Voss in Lima\n\n${body}`,
    'Dara Voss in Lima',
    { title: 'Port to reopen' },
  ],
  [
    'site-name',
    `Coastline Daily\n\nHome | World | Business\n\nPort to reopen\n\n${body}`,
    'Coastline Daily',
    { outlet: 'Coastline Daily', title: 'Port to reopen' },
  ],
  [
    'header-outlet',
    `MercoPress, en Español\n\nPort to reopen\n\n${body}`,
    'MercoPress, en Español',
    { outlet: 'MercoPress', title: 'Port to reopen' },
  ],
  ['menu', `Home\nWorld\nAsia Pacific\n\nPort to reopen\n\n${body}`, 'Asia Pacific', { title: 'Port to reopen' }],
  [
    'boilerplate',
    `Port to reopen\n\nShare on Facebook | Twitter\n\n${body}`,
    'Share on Facebook | Twitter',
    { text: `Port to reopen\n\n${body}` },
  ],
];

for (const [id, page, line, says] of rows) {
  test(`LINE_RULES ${id}: "${line}"`, () => {
    const taken = new Map<string, string>();
    const cleaned = cleanText(page, (rule, l) => taken.set(l, rule));
    assert.equal(taken.get(line), id);
    for (const [k, v] of Object.entries(says)) assert.equal(cleaned[k as keyof CleanedText], v, k);
    assert.ok(cleaned.text.includes('Ana Ruiz said the port would reopen'));
  });
}

test('every row of LINE_RULES has a test row', () => {
  assert.deepEqual(rows.map((r) => r[0]).sort(), LINE_RULES.map((r) => r.id).sort());
});

test('a line no rule takes is kept, the first one as the headline', () => {
  const taken: [string, string][] = [];
  const cleaned = cleanText(`Port to reopen\n\n${body}`, (rule, l) => taken.push([rule, l]));
  assert.deepEqual(
    taken.map((t) => t[0]),
    ['keep', 'keep', 'keep'],
  );
  assert.equal(cleaned.title, 'Port to reopen');
});
