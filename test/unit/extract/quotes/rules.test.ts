// Table tests of quote attribution (src/extract/quotes/rules.ts): for each row of AFTER, BEFORE and
// CUES an invented report whose last quotation that row attributes, with the speaker it finds; and a
// check that every row has a test row. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribute, type Attribution, type AttributionContext } from '../../../../src/extract/quotes/attribute.js';
import { AFTER, BEFORE, CUES } from '../../../../src/extract/quotes/rules.js';
import { analyse, nameOf } from '../../../support/extract.js';

/** Every quotation of `text` attributed in order, as the sentence walk does; with the speakers' names. */
function attributions(text: string): (Attribution & { name: string | null; text: string })[] {
  const a = analyse(text);
  const { sentences, sentenceAt, quotes } = a.doc;
  let previous: AttributionContext['previous'] = null;
  return quotes.map((q) => {
    const found = attribute(q, {
      sentences,
      mentions: (i) => a.mentions[i] ?? [],
      sentenceAt,
      previous,
      lastSpeaker: null,
    });
    previous = {
      speaker: found.speaker,
      close: q.close,
      para: sentences[sentenceAt(Math.max(q.open, q.close - 1))]!.para,
      sentence: sentenceAt(q.open),
    };
    return { ...found, name: nameOf(a.people, found.speaker), text: q.text };
  });
}

const intro = 'Foreign Minister Ana Ruiz visited the port on Monday. ';

/** [row, report (its last quotation is the one tested), speaker, rule] */
const rows: [NonNullable<Attribution['by']>, string, string | null, string][] = [
  ['after.reporting-clause', `${intro}“The port will reopen,” Ruiz said.`, 'Ana Ruiz', 'quote.said-after'],
  [
    'after.sentence-end-clause',
    `${intro}“The port will reopen” by May, the talks will resume soon, Ruiz added.`,
    'Ana Ruiz',
    'quote.said-end',
  ],
  ['before.in-words', `${intro}In Ruiz’s words, “the door is open.”`, 'Ana Ruiz', 'quote.in-words'],
  [
    'before.adding-that',
    `${intro}Ruiz said talks went well, adding that “the door is open.”`,
    'Ana Ruiz',
    'quote.adding-that',
  ],
  ['cue.according-to', `${intro}According to Ruiz, “the door is open.”`, 'Ana Ruiz', 'quote.according-to'],
  [
    'cue.quoted-as-saying',
    `${intro}A news agency quoted Ruiz as saying “the door is open.”`,
    'Ana Ruiz',
    'quote.quoted-as-saying',
  ],
  ['cue.reporting-verb', `${intro}Ruiz said: “The door is open.”`, 'Ana Ruiz', 'quote.said-before'],
  ['before.continued', `${intro}“We are ready,” Ruiz said. “The door is open.”`, 'Ana Ruiz', 'quote.continued'],
  ['before.adjacent', `${intro}Ruiz “emphasized the importance of dialogue” at the port.`, 'Ana Ruiz', 'quote.subject'],
  [
    'before.subject',
    `${intro}Ruiz, visiting the port on Monday, looked at the plans marked “urgent and final”.`,
    'Ana Ruiz',
    'quote.subject',
  ],
  ['before.unattributed', 'The banner at the port read “no more delays” all week.', null, 'quote.unattributed'],
];

for (const [by, text, speaker, rule] of rows) {
  test(`quote row ${by}: ${speaker ?? 'nobody'} (${rule})`, () => {
    const last = attributions(text).pop()!;
    assert.equal(last.by, by);
    assert.equal(last.name, speaker);
    assert.equal(last.rule, rule);
  });
}

test('every row of AFTER, BEFORE and CUES has a test row (BEFORE’s cues row through CUES)', () => {
  const ids = [...AFTER, ...BEFORE].map((r) => r.id).filter((id) => id !== 'before.cues');
  assert.deepEqual([...new Set(rows.map((r) => r[0]))].sort(), [...ids, ...CUES.map((r) => r.id)].sort());
});

test('an organization as the source gives no speaker; a short quotation inside reported speech is the reported person’s', () => {
  const [org] = attributions('“The port will reopen,” the Foreign Ministry said.');
  assert.equal(org!.speaker, null);
  assert.equal(org!.source, 'Foreign Ministry');
  assert.equal(org!.rule, 'quote.said-after.organization');
  const scare = attributions(`${intro}Ruiz conveyed “deep regret” over the delay, a senior official said.`).pop()!;
  assert.equal(scare.name, 'Ana Ruiz');
});

test('“she and President B agreed on …” inside what someone reports: the reporting verb names the speaker', () => {
  const last = attributions(
    'Foreign Minister Ana Ruiz met President Tavo Merrin. Ruiz recalled that she and President Merrin agreed on “a fair deal”.',
  ).pop()!;
  assert.equal(last.name, 'Ana Ruiz');
  assert.equal(last.rule, 'quote.said-before');
});
