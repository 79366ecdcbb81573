// Table tests of the shared grammar (src/extract/grammar.ts): title words, the people a phrase joins or
// points back to, the evidence a fact keeps. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  coordinatedBefore,
  coordinatedSubjects,
  evidenceOf,
  isHonorific,
  isTitleWord,
  pairPhraseEndsAt,
  pluralTitle,
  titlePhraseStart,
} from '../../../src/extract/grammar.js';
import type { Token } from '../../../src/extract/text.js';
import { analyse, nameOf } from '../../support/extract.js';

/** The tokens of a one-sentence text and the index of the token `word` (its `nth` occurrence). */
function at(text: string, word: string, nth = 1) {
  const a = analyse(text);
  const s = a.doc.sentences[a.doc.sentences.length - 1]!;
  const i = s.tokens.map((t, k) => [t.text, k] as const).filter(([t]) => t === word)[nth - 1]?.[1];
  assert.ok(i !== undefined, `no "${word}" in "${text}"`);
  return { a, s, toks: s.tokens, i, ms: a.mentions[a.mentions.length - 1]! };
}

/** The first token of a text: "Gen." gives the token "Gen" (its period is a token of its own). */
const token = (text: string): Token => analyse(text).doc.sentences[0]!.tokens[0]!;

test('title words: a title, its abbreviation, a head noun, a plural title; forms of address apart', () => {
  for (const w of ['Minister', 'minister', 'Ambassador', 'spokeswoman', 'envoy', 'Gen.'])
    assert.ok(isTitleWord(token(w)), w);
  for (const w of ['Harbor', 'talks', 'Monday']) assert.ok(!isTitleWord(token(w)), w);
  assert.ok(pluralTitle(token('Presidents')));
  assert.ok(!pluralTitle(token('presidents')), 'a plural title is capitalised');
  assert.ok(isHonorific(token('Haji')));
  assert.ok(!isHonorific(token('Minister')));
});

test('titlePhraseStart: the title phrase before a name, over "his", country words and capitals, not over "and"', () => {
  const { toks, i } = at('Ana Ruiz and his Karvian counterpart Tavo Merrin agreed.', 'Tavo');
  assert.equal(toks[titlePhraseStart(toks, i - 1)]!.text, 'his');
  const b = at('The port and Tavo Merrin', 'Tavo');
  assert.equal(titlePhraseStart(b.toks, b.i - 1), b.i, 'no title phrase: it starts at the name');
});

/** [sentence, the name whose coordinated partner is asked for, the partner's name or null] */
const coordinated: [string, string, string | null][] = [
  ['Foreign Minister Ana Ruiz and his Karvian counterpart Tavo Merrin agreed.', 'Tavo', 'Ana Ruiz'],
  ['Foreign Minister Ana Ruiz and President Tavo Merrin agreed.', 'Tavo', 'Ana Ruiz'],
  ['Foreign Minister Ana Ruiz visited the port and Tavo Merrin stayed.', 'Tavo', null],
  ['Foreign Minister Ana Ruiz met Tavo Merrin.', 'Tavo', null],
];

for (const [sentence, word, partner] of coordinated) {
  test(`coordinatedBefore: ${word} in "${sentence}" -> ${partner}`, () => {
    const { a, toks, i, ms } = at(sentence, word);
    assert.equal(nameOf(a.people, coordinatedBefore(toks, ms, i)?.person ?? null), partner);
  });
}

test('coordinatedSubjects: "A, B and C" with their titles, in text order', () => {
  const { a, toks, ms, i } = at(
    'Foreign Minister Ana Ruiz, Karvian President Dara Voss and Prime Minister Tavo Merrin signed the accord.',
    'Tavo',
  );
  const m = ms.find((x) => x.i === i)!;
  assert.deepEqual(
    coordinatedSubjects(toks, ms, m).map((x) => nameOf(a.people, x.person)),
    ['Ana Ruiz', 'Dara Voss', 'Tavo Merrin'],
  );
  const alone = at('Foreign Minister Ana Ruiz signed the accord.', 'Ruiz');
  const r = alone.ms.find((x) => x.kind === 'name')!;
  assert.deepEqual(coordinatedSubjects(alone.toks, alone.ms, r), [r]);
});

/** [sentence, the word the phrase would end on, whether a pair phrase ends there] */
const pairs: [string, string, boolean][] = [
  ['The two sides agreed.', 'sides', true],
  ['Both leaders agreed.', 'leaders', true],
  ['The two Asian ministers agreed.', 'ministers', true],
  ['Then the ministers agreed.', 'ministers', true],
  ['The two ports agreed.', 'ports', false],
  ['Three ministers agreed.', 'ministers', false],
];

for (const [sentence, word, yes] of pairs) {
  test(`pairPhraseEndsAt: "${sentence}" ${yes ? 'names' : 'does not name'} a pair`, () => {
    const { toks, i } = at(sentence, word);
    assert.equal(pairPhraseEndsAt(toks, i), yes);
  });
}

test('evidenceOf: the sentence, its offsets in the text, the rule and the confidence', () => {
  const text = 'Port to reopen\nForeign Minister Ana Ruiz said the port would reopen.';
  const s = analyse(text).doc.sentences[1]!;
  const e = evidenceOf(s, 'person.title', 0.95);
  assert.deepEqual(e, { sentence: s.text, start: 15, end: text.length, rule: 'person.title', confidence: 0.95 });
  assert.equal(text.slice(e.start, e.end), e.sentence);
});
