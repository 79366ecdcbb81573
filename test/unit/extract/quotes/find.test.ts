// Table tests of finding quotation spans (src/extract/quotes/find.ts). All texts are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { findQuotes, NOT_QUOTES, type NotQuoteRow } from '../../../../src/extract/quotes/find.js';
import { readReportText } from '../../../../src/input/index.js';

/** [what the case shows, text, the quotations found] */
const cases: [string, string, string[]][] = [
  ['curly double marks', 'Ruiz said: “The door is open.”', ['The door is open.']],
  ['straight double marks', 'Ruiz called it "a step forward" on Monday.', ['a step forward']],
  ['single marks in a headline', 'Ruiz warns of ‘red lines’ at the port', ['red lines']],
  [
    'a quotation over two paragraphs (only the last closes)',
    '“The door is open.\n\n“We will wait,” Ruiz said.',
    ['The door is open. We will wait,'],
  ],
  [
    'a code argument left in a scraped page is no quotation',
    'The talks ended.(function(d){s=d.createElement("script");s.src="//cdn.example.com/v.js";})(document); Ruiz said “we will wait”.',
    ['we will wait'],
  ],
  ['an address in marks is no quotation', 'Read more at "https://example.com/news/1" today.', []],
  ['a nickname inside a name is no quotation', 'President Jon “Jojo” Merrin arrived.', []],
  [
    'a page that opens quotations with a right mark too',
    'The minister spoke.\n\n”The port will reopen in May,” Ruiz said. ”We are ready,” she added.',
    ['The port will reopen in May,', 'We are ready,'],
  ],
  [
    'the title of a Markdown link or image is no quotation; words in brackets stay',
    'Share: [](https://example.com/share?u=1 "Viber") ![](/img/port.png "port_1068_n") (he called it "a step forward")',
    ['a step forward'],
  ],
  ['a quoted word before a name stays', 'Ruiz called it “Historic” Merrin said.', ['Historic']],
  ['a one-word scare quote stays', 'Ruiz called the plan "historic".', ['historic']],
  [
    'a straight mark glued to the sentence before opens a quotation',
    'Ruiz spoke after Merrin left."We will wait for the ships," she said.',
    ['We will wait for the ships,'],
  ],
  [
    'a quotation over paragraphs that open with no mark closes at the first closing mark',
    'Ruiz thanked the delegates. “This year the port grew.\n\nShips came from every coast.\n\nWe will build more docks,” she said.',
    ['This year the port grew. Ships came from every coast. We will build more docks,'],
  ],
  [
    'an unclosed quotation is not run on into a paragraph that opens another',
    'Ruiz said: “The port is open.\n\nMerrin left. He said: “We agree.”',
    ['The port is open.', 'We agree.'],
  ],
];

for (const [what, text, expected] of cases) {
  test(`findQuotes: ${what}`, () => {
    assert.deepEqual(
      findQuotes(text).map((q) => q.text),
      expected,
    );
  });
}

/** [row, words in marks it leaves out as no person's quotation] */
const notQuotes: [NotQuoteRow['id'], string][] = [
  ['name-of-work', 'Bridges Over The Sea'],
  ['name-of-work', 'Harvest of the North Festival.'],
  ['name-of-work', 'Vision 2040'],
];
/** words in marks that stay quotations: speech, a scare quote, a sentence in capitals, a single word */
const quotes = [
  'bridges over the sea',
  'We Will Not wait for them',
  'WE WILL NOT WAIT',
  'Historic',
  'a new Silk Road',
  'The door is open. We Will Wait.',
];

test('NOT_QUOTES: each row leaves out its words; speech and scare quotes pass every row', () => {
  for (const [id, text] of notQuotes) assert.ok(NOT_QUOTES.find((r) => r.id === id)!.when(text), `${id}: ${text}`);
  assert.deepEqual(
    NOT_QUOTES.map((r) => r.id).filter((id) => !notQuotes.some(([n]) => n === id)),
    [],
    'every row has a test row',
  );
  for (const text of quotes)
    assert.deepEqual(
      NOT_QUOTES.filter((r) => r.when(text)).map((r) => r.id),
      [],
      text,
    );
});

test('a name of a work in marks gives no quote; a scare quote beside it still does', () => {
  const x = extract(
    readReportText(
      'Minister Ana Ruiz opened the “Bridges Over The Sea” festival on Monday and called the new port “a turning point” for the region.',
      { source: 'n.txt' },
    ),
  );
  assert.deepEqual(
    x.quotes.map((q) => q.text),
    ['a turning point'],
  );
});
