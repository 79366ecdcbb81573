import { lexicon } from '../../knowledge/index.js';
import type { Person } from './index.js';

/**
 * Which registered person a name refers to: the same name, the same surname with a nickname of the
 * given name ("Joe" for "Joseph"), a compound surname alone, a surname or a given name alone, a middle
 * name of a long name ("Lula"), a one-letter misspelling ("Fidam" for "Fidan").
 */

/** the name in lower case without diacritics: "Mélanie" -> "melanie" */
export const lowerName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  const nick = lexicon().nickname;
  const ga = nick.get(a);
  return ga !== undefined && ga === nick.get(b);
}

/** one list of name words ends with the other, the shorter having at least two words */
const endsWith = (a: string[], b: string[]) => {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ');
};

/** "al-jubeir" -> "jubeir": a name word without the particle joined to it by a hyphen */
function bare(w: string): string {
  const m = /^(\p{Ll}+)-(.+)$/u.exec(w);
  return m && lexicon().hyphenParticles.has(m[1]!) ? m[2]! : w;
}

/**
 * "Mohamed bin Zayed" and "Mohamed bin Zayed Al Nahyan", "Mohammed bin Abdulrahman al-Thani" and "Mohammed bin
 * Abdulrahman bin Jassim Al Thani": names of lineage with the same given name and father, one the other's start
 * or both with the same family name.
 */
function sameLineage(a: string[], b: string[]): boolean {
  const lineage = lexicon().lineageParticles;
  const words = (t: string[]) =>
    t.flatMap((w) => (bare(w) !== w ? [w.slice(0, w.length - bare(w).length - 1), bare(w)] : [w]));
  const [x, y] = [words(a), words(b)];
  if (x.length < 3 || y.length < 3 || !lineage.has(x[1]!) || x.slice(0, 3).join(' ') !== y.slice(0, 3).join(' '))
    return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    long.slice(0, short.length).join(' ') === short.join(' ') ||
    (short.length > 3 && x[x.length - 1] === y[y.length - 1])
  );
}

/** a generational suffix in lower case: "jr.", "iii" */
export const SUFFIX = /^(?:jr|sr|jnr|snr|ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi)\.?$/;

/**
 * "joseph r. biden" -> "joseph biden": a name's words without its middle initials. A generational suffix stays:
 * "Ferdinand Marcos" and "Ferdinand Marcos Jr." are father and son.
 */
export const core = (t: string[]) => t.filter((w, i) => (i === 0 || !/^\p{L}\.?$/u.test(w)) && w !== '.');
/** the last word before a generational suffix: "biden" of "joseph r. biden jr." */
export const surname = (t: string[]) =>
  t.length > 1 && SUFFIX.test(t[t.length - 1]!) ? t[t.length - 2]! : t[t.length - 1]!;

/**
 * "Salman" or "Salman bin Abdulaziz" and "Mohammed bin Salman bin Abdulaziz", either way round: the words after a
 * particle of lineage ("bin", "ibn") name the father, another person.
 */
function fatherOf(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length || lexicon().lineageParticles.has(short[0]!)) return false;
  const at = long.length - short.length;
  return long.slice(at).join(' ') === short.join(' ') && lexicon().lineageParticles.has(long[at - 1] ?? '');
}

/** `short` is one word that data/nicknames.json `knownAs` gives as a short name of the full name `full` */
function knownAs(short: string[], full: string[]): boolean {
  const name = short.length === 1 ? lexicon().knownAs.get(short[0]!) : undefined;
  return !!name && full.length >= 2 && core(lowerName(name).split(' ')).join(' ') === core(full).join(' ');
}

/** `long` is `short` (a given name and a surname) and one more word that is no suffix or particle */
export function secondSurname(long: string[], short: string[]): boolean {
  const extra = long[long.length - 1]!;
  return (
    short.length === 2 &&
    long.length === 3 &&
    long.slice(0, 2).join(' ') === short.join(' ') &&
    !SUFFIX.test(extra) &&
    !lexicon().particles.has(extra) &&
    extra.length > 2
  );
}

const VOWEL = /[aeiouy]/;

