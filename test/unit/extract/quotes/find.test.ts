// Table tests of finding quotation spans (src/extract/quotes/find.ts). All texts are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../../../src/extract/quotes/find.js';

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
  ['a quoted word before a name stays', 'Ruiz called it “Historic” Merrin said.', ['Historic']],
  ['a one-word scare quote stays', 'Ruiz called the plan "historic".', ['historic']],
];

for (const [what, text, expected] of cases) {
  test(`findQuotes: ${what}`, () => {
    assert.deepEqual(
      findQuotes(text).map((q) => q.text),
      expected,
    );
  });
}
