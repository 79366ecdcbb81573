// Quotations inside what a named person reports, and speakers after titles that hold an organization's name
// (src/extract/quotes/rules.ts: cue.passive, cue.reporting-verb, verbFirst), through the whole extraction.
// All names, places and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

function speakers(text: string): [string, string | null][] {
  const x = extract(article(text, '2025-03-14'));
  const name = (id: string | null) => x.people.find((p) => p.id === id)?.name ?? null;
  return x.quotes.map((q) => [q.text, name(q.speaker)]);
}

const intro = 'Foreign Minister Ana Ruiz visited the port of Varnel on Monday.\n\n';

test('a passive inside what a named person reports is that person’s words ("X told the radio it was hoped …")', () => {
  assert.deepEqual(
    speakers(
      `${intro}Ruiz's spokesperson, Tomas Lee, told the radio it was hoped the visit would “open a new chapter for the harbour”.`,
    ),
    [['open a new chapter for the harbour', 'Tomas Lee']],
  );
});

test('an organization’s verb inside what a named person reports does not take the quotation ("X said that if NATO rejects …")', () => {
  assert.deepEqual(
    speakers(`${intro}Ruiz said that if NATO rejects the plan, “the navy will reopen the port on its own.”`),
    [['the navy will reopen the port on its own.', 'Ana Ruiz']],
  );
});

test('an organization inside the title after the verb is no speaker ("said CNN Political and Security Analyst X")', () => {
  assert.deepEqual(
    speakers(
      `${intro}The visit “will change the talks on the harbour,” said CNN Political and Security Analyst Tomas Lee.`,
    ),
    [['will change the talks on the harbour,', 'Tomas Lee']],
  );
});

test('"revealed" and "captioned" report words', () => {
  assert.deepEqual(speakers(`${intro}Ruiz revealed how she felt ‘helpless and scared’ after the storm.`), [
    ['helpless and scared', 'Ana Ruiz'],
  ]);
  assert.deepEqual(speakers(`${intro}‘A NEW HARBOUR IS COMING,’ Ruiz captioned the post.`), [
    ['A NEW HARBOUR IS COMING,', 'Ana Ruiz'],
  ]);
});
