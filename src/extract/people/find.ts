import { lexicon } from '../data.js';
import type { Token } from '../text.js';
import { PARENTHETICAL } from '../verbs.js';

/**
 * Finds name runs: sequences of capitalised tokens that are not titles, places, months or other
 * words that never name a person ("Hakan Fidan", "Subrahmanyam Jaishankar", "Yoon Suk Yeol"), with
 * name particles inside ("Mohammed bin Salman"). Whether a run is a person is decided by the
 * evidence around it (see `evidence`), not by a list of names.
 */
export interface Run {
  /** token range [i, j) in the sentence */
  i: number;
  j: number;
  /** the name as written, possessive removed */
  name: string;
  poss: boolean;
}

/** "el-Sissi", "al-Thani", "bin-Salman": a name particle joined to a capitalised name by a hyphen. */
const HYPHEN_PARTICLE = /^(?:el|al|ad|as|ash|ar|an|az|ul|ud|bin|ibn|abu|da|de|di|du|van|von)-\p{Lu}\p{L}+$/u;

const ABSTRACT = /(?:tion|ment|ity|ism|ness|ship|ics)$/;
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

const ALL_CAPS = /^[\p{Lu}\p{N}.-]{2,}$/u;

export function isNameToken(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  const lex = lexicon();
  if (pluralTitle(t)) return false;
  if (lex.notName.has(t.lower) || lex.notName.has(t.lower.replace(/\.$/, ''))) return false;
  if (ALL_CAPS.test(t.base)) return false;
  if (/\d/.test(t.text)) return false;
  // compounds of country words ("US-China", "Sino-US") are not names
  if (t.lower.includes('-') && t.lower.split('-').some((p) => lex.countryByWord.has(p))) return false;
  return true;
}

/** At most four name words, particles aside ("Luiz Inacio Lula da Silva"); six in a name of lineage ("A bin B bin C Al D"). */
function toks_len_ok(tokens: Token[], i: number, j: number): boolean {
  let n = 0;
  let lineage = false;
  for (let k = i; k < j; k++) {
    if (tokens[k]!.cap) n++;
    else if (/^(?:bin|ibn|bint|binti|ben)$/.test(tokens[k]!.lower)) lineage = true;
  }
  return n <= (lineage ? 6 : 4);
}

/** A capitalised word of a place name of several words ("Costa" of "Costa Rica") that is not followed or preceded by the rest of it. */
function placeWordAlone(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  const t = tokens[k]!;
  if (!t.cap || !t.word || !lex.placeWords.has(t.lower)) return false;
  const two = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    (lex.countryByWord.has(`${a.lower} ${b.lower}`) || lex.capitals.has(`${a.lower} ${b.lower}`));
  return !two(t, tokens[k + 1]) && !two(tokens[k - 1], t);
}

const isHonorific = (t: Token | undefined) =>
  t !== undefined &&
  t.cap &&
  (lexicon().titleByPhrase.get(t.lower) ?? lexicon().titleByPhrase.get(t.lower.replace(/\.$/, '')))?.honorific === true;

