import { lexicon } from '../data.js';
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

export function parseRole(role: string): RoleInfo {
  const lex = lexicon();
  const low = ` ${norm(role.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')))
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')} `;
  let rank = 0;
  let diplomat = /\b(diplomat|diplomacy|foreign|envoy|ambassador)/.test(low);
  for (const [phrase, t] of lex.titleByPhrase) {
    if (t.honorific) continue;
    const at = low.indexOf(` ${phrase} `);
    // "deputy foreign minister" has the rank of its own entry, not of "foreign minister"
    if (
      at >= 0 &&
      /\b(?:deputy|vice|assistant|under|junior|acting)\s*$/.test(low.slice(0, at)) &&
      !/^(?:deputy|vice|assistant|under|junior|acting)\b/.test(phrase)
    ) {
      // … but a deputy envoy is still a diplomat
      if (t.diplomat) diplomat = true;
      continue;
    }
    if (at >= 0) {
      rank = Math.max(rank, t.rank);
      if (t.diplomat) diplomat = true;
    }
  }
  let rankWord: string | null = null;
  for (const [w, r] of lex.rankWords) if (low.includes(` ${w} `)) rankWord = r;
  if (rankWord === 'top') rank = Math.max(rank, 99);
  // the country the role serves: a country word before the title head ("US Secretary of State",
  // "China's top diplomat"), else one after it that is not the place of a posting ("Ambassador to China")
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
  // "Kremlin spokesman", "State Department spokesman": the country of the institution
  if (!country) {
    for (const [alias, org] of lex.orgByAlias) {
      if (org.country && org.kind !== 'medium' && alias.length > 3 && low.includes(` ${alias} `)) {
        country = org.country;
        break;
      }
    }
  }
  return { country, rank, diplomat, rankWord };
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
}

const DETERMINERS = new Set(['the', 'a', 'an', 'mr', 'ms', 'mrs', 'madam']);

/** Descriptors in a sentence's tokens (outside quotes or not: the caller decides). */
export function findDescriptors(tokens: Token[], headline = false): Descriptor[] {
  const lex = lexicon();
  const out: Descriptor[] = [];
  // a headline drops its article: "AU Commission chief meets …" reads as "The AU Commission chief meets …"
  for (let i = headline && tokens[0]?.cap && !DETERMINERS.has(tokens[0].lower) ? -1 : 0; i < tokens.length; i++) {
    const d = tokens[i] ?? { lower: 'the', poss: false, text: 'The' };
    const det = d.lower.replace(/\.$/, '');
    const possCountry = d.poss && lex.countryByWord.has(d.lower) ? lex.countryByWord.get(d.lower)! : null;
    if (!DETERMINERS.has(det) && !possCountry) continue;
    let m = i + 1;
    if (tokens[m]?.text === '.') m++;
    let country = possCountry;
    let rankWord: string | null = null;
    const words: string[] = [];
    for (let steps = 0; m < tokens.length && steps < 7; m++, steps++) {
      const t = tokens[m]!;
      if (!t.word) break;
      const w = t.lower;
      if (lex.documents.has(w) && steps === 0 && det === 'the') {
        out.push({
          i: Math.max(i, 0),
          j: m + 1,
          head: w,
          phrase: w,
          country: null,
          rankWord: null,
          indefinite: false,
          side: false,
          document: true,
        });
        break;
      }
      if (w === 'side' && country && steps <= 2) {
        out.push({
          i: Math.max(i, 0),
          j: m + 1,
          head: 'side',
          phrase: words.concat(w).join(' '),
          country,
          rankWord: null,
          indefinite: false,
          side: true,
          document: false,
        });
        break;
      }
      const code = lex.countryByWord.get(w);
      if (code && !t.poss) {
        country ??= code;
        words.push(w);
        continue;
      }
      // "chief" ranks a title after it ("chief diplomat") and is the title itself at the end ("the Commission chief")
      const headHere =
        isTitleWord(t) &&
        !(
          tokens[m + 1] !== undefined &&
          tokens[m + 1]!.word &&
          (isTitleWord(tokens[m + 1]!) || lex.titleWords.has(tokens[m + 1]!.lower))
        );
      if (lex.rankWords.has(w) && !headHere) {
        rankWord = lex.rankWords.get(w)!;
        words.push(w);
        continue;
      }
      if (isTitleWord(t) && !(t.cap && m + 1 < tokens.length && isNameToken(tokens[m + 1]!))) {
        let end = m + 1;
        // "the head of state", "the head of government": the leader
        const headOfState =
          w === 'head' && tokens[end]?.lower === 'of' && ['state', 'government'].includes(tokens[end + 1]?.lower ?? '');
        // "secretary of state", "head of Chinese diplomacy"
        if (tokens[end]?.lower === 'of' && tokens[end + 1]) {
          const n = tokens[end + 1]!;
          const c2 = lex.countryByWord.get(n.lower);
          if (n.lower === 'state' || n.lower === 'defense' || n.lower === 'defence' || headOfState) end += 2;
          else if (c2 && tokens[end + 2]?.lower === 'diplomacy') {
            country ??= c2;
            rankWord = 'top';
            words.push('diplomat');
            end += 3;
          }
        }
        // a title followed by a name is a role, not a stand-in for one
        if (tokens[end] && isNameToken(tokens[end]!)) break;
        if (tokens[end]?.text === ',' && tokens[end + 1] && isNameToken(tokens[end + 1]!)) break;
        // "the Minister of Foreign Affairs of the Kingdom of Thailand, H.E. X": a long title before its name
        if (titleBeforeName(tokens, end)) break;
        words.push(w);
        const head = words.includes('diplomat') && w === 'head' ? 'diplomat' : headOfState ? 'leader' : w;
        out.push({
          i: Math.max(i, 0),
          j: end,
          head,
          phrase: words.join(' '),
          country,
          rankWord,
          indefinite: det === 'a' || det === 'an',
          side: false,
          document: false,
        });
        break;
      }
      if (lex.titleWords.has(w) || (t.cap && !isNameToken(t)) || w === 'diplomatic' || w === 'foreign-policy') {
        words.push(w);
        continue;
      }
      break;
    }
  }
  return out;
}

/** Whether the words from k continue a title ("of the Kingdom of X", "and Minister of …") up to ", [forms of address] NAME". */
function titleBeforeName(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  const honorific = (t: Token) =>
    (lex.titleByPhrase.get(t.lower) ?? lex.titleByPhrase.get(t.lower.replace(/\.$/, '')))?.honorific === true;
  for (let m = k; m < tokens.length && m < k + 16; m++) {
    const t = tokens[m]!;
    if (t.text === ',') {
      let n = m + 1;
      while (n < tokens.length && (honorific(tokens[n]!) || tokens[n]!.text === "'" || tokens[n]!.text === '’')) n++;
      return (
        tokens[n] !== undefined &&
        isNameToken(tokens[n]!) &&
        (n > m + 1 || (tokens[n + 1] !== undefined && (isNameToken(tokens[n + 1]!) || honorific(tokens[n + 1]!))))
      );
    }
    if (!t.word) return false;
    if (!(
      t.lower === 'of' ||
      t.lower === 'the' ||
      t.lower === 'and' ||
      t.lower === 'for' ||
      t.lower === 'on' ||
      t.lower === 'to' ||
      (t.cap && !isNameToken(t)) ||
      lex.titleWords.has(t.lower) ||
      lex.countryByWord.has(t.lower)
    ))
      return false;
  }
  return false;
}
