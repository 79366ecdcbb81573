import { z } from 'zod';
import { InputError } from './errors.js';

/**
 * JSON and JSON Lines inputs: one record per report, `text` required, `title`, `outlet`,
 * `published`, `url` and `id` optional. A JSON file holds one record or an array of them. Scrapers
 * and news APIs name these fields otherwise: each field is read from the first key of `RECORD_KEYS`
 * the record has (`content`, `body` for the text; `date`, `publishedAt` for the day; `link` for the
 * URL; `source: {name}` for the outlet; a feed item's `description` or `summary` when it has no text).
 */
export const RECORD_KEYS = {
  // a feed item's summary when it carries no text of its own (RSS "description", Atom and JSON Feed "summary")
  text: [
    'text',
    'content',
    'body',
    'article',
    'articleBody',
    'article_body',
    'story',
    'full_text',
    'maintext',
    'content_text',
    'description',
    'summary',
  ],
  title: ['title', 'headline'],
  published: [
    'published',
    'date',
    'published_at',
    'publishedAt',
    'pubDate',
    'datePublished',
    'publish_date',
    'date_published',
  ],
  url: ['url', 'link', 'source_url', 'href', 'canonical_url'],
  outlet: ['outlet', 'source_name', 'site_name', 'publisher', 'source', 'site'],
  id: ['id', '_id', 'guid'],
} as const;

/** A record's fields under their own names: the first key of RECORD_KEYS present (an object's `name`). */
function fieldsOf(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, keys] of Object.entries(RECORD_KEYS)) {
    const key = keys.find((k) => o[k] !== undefined && o[k] !== null);
    if (key === undefined) continue;
    const v = o[key];
    out[field] = v && typeof v === 'object' && !Array.isArray(v) && 'name' in v ? v.name : v;
  }
  return out;
}

const TEXT_KEYS = RECORD_KEYS.text.map((k) => `"${k}"`).join(', ');

export const ReportRecord = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'is empty'),
  id: z.union([z.string(), z.number()]).transform(String).nullish(),
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
});
export type ReportRecord = z.infer<typeof ReportRecord>;

/** Parses the records of a JSON or JSON Lines file. `name` is used in error messages. */
export function parseRecords(content: string, name: string, lines: boolean): ReportRecord[] {
  const raw: { value: unknown; where: string }[] = [];
  if (lines) {
    content.split('\n').forEach((l, i) => {
      if (!l.trim()) return;
      try {
        raw.push({ value: JSON.parse(l), where: `line ${i + 1}` });
      } catch (e) {
        throw new InputError(
          name,
          'format',
          `line ${i + 1} is not JSON (${(e as Error).message}); JSON Lines needs one object per line`,
        );
      }
    });
  } else {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      throw new InputError(name, 'format', `not valid JSON (${(e as Error).message})`);
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((v, i) => raw.push({ value: v, where: Array.isArray(value) ? `record ${i}` : 'the record' }));
  }
  if (raw.length === 0) throw new InputError(name, 'empty', 'holds no records');
  return raw.map(({ value, where }) => {
    const r = ReportRecord.safeParse(fieldsOf(value));
    if (!r.success) {
      const why = r.error.issues.map((i) => `${i.path.join('.') || 'record'} ${i.message}`).join('; ');
      throw new InputError(
        name,
        'format',
        `${where}: ${why} (a record needs a non-empty text under one of ${TEXT_KEYS}; "title", "outlet", "published" or "date", "url" or "link", "id" are optional)`,
      );
    }
    return r.data;
  });
}