export function findRuns(tokens: Token[]): Run[] {
  const lex = lexicon();
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "Foreign Minister January Makamba": a month word after a title and before a name is a given name
    const monthName =
      lex.months.has(tokens[i]!.lower) &&
      tokens[i]!.cap &&
      i > 0 &&
      isTitleWord(tokens[i - 1]!) &&
      tokens[i + 1] !== undefined &&
      isNameToken(tokens[i + 1]!);
    if (!isNameToken(tokens[i]!) && !monthName) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]!.poss) {
      const t = tokens[j]!;
      if (isNameToken(t) || HYPHEN_PARTICLE.test(t.text)) j++;
      // "Antonio Costa": a word of a place name of several words, inside a name and without the rest of the place
      else if (placeWordAlone(tokens, j)) j++;
      // "Omar Sheikh Abdi": a word of address between a given name and the rest of the name is part of the name
      else if (
        t.cap &&
        j === i + 1 &&
        lex.titlesInNames.has(t.lower) &&
        tokens[i]!.tags.includes('FirstName') &&
        tokens[j + 1] &&
        isNameToken(tokens[j + 1]!) &&
        !t.poss
      )
        j++;
      // "Ma. Lourdes", "J. Smith": an abbreviated given name with its period
      else if (
        t.text === '.' &&
        t.start === tokens[j - 1]!.end &&
        /^\p{Lu}\p{Ll}?$/u.test(tokens[j - 1]!.text) &&
        tokens[j + 1] &&
        isNameToken(tokens[j + 1]!)
      )
        j++;
      else if (lex.particles.has(t.lower) && !t.cap) {
        // "Ursula von der Leyen", "Mohammed bin Salman"
        let e = j;
        while (e < tokens.length && lex.particles.has(tokens[e]!.lower) && !tokens[e]!.cap) e++;
        if (e < tokens.length && e - j <= 2 && (isNameToken(tokens[e]!) || placeWordAlone(tokens, e))) j = e + 1;
        // "Mohamad bin Haji Hasan": a form of address after "bin"
        else if (e < tokens.length - 1 && e - j <= 2 && isHonorific(tokens[e]) && isNameToken(tokens[e + 1]!))
          j = e + 2;
        else break;
      } else break;
    }
    // "Ferdinand Marcos Jr.": a generational suffix ends the name
    if (j > i + 1 && !tokens[j - 1]!.poss && tokens[j] && tokens[j]!.cap && SUFFIX.test(tokens[j]!.text)) {
      j++;
      if (tokens[j]?.text === '.' && tokens[j]!.start === tokens[j - 1]!.end && /^[JS]r$/.test(tokens[j - 1]!.text))
        j++;
    }
    // "… European Union and Cooperation Jose Manuel Albares": an abstract noun ending a ministry's name is not a given name
    let i0 = i;
    if (
      j - i >= 3 &&
      ABSTRACT.test(tokens[i]!.lower) &&
      !tokens[i]!.tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName')
    )
      i0 = i + 1;
    if (j - i <= 8 && toks_len_ok(tokens, i, j)) {
      const i = i0;
      const toks = tokens.slice(i, j);
      const name = toks
        .map((t) => (SUFFIX.test(t.text) ? t.text : t.base))
        .join(' ')
        .replace(/ \./g, '.');
      runs.push({ i, j, name, poss: toks[toks.length - 1]!.poss });
    }
    i = j;
  }
  return runs;
}

const PLACE_PREP = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'via',
  'the',
  'of',
]);
const NOT_PROPER = new Set(['Adjective', 'Verb', 'Plural', 'Place', 'Organization', 'Demonym', 'Value', 'Date']);
/** A headline in title case ("Lavrov’s Quest for a Lasting Truce"): most words capitalised. */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && t.lower.length > 3);
  // a sentence with a list of names has a high share of capitals too, but also lower-case content words
  // ("X hosted his counterparts – A B, C D and E F – for a meeting"); a headline has at most one
  return (
    words.length >= 3 &&
    words.filter((t) => t.cap).length / words.length > 0.7 &&
    words.filter((t) => !t.cap).length <= 2
  );
}
const CONNECT = new Set(['of', 'the', 'for', 'and', 'to', 'on']);
/** words that open a sentence or a clause and never begin a title */
const STARTERS = new Set([
  'earlier',
  'later',
  'meanwhile',
  'however',
  'also',
  'then',
  'now',
  'yesterday',
  'today',
  'separately',
  'previously',
  'afterwards',
  'but',
  'and',
  'when',
  'while',
  'after',
  'before',
  'during',
  'in',
  'on',
  'at',
  'as',
  'since',
  'following',
  'according',
]);
const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];

/** The title phrase that ends at token k ("US Secretary of State", "Chinese Foreign Ministry spokeswoman"), or null. */
export function roleBefore(tokens: Token[], k: number): { first: number; last: number } | null {
  const lex = lexicon();
  const t = tokens[k];
  if (!t || !t.word || CONNECT.has(t.lower)) return null;
  let first = -1;
  let titled = false;
  for (let m = k; m >= 0; m--) {
    const u = tokens[m]!;
    // "African Union (AU) Commission Chairperson": an acronym in parentheses inside the title
    if (u.text === ')' && m >= 3 && m < k && tokens[m - 2]!.text === '(' && ALL_CAPS.test(tokens[m - 1]!.text)) {
      m -= 2;
      continue;
    }
    // "Commissioner for Trade, Industry and Mining": a comma inside a list of an office's words
    if (
      u.text === ',' &&
      m > 0 &&
      m < k &&
      tokens[m - 1]!.cap &&
      !isNameToken(tokens[m - 1]!) &&
      tokens[m + 1]!.cap &&
      !isNameToken(tokens[m + 1]!)
    )
      continue;
    if (!u.word) break;
    const isCountry = lex.countryByWord.has(u.lower);
    if (u.poss && !isCountry) break;
    // "South Korea's President"
    if (u.poss && m > 0 && lex.countryByWord.has(`${tokens[m - 1]!.lower} ${u.lower}`)) {
      first = m - 1;
      break;
    }
    // "Earlier, Russian Deputy Foreign Minister X": a capitalised adverb opening the sentence is no part of the title
    if (
      u.cap &&
      !isCountry &&
      !isTitleWord(u) &&
      !lex.titleWords.has(u.lower) &&
      !lex.orgWords.has(u.lower) &&
      (m === 0 || !tokens[m - 1]!.word) &&
      STARTERS.has(u.lower)
    )
      break;
    if (u.cap && !isNameToken(u)) first = m;
    else if (isCountry) first = m;
    else if (
      !u.cap &&
      (lex.titleWords.has(u.lower) || lex.rankWords.has(u.lower) || u.lower === 'diplomatic' || u.lower === 'state-run')
    )
      first = m;
    else if (CONNECT.has(u.lower) && m < k) continue;
    else break;
    if (isTitleWord(u)) titled = true;
    if (u.poss) break;
  }
  if (first < 0 || !titled) return null;
  return { first, last: k };
}

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

