import { lexicon } from '../../knowledge/index.js';
import { countryPhraseAt, isHonorific } from '../grammar.js';
import type { Token } from '../text.js';
import { isNameToken, isTitleWord } from './find.js';

/** What a title phrase tells about a person: country, seniority, whether a diplomat. */
export interface RoleInfo {
  country: string | null;
  rank: number;
  diplomat: boolean;
  /** "top", "senior" … from "top Japanese diplomat", "highest-ranking diplomat" */
  rankWord: string | null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, "'");

/** The seniority and diplomacy a role's title phrases tell ("deputy foreign minister": its own entry's rank). */
function rankOf(low: string): { rank: number; diplomat: boolean } {
  const lex = lexicon();
  let rank = 0;
  let diplomat = /\b(diplomat|diplomacy|foreign|envoy|ambassador)/.test(low);
  for (const [phrase, t] of lex.titleByPhrase) {
    if (t.honorific) continue;
    const at = low.indexOf(` ${phrase} `);
    if (at < 0) continue;
    // "deputy foreign minister" has the rank of its own entry, not of "foreign minister"
    if (lex.deputyBefore.test(low.slice(0, at)) && !lex.deputyStart.test(phrase)) {
      // … but a deputy envoy is still a diplomat
      if (t.diplomat) diplomat = true;
      continue;
    }
    rank = Math.max(rank, t.rank);
    if (t.diplomat) diplomat = true;
  }
  return { rank, diplomat };
}

/**
 * The country a role serves: a country word before the title head ("US Secretary of State", "China's top
 * diplomat"), else one after it that is not the place of a posting ("Ambassador to China"), else the
 * country of an institution it names ("Kremlin spokesman").
 */
function countryOf(low: string): string | null {
  const lex = lexicon();
  const words = low.trim().split(' ');
  let country: string | null = null;
  let headSeen = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const two = `${w} ${words[k + 1] ?? ''}`;
    const code = lex.countryByWord.get(two) ?? lex.countryByWord.get(w);
    if (lex.heads.has(w)) headSeen = true;
    if (code && !(headSeen && (words[k - 1] === 'to' || words[k - 2] === 'to'))) {
      if (!headSeen || country === null) country = country ?? code;
      if (!headSeen) break;
    }
  }
  if (country) return country;
  for (const [alias, org] of lex.orgByAlias)
    if (org.country && org.kind !== 'medium' && alias.length > 3 && low.includes(` ${alias} `)) return org.country;
  return null;
}

export function parseRole(role: string): RoleInfo {
  const lex = lexicon();
  const low = ` ${norm(role.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')))
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')} `;
  const { rank: titled, diplomat } = rankOf(low);
  let rank = titled;
  let rankWord: string | null = null;
  for (const [w, r] of lex.rankWords) if (low.includes(` ${w} `)) rankWord = r;
  if (rankWord === 'top') rank = Math.max(rank, 99);
  return { country: countryOf(low), rank, diplomat, rankWord };
}

/** A title used in place of a name: "the Secretary", "the top Japanese diplomat", "Russia's highest-ranking diplomat". */
export interface Descriptor {
  i: number;
  j: number;
  /** the head noun: secretary, minister, diplomat … */
  head: string;
  /** the phrase without its determiner, lower case ("top japanese diplomat") */
  phrase: string;
  country: string | null;
  rankWord: string | null;
  indefinite: boolean;
  /** "the Chinese side" */
  side: boolean;
  /** "the statement said" */
  document: boolean;
  /** "the visiting minister": the report's guest, not a person named beside it */
  guest?: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'mr', 'ms', 'mrs', 'madam']);

/** What a descriptor's scan has read so far. */
interface Scan {
  tokens: Token[];
  /** where the descriptor starts (the determiner, or 0 in a headline without one) */
  i: number;
  det: string;
  country: string | null;
  rankWord: string | null;
  words: string[];
  guest?: boolean;
}

const descriptor = (c: Scan, j: number, head: string, extra: Partial<Descriptor> = {}): Descriptor => ({
  i: Math.max(c.i, 0),
  j,
  head,
  phrase: c.words.join(' '),
  country: c.country,
  rankWord: c.rankWord,
  indefinite: false,
  side: false,
  document: false,
  ...(c.guest ? { guest: true } : {}),
  ...extra,
});

/**
 * The title head at token m and where its phrase ends ("the head of state", "secretary of state", "head of
 * Chinese diplomacy"), or null when a name follows: a title followed by a name is a role, not a stand-in.
 */
