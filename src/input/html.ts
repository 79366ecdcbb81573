import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { normaliseDate } from './dates.js';

/**
 * An HTML page as text and structured metadata. The page's own metadata (JSON-LD NewsArticle,
 * Open Graph, `article:published_time`, `<time datetime>`) is more reliable than anything read
 * from the text; the text then goes through the same cleaning as a plain report, so boilerplate
 * the markup did not mark (a "Source:" line, a dateline) is still handled.
 */
export interface HtmlPage {
  /** The visible text of the article, one block a paragraph. */
  text: string;
  title: string | null;
  /** The publisher the page names (JSON-LD publisher.name, og:site_name). */
  siteName: string | null;
  published: string | null;
  url: string | null;
}

// Layout around the article: never the report itself.
const DROP =
  'script, style, noscript, template, iframe, svg, canvas, form, button, select, nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
// Hidden until the reader opens it: a menu or a pop-up, most often; but a page may keep its whole report in a
// "Read more" dialog, so the hidden parts are only dropped while text is left without them.
const HIDDEN = '[aria-hidden="true"], [hidden]';
/** less than this many characters left once the hidden parts are dropped: the report was in them */
const TOO_LITTLE = 200;
// class or id words of comment sections, share bars, teasers, ads
const DROP_CLASS =
  /^(?:comments?|comment-(?:list|section|form|area|s)|disqus.*|.*-comments?|share|sharing|share-?bar|social(?:-.*)?|related(?:-.*)?|.*-related|recommended|newsletter|subscribe|advert.*|ads?|ad-.*|promo.*|cookie.*|breadcrumbs?|sidebar|byline|author-bio|tags?|paywall)$/i;
const BLOCK = new Set(
  'address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

interface LdArticle {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  url?: string;
  publisher?: { name?: string } | string;
}

function jsonLd($: cheerio.CheerioAPI): LdArticle | null {
  const found: LdArticle[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (type.some((t) => /(?:News|Reportage|Analysis)?Article$|^BlogPosting$/.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // a broken JSON-LD block is the page's problem: the other metadata still counts
    }
  });
  return found[0] ?? null;
}

function visibleText(root: cheerio.Cheerio<AnyNode>): string {
  let out = '';
  const walk = (node: AnyNode): void => {
    const type: string = node.type;
    if (type === 'text') out += (node as unknown as { data: string }).data.replace(/\s+/g, ' ');
    else if (type === 'tag') {
      const el = node as unknown as { name: string; children: AnyNode[] };
      if (el.name === 'br') out += '\n';
      const block = BLOCK.has(el.name);
      if (block) out += '\n\n';
      el.children.forEach(walk);
      if (block) out += '\n\n';
    }
  };
  root.contents().each((_, n) => walk(n));
  return out
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function readHtml(html: string): HtmlPage {
  const $ = cheerio.load(html);
  const meta = (sel: string) => $(`meta[${sel}]`).attr('content')?.trim() || null;
  const ld = jsonLd($);
  const ldPublisher = typeof ld?.publisher === 'string' ? ld.publisher : ld?.publisher?.name;
  const h1 = $('h1').first().text().replace(/\s+/g, ' ').trim() || null;
  const title = ld?.headline?.trim() || meta('property="og:title"') || h1 || $('title').first().text().trim() || null;
  const published =
    ld?.datePublished ??
    meta('property="article:published_time"') ??
    meta('name="pubdate"') ??
    meta('itemprop="datePublished"') ??
    $('time[datetime]').first().attr('datetime') ??
    null;
  const url = ld?.url ?? $('link[rel="canonical"]').attr('href') ?? meta('property="og:url"');

  // the page parsed again only in the rare case that its report was in the hidden parts
  let text = articleText($, true) ?? articleText(cheerio.load(html), false)!;
  // a page that renders its text with scripts may still carry it in JSON-LD
  if (ld?.articleBody && ld.articleBody.length > text.length * 2) text = ld.articleBody.replace(/\r\n?/g, '\n');
  // the headline often stands outside <article>: put it first, as in a plain report
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    text,
    title,
    siteName: ldPublisher?.trim() || meta('property="og:site_name"'),
    published: published ? normaliseDate(published) : null,
    url: url?.trim() || null,
  };
}

/**
 * The text of the element holding the page's article, its layout removed: the longest <article> (teasers are
 * <article>s too), else the marked body, <main>, <body>. With `dropHidden`, null when the hidden parts held the
 * report. Removes the layout from `$`.
 */
function articleText($: cheerio.CheerioAPI, dropHidden: boolean): string | null {
  $(DROP).remove();
  if (dropHidden) $(HIDDEN).remove();
  $('header')
    .filter((_, el) => $(el).find('h1').length === 0)
    .remove();
  $('[class], [id]')
    .not('html, body, main, article')
    .filter((_, el) => {
      const words = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`.split(/\s+/).filter(Boolean);
      return words.some((w) => DROP_CLASS.test(w));
    })
    .remove();
  const articles = $('article')
    .toArray()
    .sort((a, b) => $(b).text().length - $(a).text().length);
  const root =
    [articles[0] ? $(articles[0]) : $([]), $('[itemprop="articleBody"]').first(), $('main').first(), $('body')].find(
      (r) => r.length,
    ) ?? $.root();
  const text = visibleText(root);
  return dropHidden && text.length < TOO_LITTLE ? null : text;
}

/** True when a text is an HTML page rather than a plain report. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<(?:html|head|body|article|main|section|div|p|h[1-6])[\s>])/i.test(text) &&
    /<\/[a-z][\w-]*>/i.test(text)
  );
}