export function hasPersonTag(tokens: Token[], r: Run): boolean {
  for (let k = r.i; k < r.j; k++) if (tokens[k]!.tags.some((g) => PERSON_TAGS.includes(g))) return true;
  return false;
}

/** Why a run is a person, or null: a title before it, a reporting verb beside it, an apposition, compromise's person tags. */
export function evidence(tokens: Token[], r: Run): string | null {
  const lex = lexicon();
  const prev = tokens[r.i - 1];
  const next = r.poss ? undefined : tokens[r.j];
  // "Chief Cabinet Secretary", "Mideast envoy", "Intelligence chief": a word that qualifies the title after it
  if (next && next.word && isTitleWord(next) && !next.poss) return null;
  // "the Security Assistance program", "the so-called Triangle format": a name of a thing
  if (next && next.word && !next.cap && lex.thingNouns.has(next.lower.replace(/['’]s$/, ''))) return null;
  if (prev && /^so-called$/i.test(prev.text)) return null;
  // "… and International Cooperation of …": an abstract noun alone is no name
  if (r.j - r.i === 1 && ABSTRACT.test(tokens[r.i]!.lower) && !hasPersonTag(tokens, r)) return null;
  // "Presidents A and B": a plural title stands before a list ("… Negotiators Meet" in a headline is none)
  if (prev && pluralTitle(prev) && !(next && (next.lower === 'and' || next.text === ','))) return null;
  if (prev && prev.word && roleBefore(tokens, r.i - 1)) return 'person.title';
  if (prev && prev.text === '.' && tokens[r.i - 2] && isTitleWord(tokens[r.i - 2]!)) return 'person.title';
  let n = r.j;
  // "Zelensky, in an interview with CNN, said"
  if (!r.poss && tokens[n]?.text === ',' && tokens[n + 1] && PARENTHETICAL.test(tokens[n + 1]!.lower)) {
    for (let k = n + 2; k < Math.min(tokens.length, n + 14); k++)
      if (tokens[k]!.text === ',') {
        n = k + 1;
        break;
      }
  }
  while (tokens[n] && ['also', 'then', 'later', 'again', 'repeatedly', 'has', 'had', 'have'].includes(tokens[n]!.lower))
    n++;
  const len = r.j - r.i;
  // "Officials said", "Russians said": a plural or a demonym is not one person
  const plural = len === 1 && tokens[r.i]!.tags.some((g) => g === 'Plural' || g === 'Demonym');
  if (
    !plural &&
    !r.poss &&
    tokens[n] &&
    (lex.speechVerb.has(tokens[n]!.lower) || lex.speechVerb.has(`${tokens[n]!.lower} ${tokens[n + 1]?.lower}`)) &&
    !nounPhrase(tokens, r, n)
  )
    return 'person.speaker';
  if (!plural && prev && lex.speechVerb.has(prev.lower) && !prev.cap) return 'person.speaker';
  if (next?.text === ',' && appositiveTitle(tokens, r.j + 1) !== null) return 'person.apposition';
  if (
    len >= 2 &&
    prev?.text === ',' &&
    (next?.text === ',' || !next || (next.text === '.' && !tokens[r.j + 1])) &&
    titleWithin(tokens, r.i - 2, 6)
  )
    return 'person.apposition';
  if (len >= 2 && hasPersonTag(tokens, r) && !thingOrPlaceBefore(tokens, r)) return 'person.name';
  // two or three proper nouns in running text, not after a preposition of place and not in a
  // title-case headline: "in a call with Narendra Modi"
  if (
    len >= 2 &&
    len <= 3 &&
    !PLACE_PREP.has(prev?.lower ?? '') &&
    !titleCase(tokens) &&
    !thingOrPlaceBefore(tokens, r) &&
    tokens.slice(r.i, r.j).every((t) => !t.tags.some((g) => NOT_PROPER.has(g)))
  )
    return 'person.proper-run';
  // a surname compromise knows ("Putin"), not a given name alone
  if (len === 1 && tokens[r.i]!.tags.includes('LastName') && !tokens[r.i]!.tags.includes('FirstName'))
    return 'person.surname';
  if (len >= 2 && next && lex.meeting.verbs.has(next.lower) && !next.cap) return 'person.meeting';
  if (len >= 2 && prev && (prev.lower === 'with' || lex.meeting.verbs.has(prev.lower))) {
    const before = tokens[r.i - 2];
    if (prev.lower !== 'with' || (before && lex.meeting.verbs.has(before.lower))) return 'person.meeting';
  }
  return null;
}

/**
 * "the Gulf states", "the five Northern and Coastal states that share …": a present-tense verb form that is
 * also a plural noun, after one capitalised word inside a noun phrase opened by an article or a number.
 */
function nounPhrase(tokens: Token[], r: Run, n: number): boolean {
  if (r.j - r.i !== 1 || n !== r.j || !/s$/.test(tokens[n]!.lower)) return false;
  for (let m = r.i - 1; m >= 0 && m >= r.i - 5; m--) {
    const u = tokens[m]!;
    if (
      !u.cap &&
      (/^(?:the|these|those|other|several|many|all|both)$/.test(u.lower) ||
        lexicon().numbers.has(u.lower) ||
        /^\d+$/.test(u.lower))
    )
      return true;
    if (u.cap || u.lower === 'and' || u.text === ',') continue;
    break;
  }
  return false;
}

/**
 * "in Northport and Villa Serena": the second of two places; "a Treaty on Lasting Friendship": the name of a
 * thing or an institution continued after "on", "of", "for".
 */
function thingOrPlaceBefore(tokens: Token[], r: Run): boolean {
  const lex = lexicon();
  const prev = tokens[r.i - 1];
  const before = tokens[r.i - 2];
  if (!prev || !before || !before.cap) return false;
  if (
    (prev.lower === 'and' || prev.lower === 'or') &&
    !before.poss &&
    (before.tags.includes('Place') || lex.capitals.has(before.lower) || lex.countryByWord.has(before.lower)) &&
    PLACE_PREP.has(tokens[r.i - 3]?.lower ?? '')
  )
    return true;
  if (
    /^(?:on|of|for)$/.test(prev.lower) &&
    (lex.thingNouns.has(before.lower) || lex.notName.has(before.lower)) &&
    !isTitleWord(before)
  )
    return true;
  return false;
}

/** End (exclusive) of a title phrase starting at k after an apposition comma ("director of the Office of …"), or null. */
export function appositiveTitle(tokens: Token[], k: number): number | null {
  let m = k;
  if (tokens[m] && ['the', 'a', 'an'].includes(tokens[m]!.lower)) m++;
  for (let steps = 0; m < tokens.length && steps < 6; m++, steps++) {
    const t = tokens[m]!;
    if (!t.word) return null;
    if (isTitleWord(t)) {
      let end = m + 1;
      while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.text !== '.' && tokens[end]!.word) {
        // "New Delhi, Indian Prime Minister Narendra Modi": a title before a name is that name's
        if (isNameToken(tokens[end]!) && !tokens[end - 1]!.poss && tokens[end - 1]!.lower !== 'of') return null;
        // "Lavrov, Venezuelan counterpart discuss energy": a verb ends the title
        const u = tokens[end]!;
        if (
          !u.cap &&
          !/^(?:of|the|and|for|on|to|in|at|a|an)$/.test(u.lower) &&
          !lexicon().titleWords.has(u.lower) &&
          !lexicon().countryByWord.has(u.lower) &&
          !lexicon().orgWords.has(u.lower)
        )
          break;
        end++;
      }
      return end;
    }
    const lex = lexicon();
    if (!(lex.titleWords.has(t.lower) || lex.countryByWord.has(t.lower) || lex.rankWords.has(t.lower) || t.cap))
      return null;
  }
  return null;
}

function titleWithin(tokens: Token[], from: number, n: number): boolean {
  for (let m = from; m >= 0 && m > from - n; m--) {
    const t = tokens[m]!;
    if (!t.word && t.text !== '’' && t.text !== "'") return false;
    if (isTitleWord(t) || t.lower === 'diplomacy') return true;
  }
  return false;
}
