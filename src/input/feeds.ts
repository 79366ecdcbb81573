import * as cheerio from 'cheerio';
import { InputError } from './errors.js';
import type { ReportRecord } from './records.js';

/**
 * RSS 2.0 and Atom feeds: each `<item>` / `<entry>` is a report, read like a record of a JSON feed — its title, its
 * text (`content:encoded`, `content`, `description`, `summary`: the fullest), its date (`pubDate`, `published`,
 * `updated`, `dc:date`), its link and its id (`guid`, `id`).
 */

/** whether an XML document is a feed: an `<rss>`, `<rdf:RDF>` or Atom `<feed>` root near its start */
export function looksLikeFeed(content: string): boolean {
  const head = content
    .slice(0, 2000)
    .replace(/<\?xml[^>]*\?>/, '')
    .trimStart();
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:rss|rdf:RDF|feed)\b/i.test(head);
}

/** The items of a feed as records. `name` is used in error messages. */
export function parseFeed(content: string, name: string): ReportRecord[] {
  const $ = cheerio.load(content, { xml: true });
  const items = $('item, entry').toArray();
  if (!items.length) throw new InputError(name, 'empty', 'is a feed with no <item> or <entry>');
  return items.map((el) => {
    const child = (...tags: string[]) => {
      for (const tag of tags) {
        const v = $(el).children(tag.replace(':', '\\:')).first().text().trim();
        if (v) return v;
      }
      return null;
    };
    const texts = ['content:encoded', 'content', 'description', 'summary']
      .map((t) => child(t))
      .filter((t): t is string => !!t);
    const link = child('link') ?? ($(el).children('link').first().attr('href')?.trim() || null);
    return {
      text: texts.sort((a, b) => b.length - a.length)[0] ?? '',
      title: child('title'),
      published: child('pubDate', 'published', 'dc:date', 'updated'),
      url: link,
      id: child('guid', 'id'),
      outlet: null,
    };
  });
}
