import type { Evidence } from '../model.js';
import { lexicon } from '../knowledge/index.js';
import type { Mention } from './people/index.js';
import type { RuleId } from './rules.js';
import type { Sentence, Token } from './text.js';

/**
 * Grammar shared by the fact kinds: title words, the people a phrase joins or points back to, and
 * the evidence a fact keeps. Every function reads tokens of one sentence (`Sentence.tokens`) and,
 * where people matter, the sentence's mentions (`People.mentions`); none keeps state.
 *
 * - `evidenceOf(s, rule, confidence)`: the Evidence of a fact found in sentence `s`.
 * - `isTitleWord(t)`, `pluralTitle(t)`, `isHonorific(t)`: title words of data/titles.json.
 * - `titleish(t)`: a word that may stand inside a title phrase before a name.
 * - `titlePhraseStart(toks, k)`: where the title phrase ending at token k starts.
 * - `coordinatedBefore(toks, ms, i)`: "A and his counterpart B": A, for the mention B at token i.
 * - `coordinatedSubjects(toks, ms, m)`: "A, B and C": A, B and C, for the mention C.
 * - `pairPhraseEndsAt(toks, b)`: whether "the two sides", "both leaders", "the ministers" ends at token b.
 */

/** The evidence of a fact found in sentence `s` by `rule`. */
export function evidenceOf(s: Sentence, rule: RuleId, confidence: number): Evidence {
  return { sentence: s.text, start: s.start, end: s.end, rule, confidence };
}

/** A title's word ("minister", "President", "Amb."), a head noun of titles, or a plural title ("Presidents"). */
export function isTitleWord(t: Token): boolean {
  const lex = lexicon();
  const w = t.lower.replace(/\.$/, '');
  return lex.heads.has(w) || lex.titleByPhrase.has(w) || lex.titleByPhrase.has(w + '.') || pluralTitle(t);
}

/** "Presidents A and B", "Foreign Ministers A and B": the plural of a title's head word */
export function pluralTitle(t: Token): boolean {
  if (!t.cap || !/s$/.test(t.lower) || t.lower.length < 5) return false;
  const lex = lexicon();
  const one = t.lower.endsWith('ies') ? t.lower.slice(0, -3) + 'y' : t.lower.slice(0, -1);
  const e = lex.titleByPhrase.get(one);
  return lex.heads.has(one) && (e === undefined || !e.honorific);
}

/** A form of address that stands before a name and is no role: "H.E.", "Dato'", "Haji". */
export function isHonorific(t: Token): boolean {
  const lex = lexicon();
  return (lex.titleByPhrase.get(t.lower) ?? lex.titleByPhrase.get(t.lower.replace(/\.$/, '')))?.honorific === true;
}

/** A word that may stand inside a title phrase before a name: "the US diplomatic spokesman", "Minister of State". */
export function titleish(t: Token): boolean {
  const lex = lexicon();
  return (
    t.cap ||
    lex.titleWords.has(t.lower) ||
    lex.countryByWord.has(t.lower) ||
    t.lower === 'diplomatic' ||
    t.lower === 'the' ||
    t.lower === 'of'
  );
}

/**
 * The first token of the phrase of titles, country words, capitalised words and "his / her / the /
 * of" that ends at token k ("his Russian counterpart" before "B"); k + 1 when there is none. An
 * "and" always ends it.
 */
export function titlePhraseStart(toks: Token[], k: number): number {
  const lex = lexicon();
  while (
    k >= 0 &&
    toks[k]!.lower !== 'and' &&
    (toks[k]!.cap ||
      lex.titleWords.has(toks[k]!.lower) ||
      lex.countryByWord.has(toks[k]!.lower) ||
      /^(his|her|the|of)$/.test(toks[k]!.lower))
  )
    k--;
  return k + 1;
}

/**
 * "A and his Russian counterpart B", "she and President B": the mention of a person that "and" joins
 * to the mention starting at token i (over the title phrase before it), or undefined.
 */
export function coordinatedBefore(toks: Token[], ms: Mention[], i: number): Mention | undefined {
  const k = titlePhraseStart(toks, i - 1) - 1;
  if (toks[k]?.lower !== 'and') return undefined;
  return ms.find((m) => m.j === k && m.person !== null);
}

/**
 * "A, B and C agreed": the people of a coordinated subject that ends with `m`, in text order
 * (A, B, C); `[m]` alone when nothing is joined to it. Items before the last "and" are joined by
 * commas, each with its title phrase ("Ruritanian President A, Freedonian Premier B and C").
 */
export function coordinatedSubjects(toks: Token[], ms: Mention[], m: Mention): Mention[] {
  const out = [m];
  const co = coordinatedBefore(toks, ms, m.i);
  if (!co || co.person === m.person) return out;
  out.unshift(co);
  for (let c = co; ;) {
    const comma = titlePhraseStart(toks, c.i - 1) - 1;
    const prev = toks[comma]?.text === ',' ? ms.find((x) => x.j === comma && x.person !== null) : undefined;
    if (!prev || out.some((x) => x.person === prev.person)) break;
    out.unshift(prev);
    c = prev;
  }
  return out;
}

let pairPattern: RegExp | null = null;
/** "the two sides", "both leaders", "the two Asian ministers", "the ministers" ending at token b (data/grammar.json `pair`). */
export function pairPhraseEndsAt(toks: Token[], b: number): boolean {
  if (!pairPattern) {
    const { counted, bare } = lexicon().grammar.pair;
    pairPattern = new RegExp(
      `\\b(?:the two|both)(?: [a-z-]+){0,2} (?:${counted.join('|')})$|\\bthe (?:${bare.join('|')})$`,
    );
  }
  return pairPattern.test(
    toks
      .slice(Math.max(0, b - 3), b + 1)
      .map((t) => t.lower)
      .join(' '),
  );
}
