import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleMeta } from '../model.js';
import { normaliseDate } from './dates.js';
import { InputError, MAX_REPORT_BYTES } from './errors.js';
import { readFrontMatter } from './frontmatter.js';
import { looksLikeHtml, readHtml } from './html.js';
import { cleanMarkup, unwrapLines } from './markup.js';
import { repairMojibake } from './mojibake.js';
import { canonicalOutlet, hostOf, outletOfUrl } from './outlets.js';
import { looksLikeFeed, parseFeed } from './feeds.js';
import { parseRecords, type ReportRecord } from './records.js';
import { cleanText } from './text.js';
import { transcriptTurns } from './turns.js';

/**
 * Reading reports: plain text as scraped, HTML pages, JSON and JSON Lines records, into
 * `Article`s. Metadata the user gives (`ArticleMeta`: record fields, CLI flags) wins over what is
 * read from the page; what the page's markup says wins over what its text suggests.
 */
export { InputError, MAX_REPORT_BYTES } from './errors.js';
export type { InputProblem } from './errors.js';

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const given = (v: string | null | undefined) => (v == null || v.trim() === '' ? undefined : v.trim());

/** What the page itself says, below what the user says. */
interface PageMeta {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  /** the weakest clue: the outlet whose site serves the page's image */
  imageOutlet?: string | null;
  /** `published` is a page store's marker, not a field of the page */
  stored?: boolean;
}

function userDate(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  const d = normaliseDate(value);
  if (!d) throw new InputError(where, 'format', `published "${value}" is not a date (use YYYY-MM-DD)`);
  return d;
}

function buildArticle(
  raw: string,
  meta: ArticleMeta,
  page: PageMeta,
  fallbackId: string | undefined,
  where: string,
): Article {
  const c = cleanText(raw);
  const { text, turns } = transcriptTurns(c.text);
  if (!text.trim())
    throw new InputError(where, 'empty', 'no report text left once navigation and boilerplate are removed');
  const url = given(meta.url) ?? given(page.url) ?? null;
  // The originating agency (a dateline's first tag, a "Source:" line, an agency byline, a © line) names the
  // report's source better than the site that carried it; the site (page metadata, then the URL's domain)
  // beats the weak clues of layout (a header line, a signature line); a page no clue names is its URL's host.
  const strong =
    c.outletClue && c.outletClue !== 'header' && c.outletClue !== 'signature' && c.outletClue !== 'interview';
  // "…, she told the BBC": weaker than any sign the page itself gives, an image's site included
  const told = c.outletClue === 'interview' ? c.outlet : null;
  const outlet =
    canonicalOutlet(given(meta.outlet)) ??
    (strong
      ? c.outlet
      : (canonicalOutlet(page.outlet) ??
        (url ? (outletOfUrl(url)?.name ?? null) : null) ??
        (told ? null : c.outlet) ??
        page.imageOutlet ??
        told ??
        // the last resort: the site the page was taken from, as its host names it ("example-news.com")
        hostOf(url)));
  return {
    id: given(meta.id) ?? url ?? fallbackId ?? sha256(text),
    source: meta.source ?? 'api',
    title: given(meta.title) ?? given(page.title) ?? c.title,
    outlet,
    // a page store's date marker is the day it stored the page: a date the report's page gives wins over it
    published:
      userDate(given(meta.published), where) ??
      (page.stored ? (c.published ?? page.published ?? null) : (page.published ?? c.published)),
    url,
    dateline: c.dateline,
    text,
    contentHash: sha256(text),
    ...(turns.length ? { turns } : {}),
  };
}

/**
 * A report given as a string: plain text as scraped, or an HTML page (recognised by its start). Its
 * mojibake is repaired, its front matter read (frontmatter.ts) and its markup cleaned (markup.ts); a title
 * given above the text is put first, as the headline of a plain report.
 */
export function readReportText(text: string, meta: ArticleMeta = {}, fallbackId?: string): Article {
  const where = meta.source ?? meta.id ?? 'report';
  if (!text.trim()) throw new InputError(where, 'empty', 'is empty');
  if (looksLikeHtml(text)) return readReportHtml(text, meta, fallbackId);
  const repaired = repairMojibake(text);
  const fm = readFrontMatter(repaired, where);
  let body = unwrapLines(cleanMarkup(fm ? fm.body : repaired));
  const title = fm?.meta.title ? cleanMarkup(fm.meta.title) : null;
  if (title && !body.trimStart().startsWith(title)) body = `${title}\n\n${body}`;
  const page: PageMeta = fm ? { ...fm.meta, title } : {};
  return buildArticle(body, meta, page, fallbackId, where);
}

/** An HTML page. */
export function readReportHtml(html: string, meta: ArticleMeta = {}, fallbackId?: string): Article {
  const page = readHtml(repairMojibake(html));
  return buildArticle(
    // the page's own Markdown or escapes in its text, a sentence glued to the one before
    cleanMarkup(page.text),
    meta,
    { title: page.title, outlet: page.siteName, published: page.published, url: page.url },
    fallbackId,
    meta.source ?? 'report',
  );
}

/**
 * Records of a JSON (`lines` false) or JSON Lines file, or the items of an RSS or Atom feed (`lines` 'feed'). A record's fields win over `meta` (the
 * CLI's flags act as defaults for records that lack a field). Ids: the record's url, else its
 * `id`, else `base#index`. In a file of several records, a record that cleaning leaves empty (a feed item that is only
 * a link or a tag) is left out; the file is an error only when every record is.
 */
