import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { normaliseDate } from './dates.js';
import { InputError } from './errors.js';
import { bylineOutlet } from './layout.js';
import { lookupOutlet, nameOfHost, outletOfUrl } from './outlets.js';

/**
 * Metadata a stored page carries above its text, in the forms static-site generators and page
 * stores write (a page with front matter and nothing below it is an error naming it):
 * - YAML front matter between two `---` lines (Jekyll, Hugo, Eleventy …), parsed by the `yaml`
 *   package: `title`, `date`, `source_url`, `source_name`, `author` …;
 * - a header of `Key: value` lines closed by a blank line (Pelican, MultiMarkdown): `Title:`,
 *   `Date:`, `Src:`;
 * - a page store's ` date 2021-05-14 ` before the text.
 * The keys each field is read from are the table `KEYS`. A page whose YAML front matter does not
 * parse is read line by line; a key with a value of no use ("Unknown Source", "") is skipped.
 */
export interface FrontMatter {
  title: string | null;
  published: string | null;
  url: string | null;
  /** the outlet it names: a site or source name, else the outlet of an author field ("Agence France-Presse") */
  outlet: string | null;
  /** a weak clue: the outlet whose site serves the page's image ("i.example-news.com/…") */
  imageOutlet: string | null;
  /** the date is the page store's marker (" date 2024-05-06" before the text), not a field of the page */
  stored?: boolean;
}

/** Where each field is read from, first key first (keys compared in lower case, "-" as "_"). */
export const KEYS: Record<'title' | 'published' | 'url' | 'outlet' | 'author' | 'image', string[]> = {
  // WordPress exports: post_title, post_date (the post's local time), original_link (the syndicated source)
  title: ['title', 'headline', 'post_title'],
  published: [
    'published',
    'published_time',
    'published_at',
    'publishdate',
    'publish_date',
    'publication_date',
    'pubdate',
    'date_published',
    'datepublished',
    'post_date',
    'date',
    'post_date_gmt',
    'date_created',
    'created_at',
    'created',
  ],
  url: ['source_url', 'url', 'link', 'src', 'canonical', 'canonical_url', 'permalink', 'original_url', 'original_link'],
  outlet: ['source_name', 'site_name', 'publisher', 'outlet', 'source', 'site'],
  author: ['author', 'authors', 'byline', 'creators'],
  image: ['image', 'og_image', 'thumbnail', 'featured_image'],
};

/** values that say nothing ("source_name: Unknown Source") */
const EMPTY = /^(?:|unknown(?: source| author)?|n\/?a|none|null|anonymous|admin)$/i;

/** Hugo's TOML front matter between "+++" lines */
const TOML_BLOCK = /^\uFEFF?\s*\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;
const TOML_LINE = /^([A-Za-z][\w-]{0,30})[ \t]*=[ \t]*(.*)$/;
const YAML_BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADER_LINE = /^([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*)$/;
const STORE_DATE = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

const text = (v: unknown): string | null => {
  // a TOML date keeps its own offset in toISOString ("2023-08-01T00:15:00.000+04:00"): the page's day, not UTC's
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).replace(/\s+/g, ' ').trim();
    return EMPTY.test(s) ? null : s;
  }
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return text(v.name);
  return null;
};

function field(map: Map<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = text(map.get(k));
    if (v) return v;
  }
  return null;
}

const hostOutlet = (url: string | null) => (url && /^https?:\/\//i.test(url) ? (outletOfUrl(url)?.name ?? null) : null);

/** The fields of a map of keys, as `FrontMatter`. */
export function metaOf(entries: Iterable<[string, unknown]>): FrontMatter {
  const map = new Map<string, unknown>();
  for (const [k, v] of entries) map.set(k.toLowerCase().replace(/-/g, '_'), v);
  const published = field(map, KEYS.published);
  const author = field(map, KEYS.author);
  const named = field(map, KEYS.outlet);
  // "Kylie Atwood, Jennifer Hansler And Alex Marquardt, Cnn": an author field naming an outlet
  const byAuthor = author ? (bylineOutlet(`By ${author}`) ?? null) : null;
  const url = field(map, KEYS.url);
  return {
    title: field(map, KEYS.title),
    published: published ? normaliseDate(published) : null,
    url,
    // "author: Harbour Light Monitor" on harbourlightmonitor.com: an author field spelling the site's host is its name
    outlet: (named && (lookupOutlet(named)?.name ?? named)) || byAuthor || nameOfHost(author, url),
    imageOutlet: hostOutlet(field(map, KEYS.image)),
  };
}

/**
 * The keys of a YAML block. Page stores write front matter by hand or by template, and a value with an
 * unquoted ": " ("description: Talks: what next") breaks YAML: such a block is read line by line
 * (`key: value` at the start of a line), as static-site generators' lenient modes do.
 */
function yamlBlock(raw: string): [string, unknown][] {
  try {
    const value: unknown = parseYaml(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value);
  } catch {
    // read line by line below
  }
  return raw.split('\n').flatMap((l) => {
    const m = HEADER_LINE.exec(l.trimEnd());
    return m ? [[m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2')] as [string, unknown]] : [];
  });
}

/** The keys of a TOML block; a block TOML cannot read gives its one-line `key = "value"` entries. */
function tomlBlock(raw: string): [string, unknown][] {
  try {
    return Object.entries(parseToml(raw));
  } catch {
    // read line by line below
  }
  return raw.split('\n').flatMap((l) => {
    const m = TOML_LINE.exec(l.trimEnd());
    return m ? [[m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2')] as [string, unknown]] : [];
  });
}

/** A Pelican / MultiMarkdown header: two or more `Key: value` lines, one of them a title or date, then a blank line. */
function keyLines(raw: string): { entries: [string, string][]; length: number } | null {
  const lines = raw.split('\n');
  const entries: [string, string][] = [];
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = HEADER_LINE.exec(lines[i]!.trimEnd());
    if (!m) return null;
    entries.push([m[1]!, m[2]!.trim()]);
  }
  if (i >= lines.length || entries.length < 2) return null;
  if (!entries.some(([k]) => /^(?:title|date)$/i.test(k))) return null;
  return { entries, length: lines.slice(0, i).join('\n').length };
}

/** The page's front matter and its text below it; null when the page has none. */
export function readFrontMatter(page: string, where: string): { meta: FrontMatter; body: string } | null {
  const yaml = YAML_BLOCK.exec(page);
  if (yaml && /^\s*[\w-]+\s*:/m.test(yaml[1]!)) {
    const body = page.slice(yaml[0].length);
    if (!body.trim()) throw new InputError(where, 'empty', 'has front matter but no report text below it');
    return { meta: metaOf(yamlBlock(yaml[1]!)), body };
  }
  const toml = TOML_BLOCK.exec(page);
  if (toml) {
    const body = page.slice(toml[0].length);
    if (!body.trim()) throw new InputError(where, 'empty', 'has front matter but no report text below it');
    return { meta: metaOf(tomlBlock(toml[1]!)), body };
  }
  const header = keyLines(page.replace(/^\uFEFF/, ''));
  if (header) return { meta: metaOf(header.entries), body: page.replace(/^\uFEFF/, '').slice(header.length) };
  const store = STORE_DATE.exec(page);
  if (store) {
    const meta: FrontMatter = {
      title: null,
      published: store[1]!,
      url: null,
      outlet: null,
      imageOutlet: null,
      stored: true,
    };
    return { meta, body: page.slice(store[0].length) };
  }
  return null;
}
