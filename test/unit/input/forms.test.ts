// The forms stored pages come in (src/input/frontmatter.ts, markup.ts, mojibake.ts, records.ts):
// YAML front matter, Pelican headers, a page store's date prefix, JSON records under other key
// names, Markdown and escaped quotes, and mojibake. Every page, name and outlet here is invented,
// except well-known outlets and government sites of data/outlets.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, readRecords, readReportText } from '../../../src/input/index.js';
import { cleanMarkup, MARKUP_RULES, type MarkupRule } from '../../../src/input/markup.js';
import { repairMojibake } from '../../../src/input/mojibake.js';
import { KEYS, readFrontMatter } from '../../../src/input/frontmatter.js';

const body = 'Foreign Minister Ana Ruiz met her counterpart Tomas Vell in Lima on Monday.\n\nTalks will resume in May.';

test('front matter: YAML keys give the title (put first as the headline), the date, the URL and the outlet', () => {
  const page = [
    '---',
    "date: '2024-03-04'",
    'published_time: 2024-03-04 10:12:00-05:00',
    'source_url: https://www.reuters.com/world/ruiz-vell-talks/',
    'title: "Ruiz and Vell hold\\u2019 talks in\\_Lima"',
    'tags: [world]',
    '---',
    ' ',
    body,
  ].join('\n');
  const a = readReportText(page, { source: 'x.md' });
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.url, 'https://www.reuters.com/world/ruiz-vell-talks/');
  assert.equal(a.outlet, 'Reuters');
  // "\_" in a YAML double-quoted string is a no-break space
  assert.equal(a.title, 'Ruiz and Vell hold’ talks in Lima');
  assert.ok(a.text.startsWith('Ruiz and Vell hold’ talks in Lima\n\nForeign Minister Ana Ruiz'), a.text);
  assert.ok(!a.text.includes('source_url'));
});

test('front matter: "Unknown Source" says nothing; an author field naming an outlet names it; the site of the image is the last clue', () => {
  const fm = (lines: string[]) => readReportText(['---', ...lines, '---', body].join('\n'), { source: 'x.md' });
  assert.equal(
    fm(['title: "Talks"', 'source_name: "Unknown Source"', 'author: "Agence France-Presse"']).outlet,
    'Agence France-Presse',
  );
  assert.equal(fm(['title: "Talks"', 'author: "Dara Voss, Jon Pell And Ana Tor, Cnn"']).outlet, 'CNN');
  assert.equal(fm(['title: "Talks"', 'image: https://i.dailymail.co.uk/1s/2020/x.jpg']).outlet, 'Daily Mail');
  assert.equal(fm(['title: "Talks"', 'author: "Dara Voss"']).outlet, null);
});

test('front matter: a WordPress export names its title, day and source as post_title, post_date and original_link', () => {
  const a = readReportText(
    [
      '---',
      'ID: 3045',
      'post_title: >',
      '  Ministers meet in Lima as',
      '  talks resume',
      'post_date: 2016-04-24 20:43:05',
      'published: true',
      'original_link:',
      '  - >',
      '    https://www.reuters.com/article/us-talks-idUSKCN0XK0PU',
      '---',
      body,
    ].join('\n'),
    { source: 'wp.md' },
  );
  assert.equal(a.published, '2016-04-24');
  assert.equal(a.title, 'Ministers meet in Lima as talks resume');
  assert.equal(a.outlet, 'Reuters');
});

test('front matter: a block YAML cannot parse (an unquoted ": ") is read line by line', () => {
  const page = [
    '---',
    'title: Talks: what comes next ',
    'description: Ministers met: both sides agreed',
    'date: 2020-09-11-17-02-56 ',
    '---',
    body,
  ].join('\n');
  const a = readReportText(page, { source: 'x.md' });
  assert.equal(a.published, '2020-09-11');
  assert.equal(a.title, 'Talks: what comes next');
});

test('front matter: a Pelican header of "Key: value" lines, and a page store\'s " date YYYY-MM-DD" prefix', () => {
  const pelican = `Title: Ruiz meets Vell\nDate: 2015-05-12 09:13\nCategory: news\nSrc: http://www.aljazeera.com/news/2015/05/x.html\n\n\n${body}`;
  const a = readReportText(pelican, { source: 'x.txt' });
  assert.equal(a.published, '2015-05-12');
  assert.equal(a.outlet, 'Al Jazeera');
  assert.equal(a.title, 'Ruiz meets Vell');
  const b = readReportText(` date 2021-05-14 LIMA – ${body}`, { source: 'y.txt' });
  assert.equal(b.published, '2021-05-14');
  assert.ok(b.text.startsWith('LIMA – Foreign') || b.text.startsWith('Foreign'), b.text);
  // the store's marker is the day it stored the page: the page's own date line under the headline wins
  const c = readReportText(` date 2021-05-14 Peru: Ruiz meets Vell\n\n13 May 2021\nCoastline Daily (Lima)\n\n${body}`, {
    source: 'z.txt',
  });
  assert.equal(c.published, '2021-05-13');
  // one "Key: value" line alone is the report's first line, not a header
  assert.equal(readFrontMatter('Lima: the talks resumed.\n\nMore text.', 'z'), null);
  assert.ok(KEYS.published.includes('date'));
});

