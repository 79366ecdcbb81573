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
import { EVENT_CUES } from '../../../../src/extract/meetings/event-cues.js';
import { buildTriggers, meetingWords } from '../../../../src/extract/meetings/words.js';
import { KNOWLEDGE_FILES, KnowledgeError, readKnowledgeFile } from '../../../../src/knowledge/index.js';
import { DATA_DIR } from '../../../../src/paths.js';
import { rulesOf } from '../../../support/meetings.js';

test('meeting rules: every row names a rule id of the union (or a veto) and an invented example', () => {
  for (const r of [...WORD_RULES, ...TRIGGER_RULES]) {
    assert.ok(r.id.startsWith('veto.') || (MEETING_RULES as readonly string[]).includes(r.id), r.id);
    assert.ok(r.example.length > 10, r.id);
  }
});

test('event cues: every row names a cue and an invented example', () => {
  for (const r of EVENT_CUES) {
    assert.ok(r.id.startsWith('cue.'), r.id);
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
  const read = () => readKnowledgeFile(dir, 'meetingTriggers');
  const names =
    (...what: RegExp[]) =>
    (e: unknown) =>
      e instanceof KnowledgeError &&
      e.message.includes('meeting-triggers.json') &&
      what.every((w) => w.test(e.message));
  fs.writeFileSync(bad, JSON.stringify({ verbs: [{ lemma: 'meet' }], nouns: [] }));
  assert.throws(read, names(/verbs\[0\]\.forms/));
  // a misspelt flag is an error, not a flag silently ignored
  const good = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'meeting-triggers.json'), 'utf8')) as {
    verbs: Record<string, unknown>[];
  };
  good.verbs[0]!.plurl = true;
  fs.writeFileSync(bad, JSON.stringify(good));
  assert.throws(read, names(/verbs\[0\]/, /plurl/));
  fs.writeFileSync(bad, '{ not json');
  assert.throws(read, names(/not valid JSON/));
  fs.rmSync(bad);
  assert.throws(read, names(/missing/));
});

test('meeting triggers: flags left out of a row default to false, lists to empty', () => {
  const lists = ['setting', 'addressVerbs', 'holdVerbs', 'together', 'pluralRefs', 'pairWords', 'theyWords'];
  const more = ['groupHeads', 'notHappened', 'notHappenedNoun', 'travelPast', 'pictured'];
  const file = KNOWLEDGE_FILES.meetingTriggers.schema.parse({
    verbs: [{ lemma: 'confer', forms: ['conferred'] }],
    nouns: [{ forms: ['parley'] }],
    ...Object.fromEntries([...lists, ...more].map((k) => [k, []])),
  });
  const v = buildTriggers(file).byFirst.get('conferred')![0]!;
  assert.deepEqual(
    [v.object, v.plural, v.call, v.host, v.refOnly, v.preps.size],
    [false, false, false, false, false, 0],
  );
  const n = buildTriggers(file).byFirst.get('parley')![0]!;
  assert.deepEqual([n.kind, n.call, n.occasion, n.several, n.gap], ['noun', false, false, false, 0]);
});