function headAt(c: Scan, m: number): Descriptor | null {
  const { tokens } = c;
  const w = tokens[m]!.lower;
  let end = m + 1;
  // "the head of state", "the head of government": the leader
  const headOfState =
    w === 'head' && tokens[end]?.lower === 'of' && ['state', 'government'].includes(tokens[end + 1]?.lower ?? '');
  // "secretary of state", "head of Chinese diplomacy"
  if (tokens[end]?.lower === 'of' && tokens[end + 1]) {
    const n = tokens[end + 1]!;
    const c2 = lexicon().countryByWord.get(n.lower);
    if (n.lower === 'state' || n.lower === 'defense' || n.lower === 'defence' || headOfState) end += 2;
    else if (c2 && tokens[end + 2]?.lower === 'diplomacy') {
      c.country ??= c2;
      c.rankWord = 'top';
      c.words.push('diplomat');
      end += 3;
    }
  }
  if (tokens[end] && isNameToken(tokens[end]!)) return null;
  if (tokens[end]?.text === ',' && tokens[end + 1] && isNameToken(tokens[end + 1]!)) return null;
  // "the Minister of Foreign Affairs of the Kingdom of Thailand, H.E. X": a long title before its name
  if (titleBeforeName(tokens, end)) return null;
  c.words.push(w);
  const head = c.words.includes('diplomat') && w === 'head' ? 'diplomat' : headOfState ? 'leader' : w;
  return descriptor(c, end, head, { indefinite: c.det === 'a' || c.det === 'an' });
}

/** The descriptor opened by the determiner (or country possessive) at token i, or null. */
function descriptorAt(tokens: Token[], i: number, d: { lower: string; poss: boolean }): Descriptor | null {
  const lex = lexicon();
  const det = d.lower.replace(/\.$/, '');
  const possCountry = d.poss && lex.countryByWord.has(d.lower) ? lex.countryByWord.get(d.lower)! : null;
  if (!DETERMINERS.has(det) && !possCountry) return null;
  const c: Scan = { tokens, i, det, country: possCountry, rankWord: null, words: [] };
  let m = i + 1;
  if (tokens[m]?.text === '.') m++;
  for (let steps = 0; m < tokens.length && steps < 7; m++, steps++) {
    const t = tokens[m]!;
    if (!t.word) return null;
    const w = t.lower;
    // "the statement said"
    if (lex.documents.has(w) && steps === 0 && det === 'the')
      return descriptor(c, m + 1, w, { phrase: w, country: null, rankWord: null, document: true });
    // "the Chinese side"
    if (w === 'side' && c.country && steps <= 2)
      return descriptor(c, m + 1, 'side', { phrase: c.words.concat(w).join(' '), rankWord: null, side: true });
    // "the Sri Lankan side", "the New Zealand minister": a country phrase of several words
    const n = countryPhraseAt(tokens, m);
    const phrase = n > 0 ? tokens.slice(m, m + n) : [t];
    const code = lex.countryByWord.get(phrase.map((u) => u.lower).join(' '));
    if (code && !phrase[phrase.length - 1]!.poss) {
      c.country ??= code;
      c.words.push(...phrase.map((u) => u.lower));
      m += phrase.length - 1;
      continue;
    }
    // "chief" ranks a title after it ("chief diplomat") and is the title itself at the end ("the Commission chief")
    const next = tokens[m + 1];
    const headHere =
      isTitleWord(t) && !(next !== undefined && next.word && (isTitleWord(next) || lex.titleWords.has(next.lower)));
    // "the 93-year-old monarch": an age says nothing of the role
    if (/^\d+-year-old$/.test(w)) continue;
    // "the visiting minister": a guest modifier, before the title or its country
    if (lex.grammar.guestModifiers.has(w) && !t.cap) {
      c.guest = true;
      continue;
    }
    if (lex.rankWords.has(w) && !headHere) {
      c.rankWord = lex.rankWords.get(w)!;
      c.words.push(w);
      continue;
    }
    if (isTitleWord(t) && !(t.cap && m + 1 < tokens.length && isNameToken(tokens[m + 1]!))) return headAt(c, m);
    if (lex.titleWords.has(w) || (t.cap && !isNameToken(t)) || w === 'diplomatic' || w === 'foreign-policy') {
      c.words.push(w);
      continue;
    }
    return null;
  }
  return null;
}

/** Descriptors in a sentence's tokens (outside quotes or not: the caller decides). */
export function findDescriptors(tokens: Token[], headline = false): Descriptor[] {
  const out: Descriptor[] = [];
  // a headline drops its article: "AU Commission chief meets …" reads as "The AU Commission chief meets …"
  for (let i = headline && tokens[0]?.cap && !DETERMINERS.has(tokens[0].lower) ? -1 : 0; i < tokens.length; i++) {
    const found = descriptorAt(tokens, i, tokens[i] ?? { lower: 'the', poss: false });
    if (found) out.push(found);
  }
  return out;
}

/** Whether the words from k continue a title ("of the Kingdom of X", "and Minister of …") up to ", [forms of address] NAME". */
function titleBeforeName(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  for (let m = k; m < tokens.length && m < k + 16; m++) {
    const t = tokens[m]!;
    if (t.text === ',') {
      let n = m + 1;
      while (n < tokens.length && (isHonorific(tokens[n]!) || tokens[n]!.text === "'" || tokens[n]!.text === '’')) n++;
      return (
        tokens[n] !== undefined &&
        isNameToken(tokens[n]!) &&
        (n > m + 1 || (tokens[n + 1] !== undefined && (isNameToken(tokens[n + 1]!) || isHonorific(tokens[n + 1]!))))
      );
    }
    if (!t.word) return false;
    if (!(
      lex.grammar.titleConnectors.has(t.lower) ||
      (t.cap && !isNameToken(t)) ||
      lex.titleWords.has(t.lower) ||
      lex.countryByWord.has(t.lower)
    ))
      return false;
  }
  return false;
}