test('front matter: Hugo\'s TOML block between "+++" lines, read by smol-toml, or line by line when TOML cannot read it', () => {
  const toml = `+++\nDate = 2023-08-01T00:15:00+04:00\ntitle = "Ruiz meets Vell"\ntags = ["Ana Ruiz", "Lima"]\nDescription = """\nGuest: "Tavo Merrin"\n"""\n+++\n\n${body}`;
  const a = readReportText(toml, { source: 'x.md' });
  // the page's own day, not the UTC day (2023-07-31)
  assert.equal(a.published, '2023-08-01');
  assert.equal(a.title, 'Ruiz meets Vell');
  assert.ok(!a.text.includes('Tavo Merrin') && !a.text.includes('tags'), a.text);
  const broken = readReportText(
    `+++\ntitle = "Ruiz meets Vell"\ndate = "2021-05-14"\nbad = [unclosed\n+++\n\n${body}`,
    { source: 'y.md' },
  );
  assert.equal(broken.published, '2021-05-14');
  assert.equal(broken.title, 'Ruiz meets Vell');
  assert.throws(() => readReportText('+++\ntitle = "x"\n+++\n', { source: 'z.md' }), /z\.md.*no report text/);
});

test('front matter: a page with front matter and no text under it is an error naming the file', () => {
  assert.throws(
    () => readReportText('---\ntitle: Talks\n---\n  \n', { source: 'empty.md' }),
    (e: unknown) => e instanceof InputError && e.problem === 'empty' && /empty\.md: has front matter/.test(e.message),
  );
});

test('records: text, date and URL under other key names ("content", "date", "link"); a record without text names the keys it reads', () => {
  const [a] = readRecords(
    JSON.stringify({
      title: 'Ruiz meets Vell',
      date: '22 August 2025',
      content: body,
      link: 'https://www.whitehouse.gov/briefing-room/x/',
    }),
    { source: 'r.json' },
  );
  assert.equal(a!.published, '2025-08-22');
  assert.equal(a!.url, 'https://www.whitehouse.gov/briefing-room/x/');
  assert.equal(a!.outlet, 'The White House');
  const [b] = readRecords(
    JSON.stringify({
      headline: 'Talks',
      body,
      publishedAt: '2024-01-02T10:00:00Z',
      source: { id: 'x', name: 'Reuters' },
    }),
    { source: 'n.json' },
  );
  assert.equal(b!.published, '2024-01-02');
  assert.equal(b!.outlet, 'Reuters');
  assert.throws(
    () => readRecords(JSON.stringify({ title: 'no text', note: 'x' }), { source: 'bad.json' }),
    (e: unknown) => e instanceof InputError && /bad\.json: the record: .*"content", "body"/.test(e.message),
  );
});

test('records: a feed item without text reads its "description" or "summary", and "date_published"', () => {
  const [a, b] = readRecords(
    JSON.stringify([
      {
        title: 'Ruiz meets Vell in Lima',
        description: 'President Ruiz met Foreign Minister Vell in Lima on Tuesday.',
        date_published: '2025-05-14T22:45:01+00:00',
        link: 'https://www.aljazeera.com/news/2025/5/14/x',
        source_url: 'https://www.aljazeera.com/xml/rss/all.xml',
        comments: [],
      },
      { title: 'Talks end', summary: 'The talks ended.', content_text: 'The talks ended late.' },
    ]),
    { source: 'feed.json' },
  );
  assert.equal(a!.text.includes('President Ruiz met Foreign Minister Vell'), true);
  assert.equal(a!.published, '2025-05-14');
  assert.equal(a!.url, 'https://www.aljazeera.com/news/2025/5/14/x');
  assert.equal(a!.outlet, 'Al Jazeera');
  // a feed item's own text before its summary
  assert.equal(b!.text.includes('The talks ended late.'), true);
});

test('records: a feed item that cleaning leaves empty is left out, the others read; a file of only such items is an error', () => {
  const feed = [
    { title: 'Ruiz meets Vell', description: 'President Ruiz met Foreign Minister Vell in Lima on Tuesday.' },
    { title: 'More', description: 'Read more' },
    { title: 'Talks end', description: 'The talks in Lima ended on Wednesday.' },
  ];
  const read = readRecords(JSON.stringify(feed), { source: 'feed.json' });
  assert.deepEqual(
    read.map((a) => a.id),
    ['feed.json#0', 'feed.json#2'],
  );
  assert.throws(
    () => readRecords(JSON.stringify([feed[1], feed[1]]), { source: 'empty.json' }),
    (e: unknown) => e instanceof InputError && e.problem === 'empty' && /empty\.json/.test(e.message),
  );
});