/**
 * Two spellings of one name word: a letter doubled or not ("kasym" / "kassym"), a vowel beside another or not
 * ("michel" / "michael"), or one vowel for another inside a word of five letters or more ("mehmood" / "mahmood");
 * never at the end, where a vowel makes another given name ("Mario", "Maria"), nor in a short word ("Jean", "Joan").
 */
function variant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  if (a.length === b.length) {
    if (a.length < 5) return false;
    const at = [...a].findIndex((ch, i) => ch !== b[i]);
    return (
      at > 0 && at < a.length - 1 && VOWEL.test(a[at]!) && VOWEL.test(b[at]!) && a.slice(at + 1) === b.slice(at + 1)
    );
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  const at = [...short].findIndex((ch, i) => ch !== long[i]);
  const k = at < 0 ? short.length : at;
  // "michel" / "michael": a vowel put next to another vowel
  const vowelBeside = VOWEL.test(long[k]!) && (VOWEL.test(long[k - 1] ?? '') || VOWEL.test(long[k + 1] ?? ''));
  return (
    k > 0 &&
    k < long.length - 1 &&
    (long[k] === long[k - 1] || (vowelBeside && short.length >= 5)) &&
    long.slice(k + 1) === short.slice(k)
  );
}

/** the name's words with hyphens read as spaces: "yong-ho" -> "yong", "ho" */
const words = (t: string[]) => t.flatMap((w) => w.split('-')).filter(Boolean);

/** the same name words, hyphens aside, at most one of them spelt another way (`variant`) */
function sameSpelling(a: string[], b: string[]): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.length < 2 || x.length !== y.length) return false;
  let differ = 0;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k] && (!variant(x[k]!, y[k]!) || ++differ > 1)) return false;
  return true;
}

/**
 * "Jared Kushners whistle-stop visit": a possessive written without its apostrophe, the surname with an "s" after
 * it, and the rest of the name the same
 */
export function possessiveS(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length !== b.length || a.slice(0, -1).join(' ') !== b.slice(0, -1).join(' ')) return false;
  const [x, y] = [a[a.length - 1]!, b[b.length - 1]!];
  return x.length >= 4 && y.length >= 4 && (x === `${y}s` || y === `${x}s`);
}

