import { lexicon } from '../../knowledge/index.js';

/**
 * Finds direct quotations in an article's text: curly and straight double marks, single marks used
 * as quotes (headlines: ‘red lines’, 'deescalate'), and quotations that run over paragraphs,
 * where each paragraph opens with a mark and only the last one closes.
 */

export interface QuoteSpan {
  /** the words inside the marks; paragraphs of one quotation joined with a space */
  text: string;
  /** offset of the opening mark */
  open: number;
  /** offset just after the closing mark (or the end of the last paragraph when none closes it) */
  close: number;
  /** offsets of the quoted text pieces (one per paragraph) */
  pieces: [number, number][];
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{—–\-:;,/]/;

/** Opening or closing double mark at i, or null. */
function doubleKind(text: string, i: number): 'open' | 'close' | null {
  const c = text[i];
  if (c === '“' || c === '„' || c === '«') return 'open';
  // a page that opens its quotations with a right mark too (”We are ready,” he said): after a space, before a letter
  if (c === '”' && (text[i - 1] === undefined || OPEN_CONTEXT.test(text[i - 1]!)) && isLetter(text[i + 1]))
    return 'open';
  if (c === '”' || c === '»') return 'close';
  if (c !== '"') return null;
  const prev = text[i - 1];
  const next = text[i + 1];
  if ((prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next)) return 'open';
  if (!isSpace(prev)) return 'close';
  return isSpace(next) ? null : 'open';
}

function singleKind(text: string, i: number): 'open' | 'close' | null {
  const c = text[i];
  if (c !== '‘' && c !== '’' && c !== "'") return null;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c !== '’' && (prev === undefined || OPEN_CONTEXT.test(prev)) && isLetter(next)) return 'open';
  if (c !== '‘' && !isSpace(prev) && !isLetter(next)) return 'close';
  return null;
}

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paras: [number, number][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    paras.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  const nonEmpty = paras.filter(([a, b]) => text.slice(a, b).trim());
  let pending: QuoteSpan | null = null; // a quotation still open at the end of a paragraph
  for (let pi = 0; pi < nonEmpty.length; pi++) {
    const a = nonEmpty[pi]![0];
    let b = nonEmpty[pi]![1];
    let i = a;
    // a paragraph that continues an open quotation starts with an opening mark
    if (pending) {
      const first = a + (text.slice(a, b).length - text.slice(a, b).trimStart().length);
      if (doubleKind(text, first) === 'open') {
        const end = closeOf(text, first + 1, b);
        pending.pieces.push([first + 1, end ?? b]);
        if (end !== null) {
          pending.close = end + 1;
          finish(pending, text, out);
          pending = null;
          i = end + 1;
        } else {
          pending.close = b;
          continue;
        }
      } else {
        const run = runOn(text, nonEmpty, pi);
        if (run) {
          for (const [ra, rb] of nonEmpty.slice(pi, run.pi)) pending.pieces.push([ra, rb]);
          pending.pieces.push([nonEmpty[run.pi]![0], run.end]);
          pending.close = run.end + 1;
          pi = run.pi;
          b = nonEmpty[pi]![1];
          i = run.end + 1;
        }
        finish(pending, text, out);
        pending = null;
      }
    }
    for (; i < b; i++) {
      const k = gluedOpen(text, i) ? 'open' : doubleKind(text, i);
      if (k === 'open') {
        const end = closeOf(text, i + 1, b);
        if (end === null) {
          pending = { text: '', open: i, close: b, pieces: [[i + 1, b]] };
          break;
        }
        const q: QuoteSpan = { text: '', open: i, close: end + 1, pieces: [[i + 1, end]] };
        finish(q, text, out);
        i = end;
        continue;
      }
      if (singleKind(text, i) === 'open') {
        const end = singleCloseOf(text, i + 1, b);
        if (end !== null) {
          finish({ text: '', open: i, close: end + 1, pieces: [[i + 1, end]] }, text, out);
          i = end;
        }
      }
    }
  }
  if (pending) finish(pending, text, out);
  return out;
}

/**
 * A straight mark glued to the end of the sentence before it opens a quotation when no quotation is open
 * ('…until he met Putin."I don't believe …'): a scraped page that lost the space after a full stop.
 */
const gluedOpen = (text: string, i: number) =>
  text[i] === '"' && /[.?!;]/.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '');

/**
 * A quotation still open at the end of its paragraph that runs on through paragraphs that open with no mark
 * (a page that split a speech into paragraphs and kept only the outer marks): it closes at the first mark of
 * the next three paragraphs when that mark is a closing one ("…to the global community," she said).
 */
function runOn(text: string, paras: [number, number][], from: number): { pi: number; end: number } | null {
  for (let pi = from; pi < Math.min(paras.length, from + 3); pi++) {
    const [a, b] = paras[pi]!;
    for (let j = a; j < b; j++) {
      const k = doubleKind(text, j);
      if (k === 'close' && /[,.?!]/.test(text[j - 1] ?? '')) return { pi, end: j };
      if (k) return null;
    }
  }
  return null;
}