/** [row, text, what cleanMarkup makes of it] */
const markup: [MarkupRule['id'], string, string][] = [
  [
    'md-link-title',
    'see [Vell meets Ruiz](https://example.org/x "Vell Meets Ruiz in Lima") here',
    'see Vell meets Ruiz here',
  ],
  ['md-image', 'Talks\n![](./images/a.jpg)\nText.', 'Talks\n\nText.'],
  ['md-heading', '## Keep pedalling\n# Ruiz meets Vell', 'Keep pedalling\nRuiz meets Vell'],
  ['md-quote', '> Ministers agree on a plan\n> May 21st 2020', 'Ministers agree on a plan\nMay 21st 2020'],
  ['md-emphasis-line', '*State House  \n*Lima, Peru**', 'State House  \nLima, Peru'],
  ['md-bold', 'the **joint statement** said', 'the joint statement said'],
  [
    'md-link-list',
    'Ruiz met Vell.\n1. [Vell meets Ruiz in Lima](/news/2016/lima)\n- [Source](https://example.org/x) _Context: Peru_\n2. see [the readout](https://example.gov/r)',
    'Ruiz met Vell.\n\n\n2. see the readout',
  ],
  [
    'md-link-list',
    'Ruiz met Vell.\n* [![](/img/1.jpg)DIPLOMACY\\\n  Vell meets Ruiz in Lima](/news/2)\n* [Ruiz to visit Quito](/news/3)',
    'Ruiz met Vell.\n\n',
  ],
  [
    'md-teaser-link',
    'Ruiz met Vell.\nVell to visit Quito in May\n[](https://example.org/world/quito/)\nThe talks ended.\n[](https://example.org/x)',
    'Ruiz met Vell.\n\nThe talks ended.\n[](https://example.org/x)',
  ],
  ['md-link', 'read [the readout](https://example.gov/r) here', 'read the readout here'],
  ['backtick-apostrophe', 'the Federation`s Republic of Varnel`s envoy', 'the Federation’s Republic of Varnel’s envoy'],
  ['md-code', 'Published :`2024-07-27 15:14:31`', 'Published :2024-07-27 15:14:31'],
  ['backslash-escape', 'Ruiz said \\"we agree\\" with President\\_Vell', 'Ruiz said "we agree" with President_Vell'],
  [
    'backslash-escape',
    'a page escaped twice: \\\\"we agree,\\\\" Ruiz said; a path C:\\\\x',
    'a page escaped twice: "we agree," Ruiz said; a path C:\\x',
  ],
  ['html-entity', 'talks&nbsp;in Lima &amp; Quito &#8217;', 'talks\u00a0in Lima & Quito ’'],
  ['glued-year', 'May 21st 2020BERLIN AND PARIS', 'May 21st 2020 BERLIN AND PARIS'],
  ['html-block-tag', '<p>The ministers met.</p>', '\nThe ministers met.\n'],
  ['html-inline-tag', 'on <a href="https://example.org/x">Example News</a>.', 'on Example News.'],
  ['glued-sentence', 'met President Vell.The minister left', 'met President Vell. The minister left'],
];

test('markup: each row of MARKUP_RULES rewrites its form and leaves plain text alone', () => {
  for (const [id, input, output] of markup) assert.equal(cleanMarkup(input), output, id);
  assert.deepEqual(
    MARKUP_RULES.map((r) => r.id).filter((id) => !markup.some(([m]) => m === id)),
    [],
    'every row has a test row',
  );
  const plain =
    'Ruiz (left) met Vell in 2020. Both said: "We agree." Prices rose 5%* in May. See U.S.A. and example.com.';
  assert.equal(cleanMarkup(plain), plain);
});

test('mojibake: UTF-8 read as Windows-1252 is repaired; real accents and "Â" in words stay', () => {
  const cases: [string, string][] = [
    ['the ministerâ€™s visit', 'the minister’s visit'],
    ['SÃ£o Paulo and Bogotá', 'São Paulo and Bogotá'],
    ['â€œWe agree,â€\u009d she said', '“We agree,” she said'],
    ['KingÂ\u00a0Salman', 'King\u00a0Salman'],
    ['KingÂ Salman said', 'King Salman said'],
    ['ZÃ¼rich talks â€” day two', 'Zürich talks — day two'],
    ['Ã‰lysÃ©e', 'Élysée'],
  ];
  for (const [bad, good] of cases) assert.equal(repairMojibake(bad), good, bad);
  for (const fine of ['Â la carte', 'SÃO PAULO', 'Ngô Quang Xuân', 'café «noir»', 'Đà Nẵng, Thừa Thiên–Huế'])
    assert.equal(repairMojibake(fine), fine);
  const a = readReportText(
    'Talks in Lima\n\nForeign Minister Ana Ruiz met Tomas VellÂ on Monday.\n\nSource:Â Reuters',
    {
      source: 'm.txt',
    },
  );
  assert.ok(!a.text.includes('Â'), a.text);
  assert.equal(a.outlet, 'Reuters');
});
