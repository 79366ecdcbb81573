import { lexicon } from '../../knowledge/index.js';
import type { Person } from './index.js';
import { lowerName, SUFFIX } from './match.js';
import { wellKnownName } from './well-known.js';

/**
 * The name a person is printed under: the fullest name the report uses for them, titles off, a generational
 * suffix kept. A person registered under one word takes the one longer name the report ends with that word
 * ("Merrin" and, once, "Tavo Merrin": "Tavo Merrin"); a person the report names only with a title before the
 * surname ("President Merrin", "Mr Merrin") is printed that way, as the report writes it: the surname alone is
 * no form the report uses. A public figure's short name alone ("Jokowi") is printed as the full name it stands for,
 * and a formal form of a listed public figure's name ("Joseph R. Biden Jr.") as the name they are known by. A
 * possessive is no word of a name ("Qatar's Tamim"), and a regnal name is printed with its style ("Sheikh Tamim").
 */
export function printedName(p: Person): string {
  if (p.tokens.length >= 2) return wellKnownName(p.name) ?? p.name;
  // "Jokowi" alone: the full name news knows the person by (data/nicknames.json knownAs)
  const known = lexicon().knownAs.get(p.tokens[0]!);
  if (known) return known;
  // "Sheikh Tamim": a regnal name is a given name, no longer name ends with it
  return (p.regnal ? null : fullerName(p)) ?? titledName(p) ?? p.name;
}

/** "Mr", "President", "Prime Minister", "Sheikh": a word of a title or a form of address */
function titleWord(w: string): boolean {
  const lex = lexicon();
  const low = w.toLowerCase().replace(/\.$/, '');
  return lex.titleWords.has(low) || lex.titleByPhrase.has(low) || lex.titleByPhrase.has(`${low}.`);
}

/** "Presidents": a plural title, of "Presidents A and B" */
const plural = (w: string) => /s$/i.test(w) && titleWord(w.slice(0, -1));

/** "Did", "Will", "Has": an auxiliary opening a question before a name ("Did Merrin agree?") is no given name */
const AUXILIARY = /^(?:do|does|did|has|have|had|is|was|were|will|would|can|could|should|shall|may|might|must)$/i;

/** the words of a name written as a name: each capitalised (or a particle), none a title word */
function nameWords(alias: string): string[] | null {
  const words = alias.split(/\s+/);
  const lex = lexicon();
  if (AUXILIARY.test(words[0]!) || lex.notName.has(words[0]!.toLowerCase())) return null;
  if (
    !words.every(
      (w) =>
        (/^\p{Lu}/u.test(w) && !titleWord(w) && !plural(w) && !/['’]s$/.test(w)) ||
        lex.particles.has(w) ||
        SUFFIX.test(w.toLowerCase()),
    )
  )
    return null;
  return words;
}

/** the one longer name among the aliases that ends with the person's one word (a suffix aside), or null */
function fullerName(p: Person): string | null {
  const one = p.tokens[0]!;
  const found = new Map<string, string>();
  for (const alias of p.aliases) {
    const words = nameWords(alias);
    if (!words || words.length < 2) continue;
    const low = lowerName(words.join(' ')).split(' ');
    const last = SUFFIX.test(low[low.length - 1]!) ? low[low.length - 2] : low[low.length - 1];
    if (last !== one) continue;
    const given = lexicon().nickname.get(low[0]!) ?? low[0]!;
    const prev = found.get(String(given));
    if (!prev || alias.length > prev.length) found.set(String(given), alias);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** the shortest alias that is title words and the person's name ("President Merrin"), the first among equals */
function titledName(p: Person): string | null {
  let best: string | null = null;
  for (const alias of p.aliases) {
    if (!alias.endsWith(` ${p.name}`)) continue;
    const head = alias.slice(0, -p.name.length - 1).split(/\s+/);
    if (head.length > 3 || !head.every((w) => /^\p{Lu}/u.test(w) && titleWord(w) && !plural(w))) continue;
    if (!best || alias.length < best.length) best = alias;
  }
  return best;
}
