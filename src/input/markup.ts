import { decodeHTML } from 'entities';

/**
 * The markup stored pages keep around their words: Markdown written by page stores and static-site
 * generators (headings, block quotes, images, emphasis, escapes), quotation marks escaped twice by a
 * JSON writer (`\"`), a year glued to the line after it, and a sentence glued to the one before it. Each row of `MARKUP_RULES` rewrites one
 * such form over the whole text, in order; none changes a word of the report.
 */
export interface MarkupRule {
  id:
    | 'md-link-title'
    | 'md-image'
    | 'md-heading'
    | 'md-quote'
    | 'md-emphasis-line'
    | 'md-bold'
    | 'md-link-list'
    | 'md-teaser-link'
    | 'md-link'
    | 'backtick-apostrophe'
    | 'md-code'
    | 'backslash-escape'
    | 'glued-year'
    | 'glued-sentence'
    | 'html-block-tag'
    | 'html-inline-tag'
    | 'html-entity';
  example: string;
  pattern: RegExp;
  replace: string | ((match: string) => string);
}

export const MARKUP_RULES: readonly MarkupRule[] = [
  {
    // a link's tooltip ("title") repeats a headline, often another story's: never the report's words
    id: 'md-link-title',
    example: '[Ministers meet](https://example.org/x "Ministers meet in Lima") (the quoted title after the address)',
    pattern: /(\]\((?:https?:|\/|\.|data:)[^)\s]*)[ \t]+(?:"[^"\n]*"|'[^'\n]*')\)/g,
    replace: '$1)',
  },
  {
    id: 'md-image',
    example: '![](./images/talks.jpg) (a line that is only an image)',
    pattern: /^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$/gm,
    replace: '',
  },
  { id: 'md-heading', example: '## Talks in Lima', pattern: /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/gm, replace: '' },
  { id: 'md-quote', example: '> The ministers met on Monday', pattern: /^[ \t]{0,3}>[ \t]?/gm, replace: '' },
  {
    id: 'md-emphasis-line',
    example: '*State House  / *Lima, Peru** (emphasis marks opening or closing a line)',
    pattern: /^([ \t]*)\*{1,3}(?=\S)|(?<=\S)\*{1,3}([ \t]*)$/gm,
    replace: '$1$2',
  },
  { id: 'md-bold', example: 'the **joint statement** said', pattern: /\*\*([^*\n]+)\*\*/g, replace: '$1' },
  {
    // a list whose every item is one whole link is a box of links to other pages (related stories, sources),
    // never the report's own text: a link inside a sentence stays (md-link). The link may open with the story's
    // picture and put its kicker and headline on two lines (a hard break: a backslash ending the line)
    id: 'md-link-list',
    example:
      '2. [Ministers meet in Lima on trade](/news/2016/12/9/lima) (a list item that is only a link, with perhaps a tag line in emphasis: "_Context: Lima_"); * [![](/img/1.jpg)DIPLOMACY\\⏎ Ministers meet in Lima](/news/2)',
    pattern:
      /^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]+\[(?:!\[[^\]\n]*\]\([^)\s]*\))?(?:[^\]\n\\]|\\\n[ \t]*|\\(?!\n))+\]\((?:https?:|\/|\.)[^)\s]*\)[ \t]*(?:([_*])[^\n]{1,200}\1)?[ \t]*$/gm,
    replace: '',
  },
  {
    // another story's headline over a link with no words ("[](/world/…)"), as Reuters lists its other stories: a
    // line without a closing mark (a sentence of the report that ends in one keeps its link's line alone)
    id: 'md-teaser-link',
    example:
      'Ministers meet in Lima on trade⏎[](https://example.org/world/lima-talks/) (the headline goes with its link)',
    pattern: /^[ \t]*\p{Lu}[^\n]{8,200}[^\s.!?:"”’)\]]\n[ \t]*\[\]\((?:https?:|\/)[^\n]*\)[ \t]*$/gmu,
    replace: '',
  },
  {
    id: 'md-link',
    example: '[the readout](https://example.gov/readout)',
    pattern: /(?<!!)\[([^\]\n]+)\]\((?:https?:|\/|\.)[^)\s]*\)/g,
    replace: '$1',
  },
  {
    id: 'backtick-apostrophe',
    // before md-code: two such marks in a line ("Federation`s … Tatarstan`s") would read as a code span
    example: 'the Federation`s Republic, Côte d`Ivoire (a backtick typed for an apostrophe, between two letters)',
    pattern: /(?<=\p{L})`(?=\p{L})/gu,
    replace: '’',
  },
  { id: 'md-code', example: 'Published :`2024-07-27 15:14:31`', pattern: /`([^`\n]{1,80})`/g, replace: '$1' },
  {
    id: 'backslash-escape',
    // a JSON writer that escaped a page twice leaves two backslashes before a mark (`\\"`): both go
    example: 'said \\"we agree\\", President\\_Lee, quoted \\\\"twice\\\\" (Markdown and JSON escapes)',
    pattern: /\\+(["'`*_{}[\]()#+.!-])|\\(\\)/g,
    replace: '$1$2',
  },
  {
    id: 'html-entity',
    example: 'talks&nbsp;in Lima &amp; Quito (entities left in a text: the entities package decodes them)',
    pattern: /&(?:[a-z][a-z\d]{1,30}|#\d{1,7}|#x[\da-f]{1,6});/gi,
    replace: (m) => decodeHTML(m),
  },
  {
    id: 'html-block-tag',
    example: "<p>The ministers met.</p><br/> (the tags of a feed item's HTML left in a text: a line break)",
    pattern: /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|td)(?:\s[^<>]*)?\/?>/gi,
    replace: '\n',
  },
  {
    id: 'html-inline-tag',
    example: 'on <a href="https://example.org/x">Example News</a> (a link or emphasis tag: only its text stays)',
    pattern: /<\/?(?:a|b|i|em|strong|span|small|sup|sub|u|img|abbr|cite|time)(?:\s[^<>]*)?\/?>/gi,
    replace: '',
  },
  {
    id: 'glued-year',
    example: 'May 21st 2020BERLIN AND PARIS',
    pattern: /\b((?:19|20)\d{2})(?=\p{Lu}{2})/gu,
    replace: '$1 ',
  },
  {
    id: 'glued-sentence',
    example: 'President Tavo Merrin.The minister said (a full stop with no space after it, between two words)',
    pattern: /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu,
    replace: '. ',
  },
];

/** The text with its markup rewritten by `MARKUP_RULES`. */
export function cleanMarkup(text: string): string {
  let out = text;
  for (const rule of MARKUP_RULES)
    out =
      typeof rule.replace === 'string'
        ? out.replace(rule.pattern, rule.replace)
        : out.replace(rule.pattern, rule.replace);
  return out;
}

/** The width a text is hard-wrapped at, or null when its lines are paragraphs (most lines are not near one width). */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 8) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > 100 || width < 40) return null;
  const near = lengths.filter((n) => n >= width - 20 && n <= width).length;
  return near >= lengths.length * 0.4 ? width : null;
}

