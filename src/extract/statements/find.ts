import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import { verbRule, type StatementRule } from '../rules.js';
import type { Sentence, Token } from '../text.js';
import { titleish } from '../grammar.js';
import { positionVerbAt, speechVerbAt, subjectEnd } from '../verbs.js';
import {
  coPerson,
  notPosition,
  PAIR_SPEAKER,
  subjectOf,
  trim,
  type Subject,
  type SubjectRow,
  type VerbSite,
} from './rules.js';
import { isNotPosition, pointsBack, reportedInQuote } from './words.js';

export { PAIR_SPEAKER } from './rules.js';

/**
 * Reported speech in one sentence: "X said (that) CLAUSE", "X urged Y to …", "X raised …",
 * "CLAUSE, X noted." For each reporting or position verb: its subject (statements/rules.ts
 * SUBJECTS), whether it reports a position at all (NOT_POSITION), where the reported clause starts
 * and ends, and the tails cut off it (TRIMS). Then, when no verb gave a statement, the sentence's
 * own shapes: "According to X, CLAUSE.", "CLAUSE, X noted."
 */

export interface FoundStatement {
  speaker: string;
  position: string;
  rule: StatementRule;
  /** the row that found the speaker: a row of SUBJECTS (statements/rules.ts) or of SENTENCE_RULES */
  by?: SubjectRow['id'] | SentenceRow['id'];
}

/** "on Monday", "yesterday afternoon": a time before the reported clause */
let timePattern: RegExp | null = null;
function time(): RegExp {
  if (timePattern) return timePattern;
  const lex = lexicon();
  const day = [...lex.weekdays.keys()].map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|');
  return (timePattern = new RegExp(
    `^(?:(?:on|last|this|earlier|late|early)\\s+)?(?:(?:${day})(?:\\s+(?:morning|afternoon|evening|night))?|${[...lex.relativeDays].join('|')})\\s*,?\\s*`,
  ));
}

