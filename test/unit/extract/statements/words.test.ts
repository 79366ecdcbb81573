// isCourtesy (src/extract/statements/words.ts): invented sentences of speeches and quotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { isCourtesy } from '../../../../src/extract/statements/words.js';
import { readReportText } from '../../../../src/input/index.js';

/** [sentence, a courtesy] */
const rows: [string, boolean][] = [
  ['Thank you very much for inviting us to the palace, Madam President.', true],
  ['Thanks to you, we saw the old harbour at sunrise.', true],
  ['Dear friends, my whole delegation is glad to be here again with our hosts.', true],
  ['Welcome back, it is good to see you in the capital again.', true],
  ['Good morning to everyone in the hall and to those who follow us online.', true],
  ['No, I will not say more about the talks today.', true],
  ['Thanks to the new road, trade between the two provinces doubled in a year.', false],
  ['No nation can meet the challenges of the coming decade on its own.', false],
  ['Our two countries will open the border crossing to trade before the harvest.', false],
];

test('isCourtesy: thanks, welcomes, greetings and answer words state no position; a position is no courtesy', () => {
  for (const [sentence, courtesy] of rows) assert.equal(isCourtesy(sentence), courtesy, sentence);
});

test('a quoted courtesy is a quote of its speaker but no position', () => {
  const text =
    'Foreign Minister Ana Ruiz met President Tavo Merrin on Monday.\n\n' +
    '“Welcome back, my friend, it is so good to see you in the capital again,” Merrin told Ruiz.\n\n' +
    '“Our two countries will open the border crossing to trade before the harvest,” Merrin said.';
  const x = extract(readReportText(text, { source: 'q.txt' }));
  assert.equal(x.quotes.length, 2);
  assert.deepEqual(
    x.statements.map((s) => s.position),
    ['Our two countries will open the border crossing to trade before the harvest'],
  );
});
