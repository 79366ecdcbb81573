// Whole-report checks of DirectSpeech (src/extract/quotes/direct.ts): quotations read as the sentences are
// walked. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { readReportText } from '../../../../src/input/index.js';

function quotesOf(text: string) {
  const x = extract(readReportText(text, { source: 'q.txt' }));
  const name = (id: string | null) => x.people.find((p) => p.id === id)?.name ?? null;
  return {
    quotes: x.quotes.map((q) => [q.text, name(q.speaker)]),
    statements: x.statements.map((s) => name(s.speaker)),
  };
}

test('a readout quoted from a document is no one’s quotation, but still states its subject’s position', () => {
  const { quotes, statements } = quotesOf(
    'President Tavo Merrin met Foreign Minister Ana Ruiz on Monday. “We will act,” Merrin said. ' +
      '“Merrin stressed the need to reopen the docks and to restore the rail link before the winter,” the statement said. ' +
      '“The President also raised the cost of fuel for the fishing fleets of the northern coast.”',
  );
  assert.deepEqual(
    quotes.map((q) => q[1]),
    ['Tavo Merrin', null, null],
  );
  assert.ok(statements.includes('Tavo Merrin'));
});

test('a quotation before a short reporting clause in the next sentence waits for it', () => {
  const { quotes } = quotesOf(
    'Foreign Minister Ana Ruiz visited the port on Monday.\n\n“We will reopen the docks. Trade will grow between our two cities.” Ruiz stated\n\nThe talks ended.',
  );
  assert.deepEqual(quotes, [['We will reopen the docks. Trade will grow between our two cities.', 'Ana Ruiz']]);
});

test('a readout of no named subject stays its author’s; a state in the passive is no passive of speech', () => {
  const { quotes } = quotesOf(
    'Ana Ruiz and Tavo Merrin held a “frank and useful conversation,” spokesman Dara Voss said in a statement on Monday.\n\n' +
      '“They addressed a number of regional issues affecting the ports and the fishing fleets,” the statement said.\n\n' +
      'Merrin pointed out that his country was committed to building a “stable and constructive” relationship. ' +
      'The visit was described as “positive”.',
  );
  assert.deepEqual(
    quotes.map((q) => q[1]),
    ['Dara Voss', 'Dara Voss', 'Tavo Merrin', null],
  );
});

test('a pronoun going back to a sentence that names someone only after a preposition is that sentence’s subject', () => {
  const { quotes } = quotesOf(
    'Mayor Tavo Merrin met the dockers. “We will talk,” Merrin said.\n\n' +
      'After an hour of talks with Merrin on Monday, Foreign Minister Ana Ruiz pushed back on the plan.\n\n' +
      '“The port belongs to everyone,” she said.',
  );
  assert.deepEqual(quotes.pop(), ['The port belongs to everyone,', 'Ana Ruiz']);
});
