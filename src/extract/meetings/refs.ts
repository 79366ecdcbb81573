import { lexicon } from '../../knowledge/index.js';
import type { Token } from '../text.js';
import { meetingWords } from './words.js';

/**
 * Plural references and group subjects as the frame rules read them: "the two leaders", "both sides",
 * "the pair", "they" (whose people the report-level pass resolves, report.ts) and "EU leaders",
 * "the visiting delegation" (a group whose members the report names nearby).
 */

export interface PluralRef {
  /** how many people it names ("the three ministers"); null when it does not say ("they") */
  count: number | null;
  /** token index where the phrase starts */
  start: number;
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, both: 2 };

/** The plural reference whose last word is token b: "the two leaders", "both foreign ministers", "the pair", "they". */
export function pluralRefEndingAt(toks: Token[], b: number): PluralRef | null {
  const w = meetingWords();
  const t = toks[b];
  if (!t || t.quoted) return null;
  if (w.theyWords.has(t.lower)) return { count: null, start: b };
  if (w.pairWords.has(t.lower) && toks[b - 1]?.lower === 'the') return { count: 2, start: b - 1 };
  for (const head of w.pluralRefs) {
    const hs = b - head.length + 1;
    if (hs < 1 || !head.every((x, i) => toks[hs + i]?.lower === x)) continue;
    // "the two leftist presidents": up to two words between the number and the head
    for (let q = hs - 1; q >= 0 && q >= hs - 3; q--) {
      const n = COUNT[toks[q]!.lower];
      if (n && (toks[q]!.lower === 'both' || toks[q - 1]?.lower === 'the'))
        return { count: n, start: toks[q]!.lower === 'both' ? q : q - 1 };
      if (!toks[q]!.word) break;
    }
  }
  return null;
}

/** adverbs between a plural subject and its verb: "the two leaders last met", "they had already met" */
const ADVERB = /^(?:last|also|first|previously|had|have|already|once|then|later|briefly|not|jointly|both|again)$/;

/** The plural reference that is the subject of the verb at k ("the two leaders last met"), or null. */
export function pluralSubject(toks: Token[], k: number): PluralRef | null {
  let b = k - 1;
  while (b >= 0 && ADVERB.test(toks[b]!.lower)) b--;
  return pluralRefEndingAt(toks, b);
}

export interface GroupSubject {
  count: number | null;
  /** the country its qualifier names ("Chinese officials"), or null ("EU leaders") */
  country: string | null;
  start: number;
}

/**
 * "EU leaders met B", "the visiting Chinese delegation held talks with B": a group noun right before the verb
 * (adverbs aside), with its qualifiers, and no person named in it.
 */
export function groupSubject(toks: Token[], k: number): GroupSubject | null {
  const w = meetingWords();
  const lex = lexicon();
  let b = k - 1;
  while (b >= 0 && ADVERB.test(toks[b]!.lower)) b--;
  const head = toks[b];
  if (!head || head.cap || !w.groupHeads.has(head.lower)) return null;
  let count: number | null = null;
  let country: string | null = null;
  let q = b - 1;
  for (; q >= 0 && q >= b - 4; q--) {
    const x = toks[q]!;
    if (!x.word || x.lower === 'and' || x.poss) break;
    const n = lex.numbers.get(x.lower);
    if (n && n > 1) count = n;
    else if (lex.countryByWord.has(x.lower)) country ??= lex.countryByWord.get(x.lower)!;
    else if (!x.cap && !/^(?:the|visiting|senior|top|foreign|defence|defense|trade|finance|regional)$/.test(x.lower))
      break;
  }
  // a qualifier is needed: "EU leaders", "the delegation"; "leaders" alone is too loose
  if (q === b - 1 && head.lower !== 'delegation') return null;
  return { count, country, start: q + 1 };
}

export interface CountryGroup {
  /** how many members: the number it says ("the five states"), else the countries it lists */
  count: number;
  /** the countries it lists ("the presidents of A, B and C"); empty when it names none ("the heads of the five X states") */
  countries: string[];
  start: number;
  /** token index after the phrase */
  end: number;
}

/** words of the country part of a group phrase besides country names: "of the five Central Asian states" */
const GROUP_OF_WORD = /^(?:the|and|,|states|countries|nations|member|members|republics|kingdoms)$/;

/**
 * "the presidents of A, B, C and D", "the leaders from A and B", "the heads of the five Central Asian states": a plural head of
 * data/meeting-triggers.json `groupOf`, "of", and countries or a number of states, starting at token h; null
 * when there is none or it names fewer than two.
 */
export function countryGroupAt(toks: Token[], h: number): CountryGroup | null {
  const w = meetingWords();
  const lex = lexicon();
  const head = w.groupOf
    .filter((g) => g.every((x, i) => toks[h + i]?.lower === x && !toks[h + i]!.quoted))
    .sort((a, b) => b.length - a.length)[0];
  if (!head || !/^(?:of|from)$/.test(toks[h + head.length]?.lower ?? '')) return null;
  const countries: string[] = [];
  let count = 0;
  let q = h + head.length + 1;
  while (q < toks.length && q - h < 30) {
    const t = toks[q]!;
    const two = lex.countryByWord.get(`${t.lower} ${toks[q + 1]?.lower ?? ''}`);
    const one = lex.countryByWord.get(t.lower);
    const n = lex.numbers.get(t.lower);
    if (two || one) {
      const c = (two ?? one)!;
      if (!countries.includes(c)) countries.push(c);
      q += two ? 2 : 1;
      continue;
    }
    if (n && n > 1) count = n;
    else if (!(GROUP_OF_WORD.test(t.lower) || GROUP_OF_WORD.test(t.text) || (t.cap && t.word && !t.poss))) break;
    q++;
  }
  while (q > h && /^(?:,|and|the)$/.test(toks[q - 1]!.lower)) q--;
  count ||= countries.length;
  return count >= 2 ? { count, countries, start: h, end: q } : null;
}

/**
 * "the Chinese and Japanese leaders", "the Kenyan, Ugandan and Tanzanian presidents": two or more countries
 * joined by commas and "and", then a plural head of data/meeting-triggers.json `groupOf`,
 * starting at token h; null when there is none.
 */
export function demonymGroupAt(toks: Token[], h: number): CountryGroup | null {
  const lex = lexicon();
  const countries: string[] = [];
  let q = h;
  while (q < toks.length && q - h < 16) {
    const t = toks[q]!;
    if (t.quoted) return null;
    const two = lex.countryByWord.get(`${t.lower} ${toks[q + 1]?.lower ?? ''}`);
    const one = lex.countryByWord.get(t.lower);
    if ((two || one) && !t.poss) {
      const c = (two ?? one)!;
      if (!countries.includes(c)) countries.push(c);
      q += two ? 2 : 1;
      continue;
    }
    if (countries.length && (t.text === ',' || t.lower === 'and')) {
      q++;
      continue;
    }
    break;
  }
  if (countries.length < 2) return null;
  const heads = meetingWords()
    .groupOf.filter((g) => g.length === 1)
    .map((g) => g[0]!);
  const head = toks[q]?.lower ?? '';
  // not "his Korean and Japanese counterparts": whether those are people the report names, the words do not say
  return heads.includes(head) ? { count: countries.length, countries, start: h, end: q + 1 } : null;
}
