import { pageWords } from '../knowledge/index.js';
import type { SpeakerTurn } from '../model.js';
import { isPlaceName } from './outlets.js';

/**
 * Speaker turns of a transcript (remarks, press conferences, interviews as governments publish
 * them): a line opened by a speaker's label in capitals and a colon — "PRESIDENT LEE:  Thank you.",
 * "MINISTER ANA RUIZ : …", "MODERATOR:" — or by "Q" (a journalist's question) runs until the next
 * label. A page is a transcript when at least two such labels open lines and at least two differ;
 * a single "LIMA: …" is a dateline, a place or a kicker ("BREAKING:") is never a label.
 */
export type Turn = SpeakerTurn;

// "PRESIDENT LEE:", "MR. ROE :", "MS. ANA-MARIA ROE:", "THE VICE PRESIDENT:", "PRIME MINISTER O’NEILL:"
const LABEL =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{Lu}\p{M}.'’-]*|of|de|da|bin|al))*)[ \t]*:[ \t]+(?=\S)/gmu;
// "Q  Mr. President, …": a question, in a page that has labels
const QUESTION = /^[ \t]*(Q)(?:[ \t]*:[ \t]*|[ \t]+)(?=[\p{Lu}“"‘'(])/gmu;
const MAX_LABEL_WORDS = 6;

function isLabel(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || label.length < 2) return false;
  return !isPlaceName(label) && !pageWords().kickers.has(label) && !pageWords().kickers.has(`${label}:`);
}

/** The speaker turns of a text, in order; empty when the text is no transcript. */
export function findTurns(text: string): Turn[] {
  const found: { label: string; start: number; body: number }[] = [];
  for (const m of text.matchAll(LABEL))
    if (isLabel(m[1]!))
      found.push({
        label: m[1]!,
        start: m.index + (m[0].length - m[0].trimStart().length),
        body: m.index + m[0].length,
      });
  if (found.length < 2 || new Set(found.map((f) => f.label)).size < 2) return [];
  for (const m of text.matchAll(QUESTION))
    found.push({ label: 'Q', start: m.index + (m[0].length - m[0].trimStart().length), body: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start);
  return found.map((f, i) => ({
    label: f.label,
    start: f.start,
    body: f.body,
    end: found[i + 1]?.start ?? text.length,
  }));
}

/**
 * The text with each question label written "Q:" so that "Q" is not read as the first letter of a name
 * ("Q  Good morning" is no person "Q Good"), and its turns. Other labels stay as written.
 */
export function transcriptTurns(text: string): { text: string; turns: Turn[] } {
  const turns = findTurns(text);
  if (!turns.some((t) => t.label === 'Q')) return { text, turns };
  const marked = text.replace(QUESTION, (m: string) => (m.includes(':') ? m : `${m.replace(/[ \t]+$/, '')}: `));
  return { text: marked, turns: findTurns(marked) };
}
