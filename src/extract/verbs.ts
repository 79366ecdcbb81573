import { lexicon } from './data.js';
import type { Token } from './text.js';

/** Length in tokens (1 or 2) of a speech verb starting at k ("said", "pointed out"), else 0. */
export function speechVerbAt(toks: Token[], k: number): number {
  const lex = lexicon();
  const t = toks[k];
  if (!t || !t.word || t.quoted) return 0;
  const two = toks[k + 1] ? `${t.lower} ${toks[k + 1]!.lower}` : '';
  if (two && lex.speechVerb.has(two)) return 2;
  if (lex.speechVerb.has(t.lower) && !t.cap) return 1;
  if (lex.speechVerb.has(t.lower) && t.cap && k === 0) return 1;
  return 0;
}

/** Length of a verb that states a position ("invited", "made", "agreed") at k, else 0. */
export function positionVerbAt(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || !t.word || t.quoted || t.cap) return 0;
  return lexicon().positionVerb.has(t.lower) ? 1 : 0;
}

export const ADVERBS = new Set([
  'also',
  'then',
  'later',
  'again',
  'repeatedly',
  'has',
  'had',
  'have',
  'once',
  'further',
  'separately',
  'reportedly',
  'previously',
  'earlier',
  'had',
  'would',
  'will',
  'did',
  'not',
  'also,',
]);

/**
 * The token a subject ends on, looking back from `b` (just before a verb) over adverbs and a
 * relative clause: "Wang, who is also a member of the Politburo, said" -> "Wang".
 */
/** words that open a parenthetical between a subject and its verb: ", who …,", ", speaking in Delhi,", ", 45," */
export const PARENTHETICAL =
  /^(who|which|whose|\d+|in|at|during|after|before|speaking|standing|flanked|alongside|according|writing|asked|when|while|for|on|meanwhile|however|[a-z]+ing)$/;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

export function subjectEnd(toks: Token[], b: number): number {
  while (b >= 0 && ADVERBS.has(toks[b]!.lower)) b--;
  // "A and B on Thursday pledged", "X yesterday said"
  if (b >= 0 && WEEKDAY.test(toks[b]!.lower)) {
    b--;
    if (toks[b]?.lower === 'on') b--;
    while (b >= 0 && ADVERBS.has(toks[b]!.lower)) b--;
  }
  if (toks[b]?.text !== ',') return b;
  for (let k = b - 1; k >= 1 && k > b - 25; k--) {
    if (toks[k]!.text === ',' && k < b - 1) {
      const w = toks[k + 1]!.lower;
      if (PARENTHETICAL.test(w) || toks[k + 2]?.text === ',') return k - 1;
    }
  }
  return b;
}
