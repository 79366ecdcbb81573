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

/** How well the name words `toks` fit person `p` (10: the same name … 3: a middle name), 0 for not at all. */
function score(toks: string[], p: Person): number {
  const last = toks[toks.length - 1];
  const pLast = p.tokens[p.tokens.length - 1];
  if (toks.join(' ') === p.tokens.join(' ')) return 10;
  if (
    toks.length >= 2 &&
    toks.length === p.tokens.length &&
    last === pLast &&
    sameGiven(toks[0]!, p.tokens[0]!) &&
    toks.slice(1, -1).join(' ') === p.tokens.slice(1, -1).join(' ')
  )
    return 8;
  // "Ramirez Olvera" for "Luisa Ramirez Olvera": a compound surname used without the given name, either way round
  if (
    toks.length >= 2 &&
    p.tokens.length >= 2 &&
    toks.length !== p.tokens.length &&
    last === pLast &&
    endsWith(toks, p.tokens)
  )
    return 7;
  if (toks.length >= 2 && p.tokens.length === 1 && (last === p.tokens[0] || toks[0] === p.tokens[0])) return 6;
  if (toks.length === 1 && p.tokens.length >= 2 && toks[0] === pLast) return 5;
  if (toks.length === 1 && p.tokens.length >= 2 && toks[0] === p.tokens[0]) return 4;
  // "Lula" for "Luiz Inacio Lula da Silva": a middle name of a long name used alone
  if (
    toks.length === 1 &&
    p.tokens.length >= 3 &&
    toks[0]!.length > 2 &&
    p.tokens.slice(1, -1).includes(toks[0]!) &&
    !lexicon().particles.has(toks[0]!)
  )
    return 3;
  return 0;
}

/** The person of `people` a name refers to (the best fit, the latest mentioned among equals), or null. */
export function matchName(people: readonly Person[], name: string): Person | null {
  const toks = lowerName(name).split(' ');
  let best: Person | null = null;
  let bestScore = 0;
  for (const p of people) {
    const s = score(toks, p);
    if (s && (s > bestScore || (s === bestScore && best && p.last > best.last))) {
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
