import path from 'node:path';
import { readGazetteer } from '../../link/knowledge.js';
import { lexicon } from '../../knowledge/index.js';
import { DATA_DIR } from '../../paths.js';
import { lowerName, SUFFIX, surname } from './match.js';

/**
 * The name a public figure is known by, when a report writes a formal form of it: "Joseph R. Biden Jr." is
 * "Joe Biden" — the English label of the person's Wikidata item, which data/gazetteer.json keeps for the heads
 * of state and government and foreign ministers it lists. A formal form is the label with middle initials or a
 * generational suffix added, or with the full given name of a diminutive (data/nicknames.json groups; another
 * spelling of a given name, "Mohammed" for "Mohammad", is the report's own form and stays). Any other name, and
 * anyone the gazetteer does not list, keeps the fullest form the report uses.
 */
export function wellKnownName(name: string): string | null {
  const label = publicFigures().labels.get(formalKey(name));
  if (!label || label === name) return null;
  const words = (s: string) => s.split(/\s+/);
  const [a, b] = [words(name), words(label)];
  const [given, known] = [lowerName(a[0]!), lowerName(b[0]!)];
  // "Joe" for "Joseph" is the short form news knows; "Mohammad" for "Mohammed" is only another spelling
  if (given !== known) return known.length <= given.length - 2 ? label : null;
  return b.length < a.length ? label : null;
}

/** "joseph r. biden jr." and "joe biden" → one key: initials and suffixes off, the given name's nickname group */
function formalKey(name: string): string {
  const words = lowerName(name)
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w, i) => w && !SUFFIX.test(w) && (i === 0 || !/^\p{L}\.?$/u.test(w)));
  const group = words.length ? lexicon().nickname.get(words[0]!) : undefined;
  if (group !== undefined) words[0] = `#${group}`;
  return words.join(' ');
}

interface PublicFigures {
  /** formal key → label; a key two people share names neither */
  labels: Map<string, string>;
  /** the surnames of the listed people, lower case, accents off */
  surnames: Set<string>;
}
let cache: PublicFigures | null = null;

/** The people of data/gazetteer.json as extraction uses them, read once. */
function publicFigures(): PublicFigures {
  if (cache) return cache;
  const labels = new Map<string, string>();
  const shared = new Set<string>();
  const surnames = new Set<string>();
  for (const e of readGazetteer(path.join(DATA_DIR, 'gazetteer.json')).entries) {
    if (e.kind !== 'person' || !/\s/.test(e.name) || /,| of /.test(e.name)) continue;
    const key = formalKey(e.name);
    if (labels.has(key) && labels.get(key) !== e.name) shared.add(key);
    labels.set(key, e.name);
    const last = surname(lowerName(e.name).split(/\s+/));
    if (last.length >= 4 && /^\p{L}[\p{L}'’-]*$/u.test(last)) surnames.add(last);
  }
  for (const k of shared) labels.delete(k);
  return (cache = { labels, surnames });
}

/**
 * "Netanyahu's trip": the surname of a public figure the gazetteer lists (the last word of a name of two words or
 * more), for one word alone that compromise does not know as a name.
 */
export function isKnownSurname(word: string): boolean {
  return publicFigures().surnames.has(lowerName(word));
}