function closeOf(text: string, from: number, to: number): number | null {
  for (let j = from; j < to; j++) {
    const k = doubleKind(text, j);
    if (k === 'close') return j;
    if (k === 'open' && text[j] !== '"') return null; // a new quotation opens: this one ran on
  }
  return null;
}

/**
 * A single-mark quotation closes in its paragraph: a short one at the next closing mark
 * ("‘red lines’"), a long one (British style: ‘We are ready,’ he said) at a mark after
 * punctuation; a plural possessive ("the ministers’ talks") does not close it.
 */
function singleCloseOf(text: string, from: number, to: number): number | null {
  let first: number | null = null;
  for (let j = from; j < to; j++) {
    if (first !== null && singleKind(text, j) === 'open') return first;
    if (singleKind(text, j) !== 'close') continue;
    const prev = text[j - 1]!;
    if (/[,.?!]/.test(prev)) return j;
    const possessive = prev === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3));
    if (j - from < 80 && !possessive) return j;
    if (j - from < 80) first ??= j;
  }
  return first;
}

/** A nickname inside a name: President Joko “Jokowi” Widodo */
const nickname = (q: QuoteSpan, text: string) =>
  /^\p{Lu}[\p{L}’'.-]*$/u.test(q.text) &&
  /\p{Lu}[\p{L}’'.-]*\s$/u.test(text.slice(Math.max(0, q.open - 30), q.open)) &&
  /^\s\p{Lu}\p{Ll}/u.test(text.slice(q.close, q.close + 4));

/**
 * The title of a link or an image in a page kept as Markdown, after an address: `[text](https://example.com/x "Share")`;
 * not words in brackets (`(he called it "a disaster")`)
 */
const linkTitle = (q: QuoteSpan, text: string) =>
  text[q.close] === ')' && /\(<?[^\s()]*[/:][^\s()]*>?[ \t]+$/.test(text.slice(Math.max(0, q.open - 2000), q.open));

/**
 * Marks that are no quotation: a nickname inside a name, a link's title, around an address ("//cdn.example.com/x.js", "https://…") or a
 * code argument left in a scraped page (`createElement("script")`: a word right after "identifier(").
 */
function notQuotation(q: QuoteSpan, text: string): boolean {
  if (nickname(q, text) || linkTitle(q, text)) return true;
  if (/\s/.test(q.text)) return false;
  return (
    /^(?:[a-z]+:)?\/\/|^www\./i.test(q.text) || /[\p{L}\p{N}_$][(=]$/u.test(text.slice(Math.max(0, q.open - 2), q.open))
  );
}

function finish(q: QuoteSpan, text: string, out: QuoteSpan[]) {
  q.text = q.pieces
    .map(([a, b]) => text.slice(a, b).trim())
    .filter(Boolean)
    .join(' ');
  if (/[\p{L}\p{N}]/u.test(q.text) && !notQuotation(q, text)) out.push(q);
}

export interface NotQuoteRow {
  id: 'name-of-work';
  example: string;
  /** whether marks around these words set off a name rather than quote a person */
  when: (text: string) => boolean;
}

/**
 * Words in marks that no person is quoted saying: they stay quotation spans (the people rules read no
 * name inside them) but give no quote fact (quotes/direct.ts).
 */
export const NOT_QUOTES: readonly NotQuoteRow[] = [
  // the name of a work, event, programme or slogan: two to six words, each capitalised or a small word
  // of a title ("of", "and", "the"), the first and last capitalised
  {
    id: 'name-of-work',
    example: 'the forum opened under the banner “Bridges Over The Sea” in the capital',
    when: (text) => {
      const words = text.replace(/[.,;:!?*_]+$|^[*_]+/g, '').split(/\s+/);
      if (words.length < 2 || words.length > 6) return false;
      const connect = lexicon().grammar.titleConnectors;
      const cap = (w: string) => /^[\p{Lu}\d][\p{L}\d’'.&-]*$/u.test(w) && !/^\p{Lu}+[’']\p{Lu}$/u.test(w);
      return (
        cap(words[0]!) &&
        cap(words[words.length - 1]!) &&
        words.every((w) => cap(w) || connect.has(w)) &&
        // a sentence in capitals ("WE WILL NOT WAIT") is speech
        !words.every((w) => !/\p{Ll}/u.test(w))
      );
    },
  },
];

/** A function telling whether an offset lies inside one of the quotations. */
export function insideQuotes(quotes: QuoteSpan[]): (offset: number) => boolean {
  const pieces = quotes.flatMap((q) => q.pieces).sort((x, y) => x[0] - y[0]);
  return (o) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = pieces[mid]!;
      if (o < a) hi = mid - 1;
      else if (o >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
