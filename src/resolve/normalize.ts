/**
 * Order-free keys for comparing what different reports say: names folded to a phonetic skeleton
 * (so "Antony"/"Anthony" or "Qin"/"Quin" compare equal), nicknames mapped to the formal given
 * name ("Joe" → "Joseph", from data/nicknames.json), quote wordings folded across spelling
 * conventions (stabilise/stabilize) and punctuation. Pure functions of their input and the data
 * files: the graph's consolidation must not depend on the order reports arrive in.
 */
import { LRUCache } from 'lru-cache';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import { DATA_DIR } from '../paths.js';

interface NamesData {
  familyNameFirst: string[];
  honorifics: string[];
  suffixes: string[];
}

function readData<T>(file: string): T | null {
  const full = path.join(DATA_DIR, file);
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as T) : null;
}

/**
 * Words that lead a reference to a person without being part of the name: titles and their
 * modifiers (data/titles.json), country names and demonyms (data/countries.json), articles.
 * "Chinese Foreign Minister Li Wen" is compared as "Li Wen", "Foreign Minister Delgado" as
 * "Delgado".
 */
function leadingWords(): Set<string> {
  const words = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'former', 'then', 'new', 'top']);
  const titles = readData<{ titles?: { title: string; abbr?: string[] }[]; heads?: string[]; modifiers?: string[] }>(
    'titles.json',
  );
  for (const t of titles?.titles ?? [])
    for (const phrase of [t.title, ...(t.abbr ?? [])]) for (const w of fold(phrase).split(' ')) if (w) words.add(w);
  for (const w of [...(titles?.heads ?? []), ...(titles?.modifiers ?? [])])
    for (const x of fold(w).split(' ')) if (x) words.add(x);
  const countries = readData<{ countries?: { name: string; aliases?: string[]; demonyms?: string[] }[] }>(
    'countries.json',
  );
  for (const c of countries?.countries ?? [])
    for (const n of [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? [])]) {
      const f = fold(n);
      if (f && !f.includes(' ')) words.add(f);
    }
  return words;
}

let namesData: { familyFirst: Set<string>; drop: Set<string>; leading: Set<string> } | undefined;
function names(): { familyFirst: Set<string>; drop: Set<string>; leading: Set<string> } {
  if (!namesData) {
    const raw = readData<NamesData>('names.json')!;
    namesData = {
      familyFirst: new Set(raw.familyNameFirst),
      drop: new Set([...raw.honorifics, ...raw.suffixes]),
      leading: leadingWords(),
    };
  }
  return namesData;
}

/** data/nicknames.json: groups of given names of one person, the formal name first. */
const NicknameFile = z.object({ groups: z.array(z.array(z.string()).min(1)) });

