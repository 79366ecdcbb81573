import { lexicon } from '../knowledge/index.js';

/**
 * Sentences and tokens of an article, with character offsets into `Article.text`. Sentences end at
 * a line break or at . ! ? followed by space and a capital, a digit or a quotation mark, except
 * after abbreviations ("Mr.", "U.S.", "Jan."). Tokens keep possessives and hyphens inside words.
 */

export interface Token {
  text: string;
  /** lower case, possessive "'s" removed */
  lower: string;
  /** the word without a possessive "'s" */
  base: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** ends in 's / ’s */
  poss: boolean;
  /** a word (letters or digits), not punctuation */
  word: boolean;
  /** inside quotation marks */
  quoted: boolean;
  /** compromise tags, when compromise tagged a term starting here */
  tags: readonly string[];
}

export interface Sentence {
  index: number;
  /** index of the paragraph (line) it belongs to */
  para: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** Splits a paragraph (no line breaks) into sentence spans [start, end) relative to `offset`. */
function splitParagraph(p: string, offset: number, out: [number, number][]): void {
  const re = /[.!?]+["”’']*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
  const abbreviation = lexicon().abbreviations.beforePeriod;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && abbreviation.test(p.slice(Math.max(0, m.index - 12), m.index))) continue;
    push(p, from, end, offset, out);
    from = end;
  }
  push(p, from, p.length, offset, out);
}

function push(p: string, a: number, b: number, offset: number, out: [number, number][]) {
  while (a < b && /\s/.test(p[a]!)) a++;
  while (b > a && /\s/.test(p[b - 1]!)) b--;
  if (b > a) out.push([offset + a, offset + b]);
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-.](?=[\p{L}\p{N}]))*|\S/gu;

function tokenize(
  text: string,
  offset: number,
  tagAt: (offset: number) => readonly string[],
  quoted: (offset: number) => boolean,
): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = offset + m.index;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    const poss = word && /['’]s$/i.test(t) && t.length > 2;
    const base = poss ? t.slice(0, -2) : t;
    out.push({
      text: t,
      lower: base.toLowerCase(),
      base,
      start,
      end: start + t.length,
      cap: /^\p{Lu}/u.test(t),
      poss,
      word,
      quoted: quoted(start),
      tags: tagAt(start),
    });
  }
  return out;
}

/** Splits `text` into sentences; `tagAt` gives compromise's tags for a term starting at an offset. */
export function sentences(
  text: string,
  tagAt: (offset: number) => readonly string[],
  quoted: (offset: number) => boolean,
): Sentence[] {
  const spans: [number, number][] = [];
  const paraOf: number[] = [];
  let pos = 0;
  let para = 0;
  for (const line of text.split('\n')) {
    const before = spans.length;
    if (line.trim()) {
      splitParagraph(line, pos, spans);
      for (let i = before; i < spans.length; i++) paraOf.push(para);
      para++;
    }
    pos += line.length + 1;
  }
  return spans.map(([s, e], index) => ({
    index,
    para: paraOf[index]!,
    start: s,
    end: e,
    text: text.slice(s, e),
    tokens: tokenize(text.slice(s, e), s, tagAt, quoted),
  }));
}
