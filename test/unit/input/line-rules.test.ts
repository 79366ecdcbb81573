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
    'press-contact',
    `Port to reopen\n\n${body}\n\nMedia inquiries: Jane Roe (Ministerial) 02 5550 1234 / Tavo Merrin (Departmental) 02 5550 9876`,
    'Media inquiries: Jane Roe (Ministerial) 02 5550 1234 / Tavo Merrin (Departmental) 02 5550 9876',
    { text: `Port to reopen\n\n${body}` },
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
    'byline',
    `Port to reopen\n\n${body}\n\n(Web editor: Dara Voss, Lin)\n\nTexte et photos : Tavo Quell`,
    '(Web editor: Dara Voss, Lin)',
    { text: `Port to reopen\n\n${body}` },
  ],
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
    'teaser-headline',
    `Port to reopen\n\n${body}\n\nAlso read:\n\nHarbour strike ends in Tumbes\n\nThe minister will travel on Friday.`,
    'Harbour strike ends in Tumbes',
    { text: `Port to reopen\n\n${body}\n\nThe minister will travel on Friday.` },
  ],
  [
    'comment-widget',
    `Port to reopen\n\n${body}\n\nCancel reply\n\nYour email address will not be published.\n\nDara Voss says: great news\n\n© 2025 Coastline Media`,
    'Cancel reply',
    { text: `Port to reopen\n\n${body}`, outlet: 'Coastline Media' },
  ],
  [
    'story-box',
    `Port to reopen\n\n${body}\n\nPopular\n\nPolitics\n\nMinister Tomas Vell resigns over port deal`,
    'Popular',
    { text: `Port to reopen\n\n${body}` },
  ],
  [
    'teaser',
    `Port to reopen\n\n${body}\n\nRead more: Harbour strike ends in Tumbes`,
    'Read more: Harbour strike ends in Tumbes',
    { text: `Port to reopen\n\n${body}` },
  ],
  [
    'newsletter',
    `Port to reopen\n\n${body}\n\nFor more CNN news and newsletters create an account at CNN.com`,
    'For more CNN news and newsletters create an account at CNN.com',
    { text: `Port to reopen\n\n${body}`, outlet: 'CNN' },
  ],
  [
    'app-prompt',
    `Port to reopen\n\nForeign Minister Ana Ruiz said the port would reopen in May. Get the Reuters app on your smartphone: Google Play: https://x.example/a | App Store: https://x.example/b Talks will resume next week.`,
    'Foreign Minister Ana Ruiz said the port would reopen in May. Get the Reuters app on your smartphone: Google Play: https://x.example/a | App Store: https://x.example/b Talks will resume next week.',
    {
      text: 'Port to reopen\n\nForeign Minister Ana Ruiz said the port would reopen in May. Talks will resume next week.',
      outlet: 'Reuters',
    },
  ],
  [
    'outlet-line',
    `Port to reopen\n\n(The Jakarta Post)\n\n${body}`,
    '(The Jakarta Post)',
    { outlet: 'The Jakarta Post', text: `Port to reopen\n\n${body}` },
  ],
  [
    'byline-above-outlet',
    `Port to reopen\n\nAmbassador Dara Voss\n(The Jakarta Post)\n\n${body}`,
    'Ambassador Dara Voss',
    { text: `Port to reopen\n\n${body}`, outlet: 'The Jakarta Post' },
  ],
  [
    'url-line',
    `Port to reopen\n\n${body}\n\nhttps://www.economist.com/americas/2024/05/06/port-to-reopen`,
    'https://www.economist.com/americas/2024/05/06/port-to-reopen',
    { text: `Port to reopen\n\n${body}`, outlet: 'The Economist' },
  ],
  [
    'origin-link',
    `Port to reopen\n\n${body}\n\nThis article was downloaded by a reader from https://www.economist.com//europe/2024/05/06/port-to- reopen-soon`,
    'This article was downloaded by a reader from https://www.economist.com//europe/2024/05/06/port-to- reopen-soon',
    { text: `Port to reopen\n\n${body}`, outlet: 'The Economist' },
  ],
  [
    'byline-email',
    `Port to reopen\n\nDARA VOSS, daravoss@coastlinedaily.com\n\n${body}`,
    'DARA VOSS, daravoss@coastlinedaily.com',
    { text: `Port to reopen\n\n${body}`, outlet: 'coastlinedaily.com' },
  ],
  ['code-credit', `Port to reopen\n\n${body}\n\nAFP/Dara Voss`, 'AFP/Dara Voss', { text: `Port to reopen\n\n${body}` }],
  [
    'author-note',
    `Port to reopen\n\n${body}\n\nThe writer is a fellow at the Lima Institute.`,
    'The writer is a fellow at the Lima Institute.',
    { text: `Port to reopen\n\n${body}` },
  ],
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
  assert.deepEqual([...new Set(rows.map((r) => r[0]))].sort(), LINE_RULES.map((r) => r.id).sort());
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

test('page widgets inside a report do not end it: a bare "Reply" or "Popular" above the headline, "Related" then a sentence', () => {
  const top = cleanText(`Popular\n\nPort to reopen\n\n${body}`);
  assert.equal(top.title, 'Port to reopen');
  const related = cleanText(`Port to reopen\n\nRelated:\n\n${body}`);
  // the line after a teaser's label is kept when it is a sentence, not a headline
  assert.ok(related.text.includes('Ana Ruiz said the port'));
  const comments = cleanText(`Port to reopen\n\n${body}\n\nReply\n\nDara Voss: the port never closed.`);
  assert.ok(!comments.text.includes('Dara Voss'));
});

test('a writer at a webmail address names no outlet; one outlet the report\'s people "told" is its weakest clue, two are none', () => {
  assert.equal(cleanText(`Port to reopen\n\nDARA VOSS, daravoss@gmail.com\n\n${body}`).outlet, null);
  const told = cleanText(`Port to reopen\n\n${body}\n\n"It is late," Ana Ruiz told the BBC.`);
  assert.deepEqual([told.outlet, told.outletClue], ['BBC', 'interview']);
  assert.equal(
    cleanText(`Port to reopen\n\n${body}\n\nRuiz told Reuters on Monday. She also told Al Jazeera.`).outlet,
    null,
  );
  assert.equal(cleanText(`Port to reopen\n\n${body}\n\nRuiz told Dara Voss on Monday.`).outlet, null);
  // any sign of the page itself is stronger
  assert.equal(
    cleanText(`Port to reopen\n\n${body}\n\nRuiz told the BBC.\n\nSource: Coastline Daily`).outlet,
    'Coastline Daily',
  );
});