let nicknameMap: Map<string, string> | undefined;
/** data/nicknames.json (extraction's data file too) read into nickname → formal name. */
function nicknames(): Map<string, string> {
  if (nicknameMap) return nicknameMap;
  const file = path.join(DATA_DIR, 'nicknames.json');
  const parsed = NicknameFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not {"groups": [["Formal", "nick", …], …]}: ${z.prettifyError(parsed.error)}`);
  const map = new Map<string, string>();
  for (const [formal, ...nicks] of parsed.data.groups) {
    const f = fold(formal!);
    for (const nick of nicks) {
      const n = fold(nick);
      if (n && f && n !== f && !map.has(n)) map.set(n, f);
    }
  }
  nicknameMap = map;
  return map;
}

/** Lower case, accents removed, apostrophes dropped, every other non-letter/digit a space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A phonetic skeleton of one word: the first letter, then consonants with common spelling
 * variants merged and doubled letters collapsed. "anthony" and "antony" give "antn"; "qin" and
 * "quin" give "kn". Coarse on purpose: it is only compared inside one family name.
 */
export function phonetic(word: string): string {
  let w = fold(word).replace(/\s+/g, '');
  if (!w) return '';
  w = w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v');
  const first = w[0]!;
  const rest = w.slice(1).replace(/[aeiouyh]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

export interface NameParts {
  /** Folded family name ("biden", "qin"). */
  family: string;
  /** Folded formal given name (nicknames mapped: "joe" → "joseph"), or null for a family name alone. */
  given: string | null;
  /** Phonetic key of the family name: the block persons are compared within. */
  familyKey: string;
  /** Phonetic key of the given name, or null. */
  givenKey: string | null;
}

/** Splits a person's name into family and given parts, honorifics, initials and suffixes dropped. */
export function nameParts(name: string): NameParts {
  const { familyFirst, drop, leading } = names();
  const tokens = fold(name.replace(/-/g, ''))
    .split(' ')
    .filter((t) => t.length > 1 && !drop.has(t));
  while (tokens.length > 1 && leading.has(tokens[0]!)) tokens.shift();
  if (tokens.length === 0) {
    const f = fold(name) || name.toLowerCase();
    return { family: f, given: null, familyKey: phonetic(f) || f, givenKey: null };
  }
  let family: string;
  let given: string | null;
  if (tokens.length === 1) {
    family = tokens[0]!;
    given = null;
  } else if (tokens.length <= 3 && familyFirst.has(tokens[0]!) && !familyFirst.has(tokens[tokens.length - 1]!)) {
    family = tokens[0]!;
    given = tokens.slice(1).join('');
  } else {
    family = tokens[tokens.length - 1]!;
    given = tokens[0]!;
  }
  if (given) given = nicknames().get(given) ?? given;
  return { family, given, familyKey: phonetic(family), givenKey: given ? phonetic(given) : null };
}

/** A URL- and id-friendly form: folded words joined by hyphens. */
export function slug(text: string): string {
  return fold(text).replace(/\s+/g, '-');
}

/** Short stable hash for ids built from long texts. */
export function shortHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Folds spelling conventions so British and American wordings compare equal: -ise/-isation →
 * -ize/-ization, -our → -or, -tre → -ter, -ogue → -og, -lled/-lling → -led/-ling, -mme → -m.
 */
const americanized = new Map<string, string>();
function americanize(word: string): string {
  if (word.length < 5) return word;
  let out = americanized.get(word);
  if (out !== undefined) return out;
  // Consolidating a big block folds the same words again and again: remember them (bounded).
  if (americanized.size > 200_000) americanized.clear();
  out = word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|able|ite|ites)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/ll(ed|ing|er|ers)$/, 'l$1')
    .replace(/mme(s)?$/, 'm$1')
    .replace(/ence$/, 'ense');
  americanized.set(word, out);
  return out;
}

/**
 * `fn` with its results remembered by argument, the `limit` most recently used (lru-cache): consolidation folds the
 * same wordings, titles and texts again in every round of a write's closure, before and after, and again in the
 * next batches that touch the same quote or person. Results are frozen: they are shared by every caller. An
 * undefined result is remembered too.
 */
export function remembered<T>(limit: number, fn: (key: string) => T): (key: string) => T {
  const memo = new LRUCache<string, { value: T }>({ max: limit });
  return (key) => {
    let box = memo.get(key);
    if (!box) {
      const value = fn(key);
      if (value && typeof value === 'object') Object.freeze(value);
      box = { value };
      memo.set(key, box);
    }
    return box.value;
  };
}

/** The words of a quote or position, folded (case, accents, punctuation, spelling convention). Shared: do not change it. */
export const textTokens: (text: string) => string[] = remembered(5_000, (text) =>
  fold(text.replace(/[-–—]+/g, ' '))
    .split(' ')
    .filter(Boolean)
    .map(americanize),
);

/** Dice coefficient over word multisets: 1 for the same words in any order. */
export function dice(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Whether `inner` occurs as a run of consecutive words in `outer`. */
export function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue outer;
    return true;
  }
  return false;
}

/** Order-free choice: most votes, then longest, then lexicographically smallest. */
export function pickCanonical(votes: Map<string, number>): string | null {
  let best: string | null = null;
  let bestVotes = -1;
  for (const [value, n] of votes) {
    if (
      best === null ||
      n > bestVotes ||
      (n === bestVotes && (value.length > best.length || (value.length === best.length && value < best)))
    ) {
      best = value;
      bestVotes = n;
    }
  }
  return best;
}

/** Counts distinct supporting articles per value. */
export function voteBy<T>(
  items: T[],
  value: (t: T) => string | null | undefined,
  article: (t: T) => string,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const item of items) {
    const v = value(item);
    if (v === null || v === undefined || v === '') continue;
    let s = seen.get(v);
    if (!s) seen.set(v, (s = new Set()));
    s.add(article(item));
  }
  return new Map([...seen].map(([k, s]) => [k, s.size]));
}

/** Sorted distinct non-empty strings. */
export function sortedSet(values: Iterable<string | null | undefined>): string[] {
  return [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))].sort();
}

/**
 * Combined confidence of independent reports (noisy-or over the best confidence each article
 * gives), computed over sorted values so that floating-point rounding does not depend on order.
 */
export function combinedConfidence(perArticle: Map<string, number>): number {
  return noisyOr([...perArticle.values()]);
}

/**
 * The same from a summary: each best confidence (as a string key) with the number of articles
 * that give it. Multiplies the same values in the same order as `combinedConfidence`, so the two
 * agree to the last bit.
 */
export function combinedConfidenceOfCounts(counts: Record<string, number>): number {
  const values = Object.entries(counts)
    .map(([c, n]) => [Number(c), n] as const)
    .sort(([a], [b]) => a - b);
  let miss = 1;
  for (const [c, n] of values) for (let i = 0; i < n; i++) miss *= 1 - Math.min(Math.max(c, 0), 1);
  return Math.round((1 - miss) * 1e6) / 1e6;
}

function noisyOr(values: number[]): number {
  values.sort((a, b) => a - b);
  let miss = 1;
  for (const c of values) miss *= 1 - Math.min(Math.max(c, 0), 1);
  return Math.round((1 - miss) * 1e6) / 1e6;
}