// a line that opens a block of its own: a speaker's label, a question, a list item
const OPENS_BLOCK = /^\s*(?:\p{Lu}[\p{Lu}.'’ -]*:\s|Q\s{1,}\S|[-*•]\s|\d+[.)]\s)/u;

/**
 * A text hard-wrapped at a fixed width (Markdown as page stores write it, e-mail, plain-text
 * releases: "President Lee met\nPresident Roe in Lima …") with its paragraphs' lines joined, so that a
 * sentence or a name is not cut by a line end. A line is joined to the next when it is long (the
 * wrap cut it), does not end with a Markdown hard break (two spaces; unless most lines end so, which is a
 * converter marking its own wraps), and the next does not open a block (a speaker's label, a list item). A
 * text whose lines are paragraphs is left as it is.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  if (width === null) return text;
  // a converter that ends every wrapped line with two spaces wrote no hard breaks, only its wraps
  const filled = lines.filter((l) => l.trim() !== '');
  const breaksAreWraps = filled.filter((l) => / {2,}$/.test(l)).length >= filled.length * 0.5;
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      line.trim() !== '' &&
      prev.trim() !== '' &&
      prev.trimEnd().length >= width * 0.6 &&
      (breaksAreWraps || !/ {2,}$/.test(prev)) &&
      !OPENS_BLOCK.test(line);
    if (joins) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}