export function readRecords(content: string, meta: ArticleMeta = {}, lines: boolean | 'feed' = false): Article[] {
  const source = meta.source ?? 'api';
  const base = path.basename(source);
  const records = lines === 'feed' ? parseFeed(content, source) : parseRecords(content, source, lines);
  const articles: Article[] = [];
  let empty: InputError | null = null;
  for (const [i, r] of records.entries()) {
    try {
      articles.push(recordArticle(r, i, meta, source, base));
    } catch (e) {
      // a feed's item that cleaning leaves empty (a bare link, an outlet's tag) is no report; the others still are
      if (!(e instanceof InputError) || e.problem !== 'empty' || records.length === 1) throw e;
      empty ??= e;
    }
  }
  if (!articles.length) throw empty!;
  return articles;
}

function recordArticle(r: ReportRecord, i: number, meta: ArticleMeta, source: string, base: string): Article {
  const m: ArticleMeta = {
    ...meta,
    id: given(r.url) ?? given(r.id) ?? `${base}#${i}`,
    title: r.title ?? meta.title,
    outlet: r.outlet ?? meta.outlet,
    published: r.published ?? meta.published,
    url: r.url ?? meta.url,
    source,
  };
  return looksLikeHtml(r.text) ? readReportHtml(r.text, m) : readReportText(r.text, { ...m, source }, undefined);
}

/**
 * The format of an input, from its name and, for names that do not say (stdin, no extension), its
 * content: JSON only when it parses as such, so a report starting with "[" stays a report.
 */
export function detectFormat(name: string, content: string): InputFormat {
  const ext = path.extname(name).toLowerCase();
  // an RSS or Atom feed (its items are reports), whatever its name says
  if (looksLikeFeed(content)) return 'feed';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (looksLikeHtml(content)) return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  const t = content.trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      JSON.parse(t);
      return 'json';
    } catch {
      const first = t.slice(0, t.indexOf('\n') >>> 0);
      try {
        JSON.parse(first);
        return 'jsonl';
      } catch {
        // not JSON: a report that happens to start with a bracket
      }
    }
  }
  return 'text';
}

/**
 * Checks raw bytes before reading them as a report: not empty, not binary, UTF-8, at most
 * MAX_REPORT_BYTES. Returns the text (a UTF-8 byte-order mark removed).
 */
const tooLarge = (name: string, size: number) =>
  new InputError(
    name,
    'too-large',
    `is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1048576} MB limit for one report; split it into one file per report or a JSON Lines file`,
  );

export function decodeReport(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_REPORT_BYTES) throw tooLarge(name, bytes.length);
  if (bytes.length === 0) throw new InputError(name, 'empty', 'is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(name, 'encoding', 'is UTF-16 text; convert it to UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)');
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(name, 'binary', 'is a binary file, not a text, HTML or JSON report');
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control > head.length * 0.1)
    throw new InputError(name, 'binary', 'is a binary file, not a text, HTML or JSON report');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new InputError(
      name,
      'encoding',
      `is not UTF-8 text (invalid byte at offset ${bad}); convert it, e.g. \`iconv -f LATIN1 -t UTF-8\``,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(name, 'empty', 'is empty (only whitespace)');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const d = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // the longest valid prefix, by bisection (a cut inside a character also fails, hence the slack of 4)
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  for (let i = lo; i <= hi; i++) {
    try {
      d.decode(bytes.subarray(0, i));
    } catch {
      return i - 1;
    }
  }
  return lo;
}

/** Reads the reports in bytes already loaded (a file's, or stdin's). */
export function readReportBytes(bytes: Uint8Array, meta: ArticleMeta & { source: string }): Article[] {
  const name = meta.source;
  const content = decodeReport(bytes, name);
  const base = name === 'stdin' ? undefined : path.basename(name);
  switch (detectFormat(name, content)) {
    case 'json':
      return readRecords(content, meta, false);
    case 'jsonl':
      return readRecords(content, meta, true);
    case 'feed':
      return readRecords(content, meta, 'feed');
    case 'html':
      return [readReportHtml(content, meta, base)];
    default:
      return [readReportText(content, meta, base)];
  }
}

/**
 * Reads reports from a stream (stdin by default), like a file named `stdin`. Reading stops once
 * the stream is over MAX_REPORT_BYTES, and the size error names it.
 */
export async function readReportStdin(
  meta: ArticleMeta = {},
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<Article[]> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    chunks.push(b);
    size += b.length;
    if (size > MAX_REPORT_BYTES) break;
  }
  return readReportBytes(Buffer.concat(chunks), { ...meta, source: meta.source ?? 'stdin' });
}

/**
 * Reads one input file: a plain or HTML report gives one article, a JSON or JSON Lines file one
 * per record. Throws `InputError` naming the file when it is missing, unreadable, empty, binary,
 * not UTF-8 or over 5 MB.
 */
export async function readReportFile(file: string, meta: ArticleMeta = {}): Promise<Article[]> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new InputError(file, 'missing', 'no such file')
      : new InputError(file, 'unreadable', `cannot be read (${code ?? (e as Error).message})`);
  }
  if (stat.isDirectory())
    throw new InputError(file, 'unreadable', 'is a directory; give the report files in it (e.g. dir/*.txt)');
  if (stat.size > MAX_REPORT_BYTES) throw tooLarge(file, stat.size);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new InputError(
      file,
      'unreadable',
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check its permissions`,
    );
  }
  return readReportBytes(bytes, { ...meta, source: meta.source ?? file });
}
