import { decodeHTML } from 'entities';

/**
 * The markup stored pages keep around their words: Markdown written by page stores and static-site
 * generators (headings, block quotes, images, emphasis, escapes), quotation marks escaped twice by a
 * JSON writer (`\"`), and a year glued to the line after it. Each row of `MARKUP_RULES` rewrites one
 * such form over the whole text, in order; none changes a word of the report.
 */
export interface MarkupRule {
  id:
    | 'md-image'
    | 'md-heading'
    | 'md-quote'
    | 'md-emphasis-line'
    | 'md-bold'
    | 'md-link'
    | 'md-code'
    | 'backslash-escape'
    | 'glued-year'
    | 'html-entity';
  example: string;
  pattern: RegExp;
  replace: string | ((match: string) => string);
}

export const MARKUP_RULES: readonly MarkupRule[] = [
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
    id: 'md-link',
    example: '[the readout](https://example.gov/readout)',
    pattern: /(?<!!)\[([^\]\n]+)\]\((?:https?:|\/|\.)[^)\s]*\)/g,
    replace: '$1',
  },
  { id: 'md-code', example: 'Published :`2024-07-27 15:14:31`', pattern: /`([^`\n]{1,80})`/g, replace: '$1' },
  {
    id: 'backslash-escape',
    example: 'said \\"we agree\\", President\\_Lee (Markdown and JSON escapes)',
    pattern: /\\(["'`*_{}[\]()#+.!\\-])/g,
    replace: '$1',
  },
  {
    id: 'glued-year',
    example: 'May 21st 2020BERLIN AND PARIS',
    pattern: /\b((?:19|20)\d{2})(?=\p{Lu}{2})/gu,
    replace: '$1 ',
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
