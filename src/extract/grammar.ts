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
 * - `countryPhraseAt(toks, i)`, `countryPhraseEndingAt(toks, k)`: a country's name or demonym of several words.
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
  return (
    lex.heads.has(w) ||
    lex.titleByPhrase.has(w) ||
    lex.titleByPhrase.has(w + '.') ||
    pluralTitle(t) ||
    // "Ambassador-designate", "Governor-elect": a head named before taking office
    lex.heads.has(/^(.+)-(?:designate|elect)$/.exec(w)?.[1] ?? '')
  );
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

/** the words that may join the words of a country's name ("Trinidad and Tobago", "Saint Vincent and the Grenadines") */
const COUNTRY_JOINERS = new Set(['and', 'the', 'of']);

/**
 * "Sri Lankan", "Papua New Guinea's", "Saint Vincent and the Grenadines": how many tokens from i (two to five) are the
 * name, demonym or capital of a country of several words, or 0. Its words are a place, never a person's name, even
 * where one alone is no country word ("Lankan") or is a form of address ("Sri").
 */
export function countryPhraseAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first?.cap || !first.word) return 0;
  const lex = lexicon();
  for (let n = Math.min(5, tokens.length - i); n >= 2; n--) {
    const ws = tokens.slice(i, i + n);
    const ok = ws.every(
      (t, k) => t.word && (k === n - 1 || !t.poss) && (t.cap || (k > 0 && k < n - 1 && COUNTRY_JOINERS.has(t.lower))),
    );
    if (!ok) continue;
    const key = ws.map((t) => t.lower).join(' ');
    if (lex.countryByWord.has(key) || lex.capitals.has(key)) return n;
  }
  return 0;
}

/** How many tokens ending at k are a country phrase of several words (`countryPhraseAt`), or 0. */
export function countryPhraseEndingAt(tokens: Token[], k: number): number {
  for (let n = 5; n >= 2; n--) if (k - n + 1 >= 0 && countryPhraseAt(tokens, k - n + 1) === n) return n;
  return 0;
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
