import { lexicon } from '../../knowledge/index.js';
import type { Sentence, Token } from '../text.js';
import { triggersAt } from './words.js';

/** "for more than five hours", "which lasted seven and a half hours", "the half-hour meeting". */
export function findDuration(text: string): { text: string; minutes: number } | null {
  const lex = lexicon();
  const m =
    /\b(?:for|lasted|lasting|of)\s+((?:more than|over|about|around|nearly|almost|some|roughly|at least|less than)\s+)?([a-z]+|\d+(?:\.\d+)?)((?:[- ]and[- ]a[- ]half)?)[- ](hours?|minutes?)\b/i.exec(
      text,
    ) ?? /\b(a|one|two|three|four|five|six|half)-(hour|minute)\b/i.exec(text);
  if (!m) return null;
  if (m.length === 3) {
    const n = lex.numbers.get(m[1]!.toLowerCase()) ?? Number(m[1]);
    return { text: m[0], minutes: Math.round(n * (m[2]!.toLowerCase() === 'hour' ? 60 : 1)) };
  }
  const n = lex.numbers.get(m[2]!.toLowerCase()) ?? Number(m[2]);
  if (!Number.isFinite(n)) return null;
  const total = (n + (m[3] ? 0.5 : 0)) * (m[4]!.toLowerCase().startsWith('hour') ? 60 : 1);
  return { text: m[0].replace(/^(for|lasted|lasting|of)\s+/i, ''), minutes: Math.round(total) };
}

interface Place {
  name: string;
  /** offset of its "in" / "at" */
  at: number;
}

const joinText = (ts: Token[]) => ts.map((w) => w.text).join(' ');

/** The capitalised words of a place after "in" / "at" (the word "the" and "of the" inside): token range [a, b). */
function placeWords(toks: Token[], k: number): [number, number] {
  let a = k + 1;
  if (toks[a]?.lower === 'the') a++;
  let b = a;
  const inName = (b: number) => {
    const t = toks[b]!;
    if (t.quoted) return false;
    if (t.cap) return true;
    if (t.lower === 'of') return !!toks[b + 1]?.cap || (toks[b + 1]?.lower === 'the' && !!toks[b + 2]?.cap);
    return t.lower === 'the' && toks[b - 1]?.lower === 'of' && !!toks[b + 1]?.cap;
  };
  while (b < toks.length && inName(b)) b++;
  return [a, b];
}

/** Every place phrase of a sentence: "at the Palace of Nations in Geneva", "in Moscow". */
export function placesIn(s: Sentence): Place[] {
  const lex = lexicon();
  const toks = s.tokens;
  const out: Place[] = [];
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.quoted || (t.lower !== 'in' && t.lower !== 'at')) continue;
    const [a, b] = placeWords(toks, k);
    if (b === a) continue;
    const words = toks.slice(a, b);
    if (words.some((w) => lex.months.has(w.lower) || lex.weekdays.has(w.lower))) continue;
    const name = joinText(words).replace(/[’']s$/, '');
    const known =
      words.length > 1 ||
      lex.capitals.has(name.toLowerCase()) ||
      lex.countryByWord.has(name.toLowerCase()) ||
      t.lower === 'at' ||
      words[0]!.tags.includes('Place');
    // "the crisis in Myanmar", "the war in Ukraine": the place of a thing, not of a meeting
    const p = toks[k - 1];
    const thing =
      p && p.word && !p.cap && p.tags.includes('Noun') && !PLACE_AFTER.test(p.lower) && !lex.titleWords.has(p.lower);
    if (!known || (thing && !triggersAt(toks, k - 1).length)) continue;
    // "at the Hyderabad House in New Delhi"; "in Tokyo in January": a month after the place is no place
    let e = b + 1;
    if (toks[b]?.lower === 'in' && toks[b + 1]?.cap)
      while (e < toks.length && toks[e]!.cap && !lex.months.has(toks[e]!.lower) && !lex.weekdays.has(toks[e]!.lower))
        e++;
    out.push({ name: e > b + 1 ? `${name}, ${joinText(toks.slice(b + 1, e))}` : name, at: t.start });
  }
  return out;
}

/** nouns after which "in" / "at" may place a meeting ("for an hour in", "at his residence in"), unlike "the crisis in" */
const PLACE_AFTER =
  /^(?:met|meet|meets|held|hold|holds|talks|meeting|hosted|received|arrived|them|him|her|hour|hours|minutes|morning|afternoon|evening|night|day|together|again|later|earlier|privately|separately|also|briefly|there|here|residence|office|palace|headquarters|sidelines|person)$/;

/** where a clause ends: the place of another event may follow */
const CLAUSE_END = /;|,\s*(?:and|but|while|as|whereas)\b|\bwhile\b/i;

/**
 * The place of a meeting whose trigger is at offset `at`: the first place after the trigger in its clause,
 * else the sentence's first place before it ("In Accra on Thursday, A hosted B") — unless the meeting is a
 * past one, which is not placed at this report's venue ("Speaking in Beijing, A recalled meeting B in 2022").
 */
export function placeOf(s: Sentence, at: number, past: boolean): string | null {
  const places = placesIn(s);
  const after = places.find((p) => p.at >= at);
  if (after && !CLAUSE_END.test(s.text.slice(at - s.start, after.at - s.start))) return after.name;
  const before = places[0];
  return past || !before || before.at >= at ? null : before.name;
}