/** `long` is `short` (a given name and a surname at least) with middle names between them */
function middleLeftOut(long: string[], short: string[]): boolean {
  if (short.length < 2 || long.length <= short.length || long.length > 5) return false;
  // the last words alike: "Ferdinand Marcos" is not "Ferdinand R. Marcos Jr.", his son
  if (long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length && !long.some((w) => lexicon().lineageParticles.has(w));
}

/** `long` is `short` and then family names joined to a particle only ("al-jaber", "al-sabah") */
function lineageCut(long: string[], short: string[]): boolean {
  if (short.length < 2 || long.length <= short.length || long.slice(0, short.length).join(' ') !== short.join(' '))
    return false;
  return long.slice(short.length).every((w) => bare(w) !== w);
}

/**
 * How well the name words `toks` fit person `p` (10: the same name … 3: a middle name), 0 for not at all. A regnal
 * name ("Sultan Ibrahim", `regnal`) is a given name: it fits no one by surname, and a person named so is not the one
 * whose surname it is.
 */
function score(full: string[], p: Person, regnal = false): number {
  if (full.join(' ') === p.tokens.join(' ')) return 10;
  if (regnal || p.regnal) {
    const a = core(full).filter((w) => !SUFFIX.test(w));
    const b = core(p.tokens).filter((w) => !SUFFIX.test(w));
    if ((a.length === 1 && b.length > 1) || (b.length === 1 && a.length > 1))
      return knownAs(full, p.tokens) || knownAs(p.tokens, full) ? 9 : a[0] === b[0] ? 4 : 0;
  }
  // "Jokowi" for "Joko Widodo", either way round: a public figure's short name (data/nicknames.json knownAs)
  if (knownAs(full, p.tokens) || knownAs(p.tokens, full)) return 9;
  if (fatherOf(full, p.tokens)) return 0;
  // "Joseph R. Biden" and "Joe Biden": middle initials aside
  const toks = core(full);
  const pt = core(p.tokens);
  if (!toks.length || !pt.length) return 0;
  const last = toks[toks.length - 1];
  const pLast = pt[pt.length - 1];
  if (
    toks.length >= 2 &&
    toks.length === pt.length &&
    last === pLast &&
    sameGiven(toks[0]!, pt[0]!) &&
    toks.slice(1, -1).join(' ') === pt.slice(1, -1).join(' ')
  )
    return 8;
  // "Ri Yong-ho" and "Ri Yong Ho", "Kasym-Jomart Tokayev" and "Kassym-Jomart Tokayev": one name spelt two ways
  if (sameSpelling(toks, pt)) return 8;
  if (possessiveS(toks, pt)) return 8;
  // "Recep Erdogan" for "Recep Tayyip Erdogan", either way round: the same given name and surname, middle names left out
  if (middleLeftOut(toks, pt) || middleLeftOut(pt, toks)) return 7;
  // "Nawaf Al-Ahmad" for "Nawaf Al-Ahmad Al-Jaber Al-Sabah": a name of lineage cut after its first names
  if (lineageCut(toks, pt) || lineageCut(pt, toks)) return 7;
  // "Ramirez Olvera" for "Luisa Ramirez Olvera": a compound surname used without the given name, either way round
  if (toks.length >= 2 && pt.length >= 2 && toks.length !== pt.length && last === pLast && endsWith(toks, pt)) return 7;
  // "Tavo Merrin Ruiz" for "Tavo Merrin": a given name and first surname, the second surname (the mother's) added
  if (secondSurname(toks, pt) || secondSurname(pt, toks)) return 7;
  if (sameLineage(toks, pt)) return 7;
  // "Joseph R. Biden Jr." for "Biden" registered before
  if (toks.length >= 2 && pt.length === 1 && (surname(toks) === pt[0] || toks[0] === pt[0])) return 6;
  // "Luiz Inacio Lula da Silva" for "Lula" registered before: the one word is a middle name of the long one
  if (
    toks.length >= 3 &&
    pt.length === 1 &&
    pt[0]!.length > 2 &&
    toks.slice(1, -1).includes(pt[0]!) &&
    !lexicon().particles.has(pt[0]!)
  )
    return 3;
  // "Jubeir" for "Adel al-Jubeir"
  if (toks.length === 1 && pt.length >= 2 && bare(toks[0]!) === bare(pLast!)) return 5;
  if (toks.length === 1 && pt.length >= 2 && toks[0] === pt[0]) return 4;
  // "Lula" for "Luiz Inacio Lula da Silva": a middle name of a long name used alone
  if (
    toks.length === 1 &&
    pt.length >= 3 &&
    toks[0]!.length > 2 &&
    pt.slice(1, -1).includes(toks[0]!) &&
    !lexicon().particles.has(toks[0]!)
  )
    return 3;
  return 0;
}

/**
 * Between two people a name fits equally ("Obama" for Barack and Michelle Obama): the one mentioned more so far —
 * news writes the principal's surname alone and names the relative in full —, then the latest mentioned.
 */
const before = (p: Person, best: Person) =>
  (p.count ?? 0) !== (best.count ?? 0) ? (p.count ?? 0) > (best.count ?? 0) : p.last > best.last;

/**
 * The person of `people` a name refers to (the best fit; among equals, see `before`), or null; `regnal`: the name
 * follows a monarch's style.
 */
export function matchName(people: readonly Person[], name: string, regnal = false): Person | null {
  const toks = lowerName(name).split(' ');
  let best: Person | null = null;
  let bestScore = 0;
  for (const p of people) {
    const s = score(toks, p, regnal);
    if (s && (s > bestScore || (s === bestScore && best && before(p, best)))) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

function editDistance1(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A misspelt single name ("Fidam" for "Fidan") of a person of `people`, or null. */
export function misspelt(people: readonly Person[], name: string): Person | null {
  const t = lowerName(name);
  if (t.includes(' ') || t.length < 3) return null;
  for (const p of people)
    if (p.tokens.length >= 2 && p.tokens.some((pt) => pt.length >= 3 && editDistance1(pt, t))) return p;
  return null;
}
