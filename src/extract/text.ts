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
    // "President A & Prime Minister B": an ampersand is the word "and"
    const amp = t === '&';
    const word = amp || /[\p{L}\p{N}]/u.test(t[0]!);
    const poss = word && /['’]s$/i.test(t) && t.length > 2;
    const base = poss ? t.slice(0, -2) : t;
    out.push({
      text: t,
      lower: amp ? 'and' : base.toLowerCase(),
      base,
      start,
      end: start + t.length,
      cap: /^\p{Lm}?\p{Lu}/u.test(t), // "ʻUlukalala": a glottal stop (a modifier letter) may open a name
      poss,
      word,
      quoted: quoted(start),
      tags: tagAt(start),
    });
  }
  return out;
}

/** the wrap column of a hard-wrapped block lies between these: shorter lines are lists, longer ones paragraphs */
const WRAP_MIN = 50;
const WRAP_MAX = 100;

type Span = [number, number];

/** a line that opens with a transcript's speaker label ("PRESIDENT LOPES: …") starts a paragraph of its own */
const SPEAKER_LABEL = /^\s*[A-Z][A-Z.'’\- ]{1,60}:\s/;

/** Blocks of non-empty lines (between blank lines), each a list of line spans. */
function blocks(text: string): Span[][] {
  const out: Span[][] = [];
  let block: Span[] = [];
  for (let pos = 0; pos <= text.length;) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(pos, end).trim()) block.push([pos, end]);
    else if (block.length) {
      out.push(block);
      block = [];
    }
    pos = end + 1;
  }
  if (block.length) out.push(block);
  return out;
}

/**
 * The paragraphs of a text as [start, end) spans: each non-empty line, except that the lines of a hard-wrapped
 * block are one paragraph where a line stops short of a sentence's end ("… met with President Felix" /
 * "Tshisekedi of …"). A block is hard-wrapped when it has three or more lines, the longest of WRAP_MIN to
 * WRAP_MAX characters and most of them filled to that column; a block of two lines is when the text has such
 * blocks and its first line is filled to their column ("… to meet with President John" / "Kennedy in …"). A line
 * joins the next only where the next one's first word would not have fit on it (as a wrapping editor breaks): a
 * headline over a speaker's line ("Remarks by A and B" / "PRESIDENT A: …") stays a paragraph.
 */
export function paragraphs(text: string): Span[] {
  const all = blocks(text);
  const lengths = all.map((block) => block.map(([a, b]) => text.slice(a, b).trimEnd().length));
  const column = (lens: number[]) => {
    const max = Math.max(...lens);
    const filled = lens.filter((n) => n >= 0.7 * max).length;
    return lens.length >= 3 && max >= WRAP_MIN && max <= WRAP_MAX && filled * 2 >= lens.length ? max : 0;
  };
  const docColumn = Math.max(0, ...lengths.map(column));
  const out: Span[] = [];
  all.forEach((block, n) => {
    const lens = lengths[n]!;
    let col = column(lens);
    if (!col && lens.length === 2 && docColumn && lens[0]! >= 0.7 * docColumn && lens[0]! <= docColumn) col = docColumn;
    let start = block[0]![0];
    const width = Math.max(col, docColumn);
    block.forEach(([from, end], k) => {
      // a wrapping editor breaks a line where the next word would not fit: "… with President Felix" + "Tshisekedi"
      const next = block[k + 1]
        ? text
            .slice(block[k + 1]![0], block[k + 1]![1])
            .trim()
            .split(/\s/)[0]!
        : '';
      const line = text.slice(from, end).trimEnd();
      const joins =
        (col > 0 &&
          next !== '' &&
          lens[k]! + 1 + next.length > width &&
          !/[.!?:]["”’']?$/.test(line) &&
          !SPEAKER_LABEL.test(text.slice(block[k + 1]![0], block[k + 1]![1]))) ||
        // "… Syed Murad Ali Shah and Mr." / "Sharjeel Inam Memon, …": a title written short never ends a paragraph
        (/^\p{Lu}/u.test(next) && lexicon().abbreviations.titleLineEnd.test(line));
      if (joins) return;
      out.push([start, end]);
      if (k + 1 < block.length) start = block[k + 1]![0];
    });
  });
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
  let para = 0;
  for (const [from, to] of paragraphs(text)) {
    const before = spans.length;
    splitParagraph(text.slice(from, to), from, spans);
    for (let i = before; i < spans.length; i++) paraOf.push(para);
    para++;
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
