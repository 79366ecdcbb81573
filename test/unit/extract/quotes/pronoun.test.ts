// A pronoun that speaks a quotation goes back to the subject of the sentence before (src/extract/quotes/rules.ts,
// pronounSubject), through the whole extraction. All names, places and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

function speakers(text: string): [string, string | null][] {
  const x = extract(article(text, '2025-03-14'));
  const name = (id: string | null) => x.people.find((p) => p.id === id)?.name ?? null;
  return x.quotes.map((q) => [q.text, name(q.speaker)]);
}

test('“…,” she said after a sentence whose subject is named after an opening phrase: that subject, not the last speaker', () => {
  const said = speakers(
    [
      'Prime minister Ana Ruiz discussed trade during a bilateral meeting with her Kestovian counterpart Dara Sok in Varnel on Friday.',
      'State minister for foreign affairs Tavo Merrin said this to newsmen after the meeting.',
      '“Though I was not present at the meeting, I can say that the two prime ministers talked about the harbour,” said Tavo Merrin.',
      'In her speech at the opening of the harbour, premier Ruiz indirectly conveyed a message to Kestovia that the port is still closed.',
      '“We still have problems which we will not raise here today,” she said.',
    ].join('\n\n'),
  );
  assert.deepEqual(said.pop(), ['We still have problems which we will not raise here today,', 'Ana Ruiz']);
});

test('a pronoun whose sentence before quotes someone, or names the pronoun’s person, keeps its person', () => {
  const said = speakers(
    [
      'Foreign Minister Tavo Merrin met premier Ana Ruiz in Varnel.',
      'Merrin praised Ruiz for the deal on the harbour.',
      '“We will reopen the port by May,” he said.',
    ].join('\n\n'),
  );
  assert.deepEqual(said, [['We will reopen the port by May,', 'Tavo Merrin']]);
});

test('a descriptor that names the title by a short form or with an age: "the Chilean premier", "the 93-year-old monarch"', () => {
  const said = speakers(
    [
      'Queen Ana Ruiz of Chile addressed the nation on Sunday, and Prime Minister Tavo Merrin of Chile spoke later.',
      '“The harbour will not close,” the 93-year-old monarch said in her address.',
      '“It is time to act,” the Chilean premier told reporters.',
    ].join('\n\n'),
  );
  assert.deepEqual(said, [
    ['The harbour will not close,', 'Ana Ruiz'],
    ['It is time to act,', 'Tavo Merrin'],
  ]);
});
