// Outlets no list names and the date formats of news pages. Every line here is invented: the sites,
// the people and the stories do not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, settleDate } from '../../../src/input/dates.js';
import { readReportText } from '../../../src/input/index.js';

const lines = (...l: string[]) => l.join('\n');
const BODY = 'The foreign minister met his counterpart on Monday to discuss trade and border crossings.';

const outlets: [string, string, string | null][] = [
  [
    'a site name above a menu line names the outlet',
    lines('Harbour Ledger', 'Home | World | Politics | Opinion', '', 'Ministers agree on new ferry route', '', BODY),
    'Harbour Ledger',
  ],
  [
    'a site name in capitals above a menu is tidied',
    lines(
      'THE MORNING COURIER',
      'News | Region | Business | Sport',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'The Morning Courier',
  ],
  [
    '"Skip to content" above the site name is passed over',
    lines(
      'Skip to content',
      'Lowland Gazette',
      'Home | News | Economy | Culture',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'Lowland Gazette',
  ],
  [
    'a domain written as the site header gives the name before the suffix',
    lines('RIVERTONPOST.COM', '', 'Ministers agree on new ferry route', '', BODY),
    'Rivertonpost',
  ],
  [
    "a domain of a listed outlet gives that outlet's name",
    lines('straitstimes.com', '', 'Ministers agree on new ferry route', '', BODY),
    'The Straits Times',
  ],
  [
    'a "© YEAR NAME. All rights reserved." line names the outlet',
    lines('Ministers agree on new ferry route', '', BODY, '', '© 2025 Coastal Wire Media. All rights reserved.'),
    'Coastal Wire Media',
  ],
  [
    'a © notice in a footer segment, years after the name, names the outlet',
    lines('Ministers agree on new ferry route', '', BODY, '', 'About us | Contact | © Nordwind Post 2003–2025'),
    'Nordwind Post',
  ],
  [
    '"Published in NAME, date" names the paper',
    lines('Ministers agree on new ferry route', '', BODY, '', 'Published in Valley Herald, March 3rd, 2025'),
    'Valley Herald',
  ],
  [
    '"This article first appeared on NAME." names the outlet',
    lines('Ministers agree on new ferry route', '', BODY, '', 'This article first appeared on Steppe Monitor.'),
    'Steppe Monitor',
  ],
  [
    '"NAME correspondent X reports" after a dateline names the agency',
    lines(
      'Ministers agree on new ferry route',
      '',
      'KARAGANDA – Steppe Wire correspondent Ivan Orlovsky reports from the talks.',
      '',
      BODY,
    ),
    'Steppe Wire',
  ],
  [
    'an unknown agency tag with a dash in the dateline names the outlet',
    lines('Ministers agree on new ferry route', '', 'PORTO NOVO (Lagoon News) — ' + BODY),
    'Lagoon News',
  ],
  [
    'a "| NAME" suffix of the headline names the site',
    lines('Ministers agree on new ferry route | Andes Chronicle', '', BODY),
    'Andes Chronicle',
  ],
  [
    'a "| Analysis" suffix is a section, not an outlet',
    lines('Ministers agree on new ferry route | Analysis', '', BODY),
    null,
  ],
  [
    '"Follow NAME on Instagram" at the end names the site',
    lines('Ministers agree on new ferry route', '', BODY, '', 'Follow Harbour Ledger on Instagram for more pictures'),
    'Harbour Ledger',
  ],
  [
    'a headline followed by its text names no outlet',
    lines('Ministers Meet In Riverton', '', BODY, '', 'The talks will resume next month.'),
    null,
  ],
  [
    'a name shaped like an outlet\'s ("… Daily") above a date line is the site, not the headline',
    lines('Coastline Daily', 'March 3, 2026', '', 'Ministers agree on new ferry route', '', BODY),
    'Coastline Daily',
  ],
  [
    'a menu whose first item is an outlet-shaped name gives that name',
    lines('Coastline Daily | World | Politics | Opinion', '', 'Ministers agree on new ferry route', '', BODY),
    'Coastline Daily',
  ],
  [
    '"By AUTHOR, OUTLET" names an unlisted outlet shaped like one',
    lines('Ministers agree on new ferry route', '', 'By Jane Roe, Coastline Daily', '', BODY),
    'Coastline Daily',
  ],
  [
    '"By AUTHOR, CITY" names no outlet',
    lines('Ministers agree on new ferry route', '', 'By Jane Roe, Riverton', '', BODY),
    null,
  ],
  [
    'a headline suffix "- OUTLET" shaped like an outlet\'s name gives it',
    lines('Ministers agree on new ferry route - Coastline Daily', '', BODY),
    'Coastline Daily',
  ],
  [
    'a "Source: X / Photographer" credit under a photo is not the outlet',
    lines(
      'Harbour Ledger',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      'Source: Coast Guard / Jane Roe',
      '',
      BODY,
    ),
    'Harbour Ledger',
  ],
  [
    'a tagline between the site name and the menu is neither outlet nor headline',
    lines(
      'The Steppe Herald',
      'News and analysis for the region',
      'Home | Politics | Economy',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'The Steppe Herald',
  ],
  [
    "today's date above the site name is passed over",
    lines(
      'Tuesday, 10 February 2026',
      'Lagos Examiner',
      'Home | Politics | Business | Sport',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'Lagos Examiner',
  ],
  [
    '"NAME - tagline" above a menu gives the name',
    lines(
      'Lagos Examiner - Trusted news since 1961',
      'Home | Politics | Business | Sport',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'Lagos Examiner',
  ],
  [
    'a last line "— NAME" shaped like an outlet\'s name signs the report',
    lines('Ministers agree on new ferry route', '', BODY, '', '— Lagos Examiner'),
    'Lagos Examiner',
  ],
  [
    'an outlet-shaped segment of a date line names the outlet',
    lines('Ministers agree on new ferry route', '', '10 Feb 2026 | 10:27 | Jane Roe | Lagos Examiner', '', BODY),
    'Lagos Examiner',
  ],
  [
    'a "Source:" naming an office gives way to a listed outlet named by the page',
    lines(
      'Sky News',
      'Home | UK | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
      '',
      'Source: Press Office of the Governor',
    ),
    'Sky News',
  ],
  [
    'a "Source:" naming an outlet-shaped name beats the site line',
    lines(
      'Sky News',
      'Home | UK | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
      '',
      'Source: Lagoon Wire',
    ),
    'Lagoon Wire',
  ],
  [
    'a section and date line "World News | date" names no outlet',
    lines(
      'Harbour Ledger',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      'World News | March 3, 2026',
      '',
      BODY,
    ),
    'Harbour Ledger',
  ],
  [
    '"Published in Science." (a journal, no date) names no outlet',
    lines('Ministers agree on new ferry route', '', BODY, '', 'Published in Science.'),
    null,
  ],
  [
    '"Sign in | Subscribe" between the site name and its menu',
    lines(
      'Coastline Daily',
      'Sign in | Subscribe',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    'Coastline Daily',
  ],
  [
    'a country or region above a menu is a section, not a site',
    lines('Latin America', 'Politics | Economy | Elections', '', 'Ministers agree on new ferry route', '', BODY),
    null,
  ],
  [
    'a country name above a menu is a section, not a site',
    lines('Kenya', 'Politics | Economy | Elections', '', 'Ministers agree on new ferry route', '', BODY),
    null,
  ],
  [
    'a caption with a "| © Photographer" credit names no outlet',
    lines(
      'Harbour Ledger',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
      '',
      'The two ministers pose for photographers in Lima on Monday | © Jane Roe',
      '',
      'The talks resume in May.',
    ),
    'Harbour Ledger',
  ],
  [
    'a domain alone on the last line signs the page',
    lines('Ministers agree on new ferry route', '', BODY, '', 'coastlinedaily.com'),
    'Coastlinedaily',
  ],
  [
    '"Source: reuters.com" gives the listed outlet of that site',
    lines('Ministers agree on new ferry route', '', BODY, '', 'Source: reuters.com'),
    'Reuters',
  ],
  [
    'an agency tag in the dateline beats the site name above the menu',
    lines(
      'Harbour Ledger',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route',
      '',
      'OSLO (Reuters) - ' + BODY,
    ),
    'Reuters',
  ],
];

for (const [what, text, outlet] of outlets) {
  test(`outlet: ${what}`, () => {
    assert.equal(readReportText(text).outlet, outlet);
  });
}

test('outlet: a tagline under the site name is not taken for the headline', () => {
  const a = readReportText(
    lines(
      'The Steppe Herald',
      'News and analysis for the region',
      'Home | Politics | Economy',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
  );
  assert.equal(a.title, 'Ministers agree on new ferry route');
});

test('outlet: a headline with a breadcrumb under it is the headline, not a site name', () => {
  const a = readReportText(lines('Ministers Meet in Lima', 'World | Americas | Politics', '', BODY));
  assert.equal(a.outlet, null);
  assert.equal(a.title, 'Ministers Meet in Lima');
});

test('outlet: the site name line and the headline suffix are not part of the title', () => {
  const a = readReportText(
    lines(
      'Harbour Ledger',
      'Home | World | Politics',
      '',
      'Ministers agree on new ferry route | Harbour Ledger',
      '',
      BODY,
    ),
  );
  assert.equal(a.title, 'Ministers agree on new ferry route');
  assert.ok(!a.text.includes('Harbour Ledger'), a.text);
});

const head = (...dateLines: string[]) => lines('Ministers agree on new ferry route', ...dateLines, '', BODY);

const dates: [string, string, string | null][] = [
  ['"Published: 12 Feb 2026"', head('Published: 12 Feb 2026'), '2026-02-12'],
  ['"February 12, 2026 | 10:42"', head('February 12, 2026 | 10:42'), '2026-02-12'],
  [
    '"12 February,2026 02:26 PM" (no space after the comma)',
    head('12 February,2026 02:26 PM IST |   |  AGENCY'),
    '2026-02-12',
  ],
  ['"February 12,2026" (no space after the comma)', head('Updated: February 12,2026'), '2026-02-12'],
  ['"12.02.2026 14:05" (dots: day first)', head('12.02.2026 14:05'), '2026-02-12'],
  ['"12-02-2026" (dashes: day first)', head('12-02-2026'), '2026-02-12'],
  ['"2026/02/12" (year first)', head('2026/02/12'), '2026-02-12'],
  ['an ISO datetime "2026-02-12T10:42:00+02:00"', head('2026-02-12T10:42:00+02:00'), '2026-02-12'],
  [
    '"Updated" before "Published": the published day',
    head('Updated: 14 Feb 2026', 'Published: 12 Feb 2026'),
    '2026-02-12',
  ],
  [
    '"Published … | Updated …" on one line: the published day',
    head('Published 12 Feb 2026 | Updated 14 Feb 2026'),
    '2026-02-12',
  ],
  ['only an "Updated" line: its day', head('Updated 14 Feb 2026 09:10'), '2026-02-14'],
  [
    'an author, a date and "Updated 40 minutes ago" on one line',
    head('Mara Quintel | Published March 3, 2025 | Updated 40 minutes ago'),
    '2025-03-03',
  ],
  ['"25/04/2026": the number over 12 is the day', head('25/04/2026'), '2026-04-25'],
  ['"04/25/2026": the number over 12 is the day', head('04/25/2026'), '2026-04-25'],
  ['ambiguous "03/04/2026" of an unknown site: slashes month first', head('03/04/2026 | 09:15'), '2026-03-04'],
  [
    'ambiguous "04/05/2026" when the page also writes "17/05/2026": day first',
    head('04/05/2026', '', 'Updated 17/05/2026'),
    '2026-05-04',
  ],
  ['ambiguous "03/04/2026" beside "Friday": the reading that is a Friday', head('Friday, 03/04/2026'), '2026-04-03'],
  [
    'ambiguous "03/04/2026" of a British outlet: day first',
    lines('Sky News', 'Home | UK | World | Politics', '', 'Ministers agree on new ferry route', '03/04/2026', '', BODY),
    '2026-04-03',
  ],
  [
    'ambiguous "03/04/2026" of an American outlet: month first',
    lines('Ministers agree on new ferry route', '03/04/2026', '', BODY, '', '© 2026 The Boston Globe'),
    '2026-03-04',
  ],
  [
    'a "Published:" line under the site\'s menu is the report\'s day',
    lines(
      'Coastline Daily',
      'Home | World | Politics',
      'Published: 12 Feb 2026 | 10:42',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    '2026-02-12',
  ],
  [
    "an unlabelled date under the site's name is the page's today, not the report's day",
    lines(
      'Coastline Daily',
      'Home | World | Politics',
      '12 Feb 2026',
      '',
      'Ministers agree on new ferry route',
      '',
      BODY,
    ),
    null,
  ],
  [
    'ambiguous "12/02/2026" of an unknown site whose text names February 11: February 12',
    lines(
      'Ministers agree on new ferry route',
      '12/02/2026',
      '',
      'The ministers met in Lima on February 11 to discuss trade.',
    ),
    '2026-02-12',
  ],
  [
    'ambiguous "12/02/2026" of an unknown site whose text names December 1: December 2',
    lines(
      'Ministers agree on new ferry route',
      '12/02/2026',
      '',
      'The ministers met in Lima on December 1 to discuss trade.',
    ),
    '2026-12-02',
  ],
  [
    '"12 Feb 2026 (Updated 13 Feb 2026)": the first day, not the update',
    head('12 Feb 2026 (Updated 13 Feb 2026)'),
    '2026-02-12',
  ],
  [
    '"Updated 13 Feb 2026, first published 12 Feb 2026": the published day',
    head('Updated 13 Feb 2026, first published 12 Feb 2026'),
    '2026-02-12',
  ],
  ['two authors beside a dotted date', head('Jane Roe and John Doe | 12.02.2026'), '2026-02-12'],
  ['a reading time beside a date', head('Reading time: 3 min | 12 February 2026'), '2026-02-12'],
  [
    '"12/02/2026 | Updated 13/02/2026": the update proves day first',
    head('12/02/2026 10:42 | Updated 13/02/2026'),
    '2026-02-12',
  ],
  ['"Thursday, February 12, 2026 - 10:42 CET"', head('Thursday, February 12, 2026 - 10:42 CET'), '2026-02-12'],
  ['"12:42 PM, 12 February 2026"', head('12:42 PM, 12 February 2026'), '2026-02-12'],
  [
    '"Published in NAME, date" at the end gives the day when nothing above does',
    lines('Ministers agree on new ferry route', '', BODY, '', 'Published in Valley Herald, March 3rd, 2025'),
    '2025-03-03',
  ],
  ['"February 12/2026" (a slash before the year)', head('February 12/2026'), '2026-02-12'],
  [
    'a listed agency and its day open the report: "Reuters February 10/2020 The minister …"',
    lines('Ministers agree on new ferry route', '', `Reuters February 10/2020 ${BODY}`),
    '2020-02-10',
  ],
  [
    'an unlisted name before a day is no dateline: "Tavo Merrin February 10/2020 …" gives no day',
    lines('Ministers agree on new ferry route', '', `Tavo Merrin February 10/2020 ${BODY}`),
    null,
  ],
];

for (const [what, text, iso] of dates) {
  test(`published: ${what}`, () => {
    assert.equal(readReportText(text).published, iso);
  });
}

test('findDates: an ambiguous numeric date keeps the other reading; settleDate picks by order', () => {
  const [d] = findDates('on 05/06/2026');
  assert.deepEqual([d!.month, d!.day, d!.alt], [5, 6, { month: 6, day: 5 }]);
  const dmy = settleDate(d!, [], 'dmy');
  assert.deepEqual([dmy.month, dmy.day], [6, 5]);
  const mdy = settleDate(d!, [], 'mdy');
  assert.deepEqual([mdy.month, mdy.day], [5, 6]);
});

test('findDates: a day over 31 or a month over 12 in both places is no date', () => {
  assert.equal(findDates('ratio 45/13/2026').length, 0);
  assert.equal(findDates('code 2026-13-45').length, 0);
});