export function cleanPosition(s: string): string {
  return (
    s
      .replace(/[“”"‘]/g, '')
      .replace(/(?<!\p{L})['’]|['’](?!\p{L})/gu, '')
      .replace(/\s+/g, ' ')
      .replace(/ ,/g, ',')
      .replace(/^[\s,:;–—-]+|[\s,.:;–—-]+$/g, '')
      // "said that …" (the quotation "That is a question …" keeps its first word)
      .replace(/^that\s+/, '')
      .trim()
  );
}

const contentWords = (s: string) =>
  s.split(/\s+/).filter((w) => w.length > 2 && !lexicon().grammar.functionWords.has(w.toLowerCase())).length;

/** "A, and B, but C, X noted": a long reported clause turned by ", but" holds two positions (not a quotation) */
function turned(clause: string, position: string): string[] {
  const turn = /^(.{40,}?),\s+but\s+(.{20,})$/.exec(position);
  return turn && !/^\s*[“"‘]/.test(clause) && contentWords(turn[1]!) >= 5 && contentWords(turn[2]!) >= 4
    ? [turn[1]!, turn[2]!]
    : [position];
}

/** The statements of one sentence as its verbs are read, left to right. */
class Reading {
  readonly out: FoundStatement[] = [];
  readonly toks: Token[];
  readonly persons: Mention[];
  /** the last token of the clause read last: a verb inside it reports nothing of its own */
  lastEnd = -1;
  /** "X said A, and expressed B": the second verb shares the subject of the first */
  carry: { speaker: string; at: number } | null = null;

  constructor(
    readonly s: Sentence,
    readonly mentions: Mention[],
    readonly text: string,
  ) {
    this.toks = s.tokens;
    this.persons = mentions.filter((m) => !m.quoted && m.person && m.kind !== 'org' && m.kind !== 'document');
  }

  push(speaker: string, position: string, rule: StatementRule, by: FoundStatement['by']): void {
    this.out.push({ speaker, position, rule, by });
  }

  /** "“The minister stressed …,” the spokesman said": the quotation's own rule gives it to the minister */
  readoutOfOther(clause: string, position: string): boolean {
    const readout = /^\s*[“"]/.test(clause) && reportedInQuote(position);
    const lead = readout ? this.text.indexOf(position.slice(0, 12), this.s.start) : -1;
    return (
      !!readout &&
      lead >= 0 &&
      this.mentions.some((m) => m.person && m.kind !== 'pronoun' && m.start >= lead && m.start < lead + readout.nameEnd)
    );
  }
}

/** The reporting verb at token k and what stands before it, or null when none starts there. */
function siteAt(r: Reading, k: number): VerbSite | null {
  const lex = lexicon();
  const toks = r.toks;
  // ", agreeing to …" after a sentence whose subjects are a pair: a participle of a joint position
  const jointParticiple = lex.joint.participles.has(toks[k]!.lower) && toks[k - 1]?.text === ',';
  const v = speechVerbAt(toks, k) || positionVerbAt(toks, k) || (jointParticiple ? 1 : 0);
  if (!v || k <= r.lastEnd) return null;
  const verb = toks
    .slice(k, k + v)
    .map((t) => t.lower)
    .join(' ');
  const lemma = lex.speechVerb.get(verb) ?? lex.positionVerb.get(verb) ?? lex.joint.participles.get(verb) ?? verb;
  const b = subjectEnd(toks, k - 1);
  return { s: r.s, toks, persons: r.persons, k, v, verb, lemma, b, jointParticiple, carry: r.carry };
}

/** Where the reported clause starts after the verb ("said, in a speech …", "told reporters that", "told him Tokyo …"), or null. */
function clauseStart(c: VerbSite): number | null {
  const { toks, persons, k, v } = c;
  let from = k + v;
  if (toks[from]?.text === ',' && toks[from + 1]?.word) from++;
  if (c.lemma !== 'tell') return from;
  const lex = lexicon();
  const obj = toks[from];
  const objPerson = obj && (lex.grammar.objectPronouns.has(obj.lower) || persons.some((m) => m.i === from));
  const objEnd = objPerson ? (persons.find((m) => m.i === from)?.j ?? from + 1) : from;
  const n1 = toks[objEnd];
  if (
    objPerson &&
    n1 &&
    n1.word &&
    n1.lower !== 'that' &&
    !lex.grammar.notClause.test(n1.lower) &&
    (n1.cap || lex.grammar.clauseSubjects.has(n1.lower))
  )
    return objEnd;
  while (from < toks.length && toks[from]!.lower !== 'that' && toks[from]!.word && from - k < 8) from++;
  return toks[from]?.lower === 'that' ? from : null;
}

/**
 * "CLAUSE, US Secretary of State X said on Monday at the end of …": the position is the clause before the
 * speaker; "CLAUSE, X said, adding that CLAUSE2": two positions. Returns whether the verb was read so.
 */
function clauseBefore(r: Reading, subj: Subject, from: number): boolean {
  const { toks, s, text } = r;
  const lex = lexicon();
  let t0 = subj.i;
  while (t0 > 0 && (toks[t0 - 1]!.cap || lex.titleWords.has(toks[t0 - 1]!.lower) || toks[t0 - 1]!.lower === 'of')) t0--;
  const afterComma =
    t0 > 0 && (toks[t0 - 1]!.text === ',' || (/[”"]/.test(toks[t0 - 1]!.text) && toks[t0 - 2]?.text === ','));
  const restText = from < toks.length ? text.slice(toks[from]!.start, s.end) : '';
  const before = text.slice(s.start, toks[t0 - 1]?.start ?? s.start);
  const part = /^(\p{L}+(?: out)?)\s+that\s+/u.exec(restText);
  const participle = !!part && lex.participleAfterComma.has(part[1]!.toLowerCase()) && toks[from - 1]?.text === ',';
  if (
    !afterComma ||
    !(from >= toks.length || participle || lex.grammar.notClause.test(restText.replace(time(), ''))) ||
    (!participle && /[:“"]/.test(restText)) ||
    lex.grammar.leadingPreposition.test(before)
  )
    return false;
  const position = cleanPosition(before);
  if (contentWords(position) >= 3 && !pointsBack(position) && !r.readoutOfOther(before, position))
    for (const p of turned(before, position)) r.push(subj.person!, p, 'statement.said-after', subj.by);
  r.lastEnd = toks.length;
  if (!participle) return true;
  // ", adding that Y stressed …": Y's own, found next
  const at = toks.findIndex((t, n) => n > from && t.lower === 'that');
  const nested = r.persons.find((m) => m.i === at + 1 && !m.poss);
  const verbAt = nested ? subjectEnd(toks, nested.j - 1) + 1 : -1;
  if (nested && (speechVerbAt(toks, verbAt) || positionVerbAt(toks, verbAt))) r.lastEnd = at;
  else {
    const second = cleanPosition(text.slice(toks[at + 1]?.start ?? s.end, s.end));
    if (contentWords(second) >= 3) r.push(subj.person!, second, 'statement.said-after', subj.by);
  }
  return true;
}

/** "X stating during his meeting with Y that …": the clause after a "that" past the scene-setting words, or null */
function thatAfter(toks: Token[], from: number): number | null {
  // not "said, in a speech that ran long" (a relative "that")
  const that = toks.findIndex((t, n) => n >= from && n < from + 14 && t.lower === 'that' && !t.quoted);
  if (that < 0) return null;
  const w = toks[that - 1]!;
  const lex = lexicon();
  if (w.word && !w.cap && !lex.titleWords.has(w.lower) && !lex.grammar.beforeThat.has(w.lower)) return null;
  return that + 1 < toks.length ? that + 1 : null;
}

/** Where a reported clause from `from` ends: ", while Y said …", "; …", ", and expressed …", ", and that …". */
function clauseEnd(r: Reading, from: number): { stop: number; next: { at: number; that: boolean } | null } {
  const toks = r.toks;
  for (let n: number = from + 1; n < toks.length; n++) {
    const t = toks[n]!;
    // '… “without delay,” while Y said …': the comma inside the closing quotation ends the clause too
    if (
      /^(while|whereas)$/.test(t.lower) &&
      !t.quoted &&
      /[”"]/.test(toks[n - 1]?.text ?? '') &&
      toks[n - 2]?.text === ','
    )
      return { stop: n - 2, next: null };
    if (t.quoted) continue;
    // ", as the two leaders met …": a clause of circumstance, not what was said
    const nx = toks[n + 1];
    if (
      t.text === ';' ||
      (t.text === ',' &&
        (/^(while|whereas)$/.test(nx?.lower ?? '') ||
          (nx?.lower === 'as' &&
            toks[n + 2] !== undefined &&
            !/^(well|much|many|long|soon|part)$/.test(toks[n + 2]!.lower))))
    )
      return { stop: n, next: null };
    if ((t.lower === 'and' || (t.lower === 'but' && toks[n - 1]?.text === ',')) && n > from + 2) {
      let w: number = n + 1;
      while (w < toks.length && /^(also|then|later|further)$/.test(toks[w]!.lower)) w++;
      const stop = toks[n - 1]!.text === ',' ? n - 1 : n;
      if (toks[w]?.lower === 'that' && !toks[w]!.quoted) return { stop, next: { at: w, that: true } };
      if ((speechVerbAt(toks, w) || positionVerbAt(toks, w)) && !r.persons.some((m) => m.j === n))
        return { stop, next: { at: w, that: false } };
    }
  }
  return { stop: toks.length, next: null };
}

/** The clause after the verb at `c`, from `from` to `stop`, without a time before it or a tail after it. */
function clauseText(r: Reading, from: number, stop: number): string {
  const { toks, text, s } = r;
  let rest = text.slice(toks[from]!.start, stop < toks.length ? toks[stop]!.start : s.end);
  const t = time().exec(rest);
  if (t) rest = rest.slice(t[0].length);
  return trim(rest);
}

/** "X said A, and that B": the second position of one verb, and where it ends. */
function secondClause(
  r: Reading,
  c: VerbSite,
  at: number,
  speaker: string,
  by: FoundStatement['by'],
): FoundStatement | null {
  const { toks, text, s } = r;
  const end2 = toks.findIndex(
    (t, n) => n > at && (t.text === ';' || (t.text === ',' && /^(while|whereas)$/.test(toks[n + 1]?.lower ?? ''))),
  );
  r.lastEnd = end2 >= 0 ? end2 : toks.length;
  const second = cleanPosition(text.slice(toks[at + 1]?.start ?? s.end, end2 >= 0 ? toks[end2]!.start : s.end));
  return contentWords(second) >= 3 ? { speaker, position: second, rule: verbRule(c.lemma), by } : null;
}

/** Reads the verb at token k: the statements its clause reports, if any. */
function readVerb(r: Reading, k: number): void {
  const lex = lexicon();
  const { toks, text, s } = r;
  const c = siteAt(r, k);
  if (!c) return;
  const subj = subjectOf(c);
  if (!subj || notPosition('verb', c)) return;
  let from = clauseStart(c);
  if (from === null || clauseBefore(r, subj, from) || from >= toks.length) return;
  const restText = text.slice(toks[from]!.start, s.end);
  // "pledged to send aid", "vowed to respond": an infinitive is the position, not "said to reporters"
  const infinitive =
    (lex.keepVerb.has(c.lemma) &&
      /^to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b)\p{Ll}+/u.test(
        restText.replace(time(), ''),
      )) ||
    // "called on the nations to respond …", "called upon X to …"
    (c.lemma === 'call' && /^(?:on|upon)\s/i.test(restText));
  if (notPosition('clause', c, from, restText)) {
    // "X spoke of a crisis and said …": the act states nothing, the verb after "and" is still X's
    const { next } = clauseEnd(r, from);
    if (next && !next.that) [r.lastEnd, r.carry] = [next.at - 1, { speaker: subj.person!, at: next.at }];
    return;
  }
  if (!infinitive && lex.grammar.notClause.test(restText.replace(time(), ''))) from = thatAfter(toks, from);
  if (from === null) return;
  const { stop, next } = clauseEnd(r, from);
  const a = toks[from]!.start;
  const rest = clauseText(r, from, stop);
  const verbText = toks
    .slice(k, k + c.v)
    .map((t) => t.text)
    .join(' ');
  const keep = lex.keepVerb.has(c.lemma) && toks[from]?.lower !== 'that';
  const position = cleanPosition(keep ? `${verbText} ${rest}` : rest);
  // one reported statement per clause; a clause after "while", ";" or "and VERB" is read on its own
  r.lastEnd = next && !next.that ? next.at - 1 : stop < toks.length ? stop : toks.length;
  r.carry = next && !next.that ? { speaker: subj.person!, at: next.at } : null;
  const second = next?.that ? secondClause(r, c, next.at, subj.person!, subj.by) : null;
  if (contentWords(position) >= 3 && !isNotPosition(c.lemma, `${verbText} ${rest.replace(/\s+/g, ' ').trim()}`)) {
    // "A and his counterpart B agreed to …": both said it
    const co = lex.joint.lemmas.has(c.lemma) && subj.person !== PAIR_SPEAKER ? coPerson(toks, r.persons, subj.i) : null;
    // a quotation attributed elsewhere is not the subject's position
    const quoted =
      /^[“"]/.test(text.slice(a).trimStart()) &&
      !lex.keepVerb.has(c.lemma) &&
      /[”"]\s*[,.]?\s*$/.test(text.slice(a, s.end));
    for (const sp of co && co !== subj.person ? [co, subj.person!] : [subj.person!])
      r.push(sp, position, quoted ? 'statement.said-quote' : verbRule(c.lemma), subj.by);
  }
  if (second) r.out.push(second);
}

/** "According to X, CLAUSE." */
function accordingTo(r: Reading): void {
  const { toks, s, text } = r;
  const acc = /^According to\b/i.test(s.text) ? toks.findIndex((t, n) => n > 2 && n < 14 && t.text === ',') : -1;
  if (acc <= 0) return;
  const src = r.persons.filter((m) => m.i >= 2 && m.j <= acc).pop();
  const position = cleanPosition(text.slice(toks[acc + 1]?.start ?? s.end, s.end));
  if (src && contentWords(position) >= 3)
    r.push(src.person!, position, 'statement.according-to', 'sentence.according-to');
}

/** "CLAUSE, Lavrov noted." */
function clauseNoted(r: Reading): void {
  const s = r.s;
  const m = lexicon().clauseEnd.exec(s.text);
  if (!m) return;
  const at = s.start + m[1]!.length;
  const subj = r.persons.find(
    (x) => !x.poss && x.start >= at && x.start <= at + 4 + m[2]!.length && x.end <= at + 2 + m[2]!.length + 2,
  );
  if (!subj) return;
  const position = cleanPosition(m[1]!);
  if (contentWords(position) >= 3 && !pointsBack(position) && !r.readoutOfOther(m[1]!, position))
    for (const p of turned(m[1]!, position)) r.push(subj.person!, p, 'statement.said-after', 'sentence.clause-noted');
}

/** "CLAUSE, says Ruiz at the trade institute.": the verb before the speaker, a tail after the name allowed */
function clauseSaysName(r: Reading): void {
  const { toks, s, text } = r;
  for (let c = toks.length - 3; c >= 4; c--) {
    if (toks[c]!.text !== ',' || speechVerbAt(toks, c + 1) !== 1 || /ing$/.test(toks[c + 1]!.lower)) continue;
    let n = c + 2;
    while (n < toks.length && n < c + 8 && !r.persons.some((m) => m.i === n) && titleish(toks[n]!)) n++;
    const subj = r.persons.find((m) => m.i === n && !m.poss && m.kind === 'name');
    const clause = text.slice(s.start, toks[c]!.start);
    if (!subj || /[“”"]/.test(clause)) return;
    const position = cleanPosition(clause);
    if (contentWords(position) >= 3 && !pointsBack(position))
      r.push(subj.person!, position, 'statement.said-after', 'sentence.clause-says-name');
    return;
  }
}

export interface SentenceRow {
  id: 'sentence.according-to' | 'sentence.clause-noted' | 'sentence.clause-says-name';
  example: string;
  read: (r: Reading) => void;
}

/** The sentence's own shapes, read in order while no verb has given a statement. */
export const SENTENCE_RULES: readonly SentenceRow[] = [
  { id: 'sentence.according-to', example: 'According to Ruiz, the port will reopen in May.', read: accordingTo },
  {
    id: 'sentence.clause-noted',
    example: 'The port will reopen in May once repairs end, Ruiz noted.',
    read: clauseNoted,
  },
  {
    id: 'sentence.clause-says-name',
    example: 'A common debt may lower the bar next time, says Ana Ruiz at the trade institute.',
    read: clauseSaysName,
  },
];

export function findStatements(s: Sentence, mentions: Mention[], text: string): FoundStatement[] {
  // a headline or caption line ("Minister X says talks to resume") repeats the body in short: no statement of its own
  if (!/[.!?…:;"”’')\]]\s*$/.test(s.text)) return [];
  // a question ("Ruiz mentioned the port, did you answer that?") asks about a position, it puts none forward
  if (/\?[”"’')\]]*\s*$/.test(s.text)) return [];
  const r = new Reading(s, mentions, text);
  for (let k = 0; k < r.toks.length; k++) readVerb(r, k);
  for (const row of SENTENCE_RULES) if (r.out.length === 0) row.read(r);
  return r.out;
}
