// The meeting rule tables and their data: every row has a known rule id and an example; the trigger file is
// validated, and a bad one is an error that names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MEETING_RULES } from '../../../../src/extract/meetings/frame.js';
import { WORD_RULES } from '../../../../src/extract/meetings/rules.js';
import { TRIGGER_RULES } from '../../../../src/extract/meetings/trigger-rules.js';
import { meetingWords } from '../../../../src/extract/meetings/words.js';
import { rulesOf } from '../../../support/meetings.js';

test('meeting rules: every row names a rule id of the union (or a veto) and an invented example', () => {
  for (const r of [...WORD_RULES, ...TRIGGER_RULES]) {
    assert.ok(r.id.startsWith('veto.') || (MEETING_RULES as readonly string[]).includes(r.id), r.id);
    assert.ok(r.example.length > 10, r.id);
  }
});

test('meeting rules: the evidence of a meeting carries the id of the rule that made it', () => {
  assert.deepEqual(rulesOf('President Ana Lopes met Chancellor Otto Brandt on Monday.'), [['meeting.met-with']]);
  assert.deepEqual(rulesOf('Talks between President Ana Lopes and Chancellor Otto Brandt lasted an hour.'), [
    ['meeting.between'],
  ]);
});

test('meeting triggers: a verb, a noun of two words and a form shared by a verb and a noun are found', () => {
  const w = meetingWords();
  assert.ok(w.byFirst.get('met')?.some((t) => t.kind === 'verb' && t.object));
  assert.ok(w.byFirst.get('phone')?.some((t) => t.kind === 'noun' && t.words.join(' ') === 'phone call' && t.call));
  const meeting = w.byFirst.get('meeting') ?? [];
  assert.ok(meeting.some((t) => t.kind === 'verb') && meeting.some((t) => t.kind === 'noun'));
});

test('meeting triggers: a malformed or missing trigger file is an error that names the file and the field', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-triggers-'));
  const bad = path.join(dir, 'meeting-triggers.json');
  fs.writeFileSync(bad, JSON.stringify({ verbs: [{ lemma: 'meet' }], nouns: [] }));
  assert.throws(
    () => meetingWords(bad),
    (e: Error) => e.message.includes(bad) && /verbs\.0\.forms/.test(e.message),
  );
  fs.writeFileSync(bad, '{ not json');
  assert.throws(
    () => meetingWords(bad),
    (e: Error) => e.message.includes(bad),
  );
  assert.throws(() => meetingWords(path.join(dir, 'none.json')), /none\.json/);
});
