// Outlet clues added in session 3 (invented texts): a "Source:" line naming a social platform is a post's
// credit, a dateline "Place, Outlet —", an author field that spells the page's host, the host itself when
// nothing else names the page's publisher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../../src/input/dateline.js';
import { readReportText } from '../../../src/input/index.js';
import { hostOf, nameOfHost } from '../../../src/input/outlets.js';

const lines = (...l: string[]) => l.join('\n');
const body = 'The foreign minister met his counterpart on Monday to discuss trade and fisheries.';
const front = (author: string, url: string) =>
  lines('---', 'title: "Ministers meet"', `author: "${author}"`, `source_url: "${url}"`, '---', body);

const table: [string, string, string | null][] = [
  [
    '"Source: Twitter" under a photo credits the post, the last "Source:" line names the outlet',
    lines(
      'Ministers meet',
      '',
      body,
      '',
      'Ana Ruiz and Tavo Merrin. Photo: Ana Ruiz.',
      '',
      'Source: Twitter',
      '',
      body,
      '',
      'Source: Coastline Daily',
    ),
    'Coastline Daily',
  ],
  [
    'a "Source:" line naming only platforms names no outlet',
    lines('Ministers meet', '', body, '', 'Source: Facebook / X'),
    null,
  ],
  [
    'a dateline "Place, Outlet —" names a listed outlet',
    lines('Ministers meet', '', `Doha, Al Jazeera — ${body}`),
    'Al Jazeera',
  ],
  [
    "an author field spelling the host is the site's name",
    front('Harbour Light Monitor', 'https://www.harbourlightmonitor.com/2025/x'),
    'Harbour Light Monitor',
  ],
  [
    'a person as author on an unlisted site: the host names the page',
    front('Jane Roe', 'https://www.harbourlightmonitor.com/2025/x'),
    'harbourlightmonitor.com',
  ],
  ["a listed site's URL gives its name", front('Jane Roe', 'https://menafn.com/1/x'), 'MENAFN'],
];
for (const [what, text, outlet] of table)
  test(`outlet clue: ${what}`, () => {
    const a = readReportText(text);
    assert.equal(a.outlet, outlet);
    assert.ok(!/Source:|Al Jazeera —/.test(a.text), a.text);
  });

test('a dateline "Place, Outlet —" needs a listed outlet and a dash apart from the name', () => {
  const d = parseDateline('Doha, Al Jazeera — The minister met his counterpart.');
  assert.deepEqual(d && { place: d.place, agencies: d.agencies }, { place: 'Doha', agencies: ['Al Jazeera'] });
  assert.equal(parseDateline('Doha, Foreign Minister Ana Ruiz — met his counterpart.'), null);
  assert.equal(parseDateline('Varnel, Tavo Merrin-Ruiz said the talks went well.'), null);
});

test('the host of a URL, and a name that spells it', () => {
  assert.equal(hostOf('https://www.example-news.com/a/b'), 'example-news.com');
  assert.equal(hostOf('not a url'), null);
  assert.equal(nameOfHost('The Example News', 'https://news.examplenews.org/x'), 'The Example News');
  assert.equal(nameOfHost('Jane Roe', 'https://news.examplenews.org/x'), null);
  assert.equal(nameOfHost('Example', null), null);
});

test('"Related stories" set between two paragraphs of the report is dropped alone; at the end it cuts the teasers', () => {
  const para = (n: string) =>
    `The minister ${n} held several bilateral meetings on the margins of the forum on Tuesday.`;
  const inside = readReportText(
    lines('Ministers meet', '', para('first'), 'Related stories', para('then'), para('also')),
  );
  assert.ok(inside.text.includes(para('then')) && inside.text.includes(para('also')), inside.text);
  assert.ok(!inside.text.includes('Related stories'));
  const tail = readReportText(
    lines(
      'Ministers meet',
      '',
      para('first'),
      para('then'),
      'Related stories',
      'Port to reopen next week',
      'Fishing talks stall',
    ),
  );
  assert.ok(!/Related stories|Port to reopen|Fishing talks/.test(tail.text), tail.text);
});
