import { lexicon } from '../knowledge/index.js';
import type { Token } from './text.js';

/** Length in tokens (1 or 2) of a speech verb starting at k ("said", "pointed out"), else 0. */
export function speechVerbAt(toks: Token[], k: number): number {
  const lex = lexicon();
  const t = toks[k];
  if (!t || !t.word || t.quoted) return 0;
  const two = toks[k + 1] ? `${t.lower} ${toks[k + 1]!.lower}` : '';
  if (two && lex.speechVerb.has(two)) return 2;
  if (lex.speechVerb.has(t.lower) && !t.cap) return 1;
  if (lex.speechVerb.has(t.lower) && t.cap && k === 0) return 1;
  return 0;
}

/** Length of a verb that states a position ("invited", "made", "agreed") at k, else 0. */
export function positionVerbAt(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || !t.word || t.quoted || t.cap) return 0;
  return lexicon().positionVerb.has(t.lower) ? 1 : 0;
}

/** An adverb or auxiliary between a subject and its verb: "X also said", "X had earlier told" (data/grammar.json). */
export const isAdverb = (t: Token | undefined): boolean => t !== undefined && lexicon().grammar.adverbs.has(t.lower);

/** A word that opens a parenthetical between a subject and its verb: ", who …,", ", speaking in Delhi,", ", 45,". */
export const opensParenthetical = (word: string): boolean =>
  lexicon().grammar.parentheticalOpeners.has(word) || /^(?:\d+|[a-z]+ing)$/.test(word);

/** "on Monday", "yesterday": a weekday or a day named from today */
const isDayWord = (word: string) => lexicon().weekdays.has(word) || lexicon().relativeDays.has(word);

/**
 * The token a subject ends on, looking back from `b` (just before a verb) over adverbs, a day and a
 * relative clause: "Wang, who is also a member of the Politburo, said" -> "Wang".
 */
export function subjectEnd(toks: Token[], b: number): number {
  while (b >= 0 && isAdverb(toks[b])) b--;
  // "A and B on Thursday pledged", "X yesterday said"
  if (b >= 0 && isDayWord(toks[b]!.lower)) {
    b--;
    if (toks[b]?.lower === 'on') b--;
    while (b >= 0 && isAdverb(toks[b])) b--;
  }
  if (toks[b]?.text !== ',') return b;
  const lex = lexicon();
  for (let k = b - 1; k >= 1 && k > b - 25; k--) {
    if (toks[k]!.text === ',' && k < b - 1) {
      const w = toks[k + 1]!.lower;
      if (opensParenthetical(w) || toks[k + 2]?.text === ',') return k - 1;
      // "In his message, X, a close ally of Y, said": an apposition ends the search (appositionBefore reads it)
      if (lex.grammar.appositionOpeners.has(w) || lex.titleWords.has(w)) return b;
    }
  }
  return b;
}

/**
 * "X, a career diplomat who once led the office, said", "X, until recently the ambassador, said": when the
 * token `b` before a verb closes an apposition (a comma), the index of the comma that opens it (the subject
 * ends right before it), else -1. An apposition opens with a word of data/grammar.json `appositionOpeners`
 * or a title word. A comma inside it before a capitalised word is a name's ("head of the Monitoring,
 * Verification and Inspections Commission"); with `open`, the apposition may also be left open before the verb
 * ("X, head of the commission told …").
 */
export function appositionBefore(toks: Token[], b: number, open = false): number {
  const closed = toks[b]?.text === ',';
  // not a relative clause's verb: "B, who told him …"
  if (!closed && (!open || !toks[b]?.word || /^(?:who|whom|which|that)$/.test(toks[b].lower))) return -1;
  for (let c = b - (closed ? 2 : 1); c >= 1 && c > b - 25; c--) {
    if (toks[c]!.text !== ',' || toks[c + 1]?.cap) continue;
    return opensApposition(toks, c + 1) ? c : -1;
  }
  return -1;
}

/**
 * Whether an apposition opens at token k: a word of data/grammar.json `appositionOpeners` or a title word ("a
 * researcher", "director of …"), or up to three lower-case words before a title word ("international advocacy
 * director of …", "senior fellow at …").
 */
export function opensApposition(toks: Token[], k: number): boolean {
  const lex = lexicon();
  const w = toks[k]?.lower ?? '';
  if (lex.grammar.appositionOpeners.has(w) || lex.titleWords.has(w)) return true;
  for (let q = k; q < k + 4 && q < toks.length; q++) {
    const t = toks[q]!;
    if (!t.word || t.cap || t.quoted || lex.grammar.functionWords.has(t.lower)) return false;
    if (lex.titleWords.has(t.lower)) return q > k;
  }
  return false;
}

/** prepositions that open an adjunct between a subject and its verb ("after talks with X", "in a call to X") */
const ADJUNCT_PREPOSITION = /^(?:with|to|from|against|between|among|alongside)$/;

/** What `outsideAdjunct` needs of a mention. */
interface Named {
  i: number;
  j: number;
  poss: boolean;
  kind: string;
  person: string | null;
}

/**
 * "Putin after meeting with Zelenskyy told reporters …": a person named right before a verb inside a phrase a
 * preposition opens (its titles between) is no subject of that verb; the person named before the phrase, with
 * no punctuation and no reporting or position verb between, is. Returns that person, else `m`.
 */
export function outsideAdjunct<M extends Named>(toks: Token[], ms: M[], m: M): M {
  const titleWords = lexicon().titleWords;
  let p = m.i - 1;
  while (p > 0 && (toks[p]!.cap || titleWords.has(toks[p]!.lower)) && toks[p]!.word) p--;
  if (!ADJUNCT_PREPOSITION.test(toks[p]?.lower ?? '')) return m;
  const subject = ms.filter((x) => x.j <= p && x.person && !x.poss && x.kind !== 'org' && x.kind !== 'document').pop();
  if (!subject || ADJUNCT_PREPOSITION.test(toks[subject.i - 1]?.lower ?? '')) return m;
  const between = toks.slice(subject.j, p);
  const verb = (n: number) => speechVerbAt(toks, n) > 0 || positionVerbAt(toks, n) > 0;
  return between.length <= 6 && between.every((t, n) => t.word && !verb(subject.j + n)) ? subject : m;
}
