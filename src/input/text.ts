import { daysNamed, findDates, isoDate, settleDate, type FoundDate } from './dates.js';
import { isBoilerplate, isReportSentence, isTailMarker, isTeaserHeading } from './boilerplate.js';
import { isCreditLine, stripCredits } from './credits.js';
import { parseDateline } from './dateline.js';
import {
  BYLINE_ALONE,
  BYLINE_IN_PLACE,
  AGENCY_REPORTS,
  CORRESPONDENT,
  DOMAIN_NAME,
  FOLLOW_LINE,
  PUBLISHED_IN,
  SOURCE_LINE,
  bylineOutlet,
  copyrightOf,
  dateOfLine,
  headerOutlet,
  isSectionWord,
  looksLikeOutletName,
  metaSegments,
  siteName,
  platformOnly,
  sourceOutlet,
  undouble,
} from './layout.js';
import { hostOf, lookupOutlet, numericDateOrder, outletOfDomain } from './outlets.js';
import { pageWords } from '../knowledge/index.js';
import { CLUE_ORDER, Page, type OutletClue } from './page.js';
import {
  APP_PROMPT,
  AUTHOR_NOTE,
  CODE_CREDIT,
  COMMENT_WIDGET,
  NEWSLETTER,
  OUTLET_LINE,
  STORY_BOX,
  TEASER_LABEL,
  URL_LINE,
  ORIGIN_LINE,
  BYLINE_EMAIL,
  headlineShaped,
  listedOutlet,
  nameLine,
  outletOfLink,
} from './widgets.js';

export type { OutletClue } from './page.js';

/**
 * Cleans a report as scraped into its text and the metadata its layout gives away. The page is
 * read line by line: lines before the headline are the site's header (its name, today's date, a
 * language switcher); then the headline; then bylines, date lines, captions and paragraphs; then
 * the tail (comments, teasers) which is cut off. Each line goes through LINE_RULES in order: the
 * first rule that knows the line drops it (noting what it says about the outlet or the date), ends
 * the page, or gives the text to keep. The outlet comes from the strongest clue found — see
 * `OutletClue`.
 */

export interface CleanedText {
  text: string;
  title: string | null;
  outlet: string | null;
  outletClue: OutletClue | null;
  published: string | null;
  dateline: string | null;
}

/** What a line rule decides: drop the line, end the page here, or keep this text of it; undefined: not its line. */
type LineVerdict = 'drop' | 'stop' | { keep: string } | undefined;

export interface LineRule {
  id:
    | 'teaser-headline'
    | 'tail'
    | 'comment-widget'
    | 'story-box'
    | 'teaser'
    | 'newsletter'
    | 'app-prompt'
    | 'outlet-line'
    | 'byline-above-outlet'
    | 'url-line'
    | 'origin-link'
    | 'byline-email'
    | 'code-credit'
    | 'author-note'
    | 'source'
    | 'press-contact'
    | 'copyright'
    | 'published-in'
    | 'site-domain'
    | 'follow'
    | 'meta-segments'
    | 'byline'
    | 'date-line'
    | 'byline-under-headline'
    | 'site-name'
    | 'header-outlet'
    | 'menu'
    | 'boilerplate';
  example: string;
  apply: (p: Page, line: string, i: number) => LineVerdict;
}

/** "Media inquiries: …", "Press contact: …", "For more information, please contact …": the office's contact line */
const PRESS_CONTACT =
  /^(?:(?:media|press) (?:inquiries|enquiries|inquiry|enquiry|contacts?|office)|for (?:further|more) (?:information|details),? (?:please )?contact)\b\s*:?/i;

/** The rest of a page after its tail marker: a source or copyright line there still names the outlet. */
function readTail(p: Page, from: number): void {
  for (const l of p.lines.slice(from)) {
    const s = SOURCE_LINE.exec(l);
    if (s && !platformOnly(s[1]!)) p.clue('source', sourceOutlet(s[1]!));
    const c = s ? null : copyrightOf(l);
    if (c) p.clue('copyright', sourceOutlet(c));
    const pub = PUBLISHED_IN.exec(l);
    if (pub) p.printed(pub);
    const f = FOLLOW_LINE.exec(l);
    if (f) p.clue('signature', f[1]!);
  }
}

/** "General | Author: AFP | June 19, 2023 | 3598 views": a line of metadata; text glued after it is kept. */
function metaLine(p: Page, line: string): LineVerdict {
  const meta = metaSegments(line);
  if (!meta) return undefined;
  if (meta.outlet) p.clue('byline', meta.outlet);
  if (meta.source) p.clue('source', meta.source);
  if (meta.date && meta.updated) p.updatedDates.push(meta.date);
  else if (meta.date && p.inHeader) p.headerDate(meta.date, meta.labelled);
  else if (meta.date) p.bodyDates.push(meta.date);
  return meta.rest ? { keep: meta.rest } : 'drop';
}

/** "June 19, 2023", "Published: 12 Feb 2026", "Press Trust of India New Delhi Last Updated at June 19, 2023" */
function dateLine(p: Page, line: string): LineVerdict {
  const dl = dateOfLine(line);
  if (!dl) return undefined;
  if (dl.updated) p.updatedDates.push(dl.date);
  else if (p.inHeader) p.headerDate(dl.date, dl.labelled);
  else p.bodyDates.push(dl.date);
  if (!p.inHeader) p.fullDates.push(dl.date);
  if (dl.outlet) p.clue(p.inHeader ? 'header' : 'byline', dl.outlet);
  return 'drop';
}

/** The page's tail starts here (comments, other stories): a source or copyright line after it still counts. */
const tailFrom = (p: Page, i: number): LineVerdict => {
  if (p.inHeader || p.kept.length < 2) return 'drop';
  readTail(p, i + 1);
  return 'stop';
};

/** The next non-empty line after line i. */
const nextLine = (p: Page, i: number): string => p.lines.slice(i + 1).find((l) => l !== '') ?? '';

/** "Get the NAME app …" inside a paragraph: the paragraph without it, the site's name noted. */
function appPrompt(p: Page, line: string): LineVerdict {
  const m = APP_PROMPT.exec(line);
  if (!m) return undefined;
  const named = listedOutlet(m[1]!);
  if (named) p.clue('signature', named);
  const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  return rest ? { keep: rest } : 'drop';
}

/** Note the outlet a line names and drop it; undefined when it names none. */
const noting = (p: Page, kind: OutletClue, name: string | null | undefined): LineVerdict => {
  if (name === undefined || name === null) return undefined;
  p.clue(kind, name);
  return 'drop';
};

/** Rows of page widgets (widgets.ts): comments, prompts, teasers, bare links, credits. */
const WIDGET_RULES: readonly LineRule[] = [
  {
    id: 'teaser-headline',
    example: 'Ministers meet in Lima (the line after "Also read:")',
    apply: (p, line) => {
      if (!p.teaser) return undefined;
      p.teaser = false;
      return headlineShaped(line) ? 'drop' : undefined;
    },
  },
  {
    id: 'comment-widget',
    example: 'Leave a Reply / Cancel reply / Your email address will not be published.',
    apply: (p, line, i) => (COMMENT_WIDGET.test(line.replace(/[\s:.…*]+$/, '')) ? tailFrom(p, i) : undefined),
  },
  {
    id: 'story-box',
    example: 'Popular / The Latest / Most read (a box of other stories: the rest of the page)',
    apply: (p, line, i) => (STORY_BOX.test(line.replace(/[\s:.…]+$/, '')) ? tailFrom(p, i) : undefined),
  },
  {
    id: 'teaser',
    example: "Also read: (the next line is another story's headline); Read more: Ministers meet in Lima",
    apply: (p, line) => {
      const m = TEASER_LABEL.exec(line);
      if (!m) return undefined;
      if (!m[1]) p.teaser = true;
      return 'drop';
    },
  },
  {
    id: 'newsletter',
    example: 'Sign up for our daily newsletter; For more Coastline News news and newsletters create an account',
    apply: (p, line) => {
      const m = NEWSLETTER.exec(line.replace(/[\s.…]+$/, ''));
      if (!m) return undefined;
      if (m[1] && listedOutlet(m[1])) p.clue('signature', listedOutlet(m[1]));
      return 'drop';
    },
  },
  {
    id: 'app-prompt',
    example: 'Get the Reuters app on your smartphone: Google Play: https://… (inside a paragraph)',
    apply: appPrompt,
  },
  {
    id: 'outlet-line',
    example: "(The Jakarta Post) alone on a line, under the author's name",
    apply: (p, line) => {
      const m = OUTLET_LINE.exec(line);
      return m && listedOutlet(m[1]!) ? noting(p, 'byline', listedOutlet(m[1]!)) : undefined;
    },
  },
  {
    id: 'byline-above-outlet',
    example: 'Ambassador Jane Roe (above a line "(The Jakarta Post)")',
    apply: (p, line, i) => {
      if (p.sinceTitle >= 6 || !nameLine(line)) return undefined;
      const m = OUTLET_LINE.exec(nextLine(p, i));
      return m && listedOutlet(m[1]!) ? 'drop' : undefined;
    },
  },
  {
    id: 'url-line',
    example: 'https://www.reuters.com/world/talks-2024-05-06/ (a bare link names its site)',
    apply: (p, line) => {
      const m = URL_LINE.exec(line);
      if (!m) return undefined;
      p.clue(p.inHeader ? 'header' : 'signature', outletOfLink(m[1]!));
      return 'drop';
    },
  },
  {
    id: 'origin-link',
    example: 'This article was first published at https://www.reuters.com/world/talks/ (the page it was taken from)',
    apply: (p, line) => {
      const m = ORIGIN_LINE.exec(line);
      return m ? noting(p, 'source', outletOfLink(m[1]!) ?? hostOf(m[1])) : undefined;
    },
  },
  {
    id: 'byline-email',
    example:
      "JANE ROE, janeroe@coastlinedaily.com (the writer at the paper's domain; a webmail address names no outlet)",
    apply: (p, line) => {
      const m = p.sinceTitle < 6 || p.inHeader ? BYLINE_EMAIL.exec(line) : null;
      if (!m) return undefined;
      const domain = m[1]!.toLowerCase();
      if (!pageWords().webmail.has(domain.split('.').slice(-2).join('.')) && !pageWords().webmail.has(domain))
        p.clue('byline', outletOfDomain(domain)?.name ?? domain);
      return 'drop';
    },
  },
  {
    id: 'code-credit',
    example: 'AFP/Jane Roe (a photo credit alone on a line)',
    apply: (_p, line) => (CODE_CREDIT.test(line) ? 'drop' : undefined),
  },
  {
    id: 'author-note',
    example: 'The writer is a fellow at the Lima Institute.',
    apply: (p, line) => (!p.inHeader && p.kept.length >= 2 && AUTHOR_NOTE.test(line) ? 'drop' : undefined),
  },
];

export const LINE_RULES: readonly LineRule[] = [
  WIDGET_RULES[0]!,
  {
    id: 'tail',
    example: 'Comments (12) / You may also like: the rest is comments and teasers',
    apply: (p, line, i) => {
      if (p.inHeader || p.kept.length < 2 || !isTailMarker(line)) return undefined;
      // "Related stories" set inside the report: the report's sentences go on below it
      if (isTeaserHeading(line) && isReportSentence(nextLine(p, i))) return 'drop';
      readTail(p, i + 1);
      return 'stop';
    },
  },
  {
    id: 'source',
    example:
      'Source: Coastline Daily ("Source: Defence Forces / Jane Roe" under a photo is its credit, "Source: Twitter" a platform)',
    apply: (p, line) => {
      const source = SOURCE_LINE.exec(line);
      if (!source) return undefined;
      const named = sourceOutlet(source[1]!);
      if ((!named.includes('/') || lookupOutlet(named)) && !platformOnly(named)) p.clue('source', named);
      return 'drop';
    },
  },
  {
    id: 'press-contact',
    example: 'Media inquiries: Jane Roe (Ministerial) 02 5550 1234 (whom the press calls, no one of the report)',
    apply: (p, line) => (p.inHeader || !PRESS_CONTACT.test(line) ? undefined : 'drop'),
  },
  {
    id: 'copyright',
    example: 'Copyright 2024 The Associated Press. All rights reserved.; About us | © 2025 Example',
    apply: (p, line) => noting(p, 'copyright', copyrightOf(line)),
  },
  {
    id: 'published-in',
    example: 'Published in Coastline Daily, July 9th, 2024',
    apply: (p, line) => {
      const pub = p.inHeader ? null : PUBLISHED_IN.exec(line);
      if (!pub) return undefined;
      p.printed(pub);
      return 'drop';
    },
  },
  {
    id: 'site-domain',
    example: 'coastlinedaily.com (alone on a line below the headline: the site signs the page)',
    apply: (p, line) =>
      !p.inHeader && DOMAIN_NAME.test(line) && /[a-z\d-]{3,}\.[a-z]{2,}/i.test(line) && !/^\d/.test(line)
        ? noting(p, 'signature', siteName(line))
        : undefined,
  },
  {
    id: 'follow',
    example: 'Follow Coastline Daily on Telegram',
    apply: (p, line) => noting(p, 'signature', FOLLOW_LINE.exec(line)?.[1]),
  },
  ...WIDGET_RULES.slice(1),
  { id: 'meta-segments', example: 'KYODO NEWS - Jun 19, 2023 - 21:46 | World', apply: metaLine },
  {
    id: 'byline',
    example: 'By Jane Roe; Author: AFP (a byline is dropped whether or not it names an outlet)',
    apply: (p, line) => {
      const by = bylineOutlet(line);
      if (by === undefined) return undefined;
      p.clue('byline', by);
      return 'drop';
    },
  },
  { id: 'date-line', example: 'Monday, June 19th 2023 10:12 GMT', apply: dateLine },
  {
    id: 'byline-under-headline',
    example: 'Jane Roe in Lima (right under the headline)',
    apply: (p, line) =>
      !p.inHeader && p.sinceTitle < 2 && (BYLINE_IN_PLACE.test(line) || BYLINE_ALONE.test(line)) ? 'drop' : undefined,
  },
  {
    id: 'site-name',
    example: 'Coastline Daily (above its menu: Home | World | Business)',
    apply: (p, _line, i) => {
      if (!p.inHeader || !p.site || (i !== p.site.at && i !== p.site.tagline)) return undefined;
      if (i === p.site.at) p.clue('header', p.site.name);
      return 'drop';
    },
  },
  {
    id: 'header-outlet',
    example: 'Coastline Daily, en Español (above the headline)',
    apply: (p, line) => (p.inHeader ? noting(p, 'header', headerOutlet(line)) : undefined),
  },
  {
    id: 'menu',
    example: 'Home / World / Asia Pacific (one item a line above the headline)',
    apply: (p, _line, i) => (p.inHeader && p.menu.has(i) ? 'drop' : undefined),
  },
  {
    id: 'boilerplate',
    example: 'Share on Facebook | Twitter; Advertisement; Photo: Reuters',
    apply: (_p, line) => (isBoilerplate(line) || isCreditLine(line) ? 'drop' : undefined),
  },
];

/** "(LEAD) Yoon, Kishida hold summit": an agency's update mark is not part of the headline */
const UPDATE_MARK =
  /^\((?:lead|urgent|update|\d+(?:st|nd|rd|th) ld|wrapup(?: \d+)?|news focus|news analysis|\w+ interview)\)\s*/i;

/** The headline: without an update mark, and without the site's name after it ("Lavrov meets Wang | Reuters"). */
function headline(p: Page, i: number): void {
  const kept = p.kept[p.kept.length - 1]!;
  let line = kept.text.replace(UPDATE_MARK, '');
  const suffix = /\s+[|–—-]\s+([^|–—-]{2,50})$/.exec(line);
  // "… | Example Post": after a pipe, a short capitalised name that is not a section ("| Analysis")
  const piped = /\s+\|\s+(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|la|el|al|and|&)){0,4})$/u.exec(line);
  const named =
    suffix && (lookupOutlet(suffix[1]!) || looksLikeOutletName(suffix[1]!))
      ? suffix
      : piped && !piped[1]!.split(' ').every(isSectionWord)
        ? piped
        : null;
  if (named) {
    p.clue('header', named[1]!);
    line = line.slice(0, named.index);
  }
  kept.text = line;
  p.title = line;
  p.titleAt = i;
}

/** "told the BBC", "told Reuters on Monday": the outlet a person spoke to (one word or several capitalised) */
const TOLD_OUTLET = /\btold (?:the )?(\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})/gu;

/** Keeps a line of the report: without photo credits, its dateline read, the headline noted. */
function keep(p: Page, text: string, i: number): void {
  let line = undouble(stripCredits(text));
  if (!line) return;
  if (p.sinceTitle < 6 && !p.dateline) {
    const dl = parseDateline(line);
    // "PRESIDENT LEE: Thank you": in a transcript a name and a colon open a turn, not a dateline
    const turn = dl !== null && p.transcript && /:\s*$/.test(line.slice(0, dl.length));
    // on the first line (a record whose title is a field starts with its body) only a dateline with an agency or a day
    if (dl && !turn && (p.title !== null || dl.agencies.length > 0 || dl.date)) {
      p.dateline = dl;
      if (dl.agencies[0]) p.clue('dateline', dl.agencies[0]);
      line = line.slice(dl.length);
    }
  }
  if (p.title !== null && p.sinceTitle < 6) {
    const c = CORRESPONDENT.exec(line);
    if (
      c &&
      !/^(?:our|the|this|that|a|an|staff|special|foreign|chief|senior|local|own|his|her|their|its)$/i.test(c[1]!)
    )
      p.clue('byline', c[1]!);
    // "…, reports BSS.": an opening sentence's source, when it is a listed agency
    for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const agency = AGENCY_REPORTS.exec(sentence.trim())?.[1]?.replace(/\.$/, '');
      if (agency && lookupOutlet(agency)) p.clue('byline', agency);
    }
  }
  if (p.kept.length && p.kept[p.kept.length - 1]!.text === line) return; // a teaser or caption repeated
  for (const m of line.matchAll(TOLD_OUTLET)) {
    const o = lookupOutlet(m[1]!) ?? lookupOutlet(m[1]!.split(' ')[0]!);
    if (o) p.told.add(o.name);
  }
  for (const d of findDates(line)) if (d.year !== null) p.fullDates.push(d);
  p.kept.push({ text: line, gap: p.gap && p.kept.length > 0 });
  p.gap = false;
  if (p.title === null) headline(p, i);
  else p.sinceTitle++;
}

/**
 * A last line that only names an outlet is the report's signature: "GNA", "(Kyodo)", "— Reuters", "PTI KR RT"
 * (an agency and its editors' codes); so is one at the end of the last paragraph: "… on Tuesday. — SPA".
 */
function signature(p: Page): void {
  const kept = p.kept;
  const last = kept[kept.length - 1];
  if (!last || kept.length <= 1) return;
  const signed = last.text.length <= 60 ? /^[-–—(\s]*(.+?)(?:\s+[A-Z]{2,3}){0,4}[)\s.]*$/.exec(last.text) : null;
  if (signed && (lookupOutlet(signed[1]!) || looksLikeOutletName(signed[1]!))) {
    p.clue('signature', signed[1]!);
    kept.pop();
    return;
  }
  // "… the minister said. — AFP", "… the ceremony.- Bernama" (glued to the full stop)
  const tail = /(?:\s+|(?<=[.!?"”]))(?:[—–]|--?)\s*\(?([\p{Lu}][\p{L}.&' -]{1,30}?)\)?\s*$/u.exec(last.text);
  if (tail && (lookupOutlet(tail[1]!) || looksLikeOutletName(tail[1]!))) {
    p.clue('signature', tail[1]!);
    last.text = last.text.slice(0, tail.index);
  }
}

/**
 * The strongest clue's kind. "Source: Press Office of the Governor" names who gave the story, not who
 * published it: a source no list holds and not shaped like an outlet's name gives way to a listed outlet
 * named elsewhere on the page.
 */
function outletClue(clues: Map<OutletClue, string>): OutletClue | null {
  const vague = (k: OutletClue) =>
    k === 'source' && !lookupOutlet(clues.get(k)!) && !looksLikeOutletName(clues.get(k)!);
  const first = CLUE_ORDER.find((k) => clues.has(k)) ?? null;
  return first && vague(first) ? (CLUE_ORDER.find((k) => clues.has(k) && lookupOutlet(clues.get(k)!)) ?? first) : first;
}

/** The report's own date, every ambiguous numeric date settled by what the page says (see `publishedDate`). */
function published(p: Page, text: string): string | null {
  const { clues } = p;
  // an all-numeric date both of whose first numbers could be the month: the page's other numeric dates, else
  // the custom of the outlets named (the site's own first), else the reader's default (see findDates)
  const order =
    [clues.get('header'), ...CLUE_ORDER.map((k) => clues.get(k))].map(numericDateOrder).find((o) => o) ?? null;
  // every numeric date the page writes ("Updated 13/02/2026" proves "12/02/2026" is day first)
  const numeric = p.lines.flatMap((l) =>
    /\d[./-]\d{1,2}[./-]\d/.test(l) ? findDates(l).filter((d) => d.sep !== undefined) : [],
  );
  const months = daysNamed(text);
  const settle = (ds: FoundDate[]) => ds.map((d) => settleDate(d, numeric, order, months));
  const print = p.printDates[0];
  return (
    publishedDate(
      settle(p.bodyDates),
      p.dateline?.date ?? null,
      settle(p.fullDates),
      settle(p.headerDates),
      settle(p.pageDates),
    ) ??
    (print ? isoDate(print.year!, print.month, print.day) : null) ??
    (p.updatedDates[0] ? isoOf(settleDate(p.updatedDates[0], numeric, order, months)) : null)
  );
}

/**
 * Cleans a scraped report. `observe`, when given, hears which rule took each non-empty line (`keep`: the
 * line was kept as the report's text).
 */
export function cleanText(raw: string, observe?: (rule: LineRule['id'] | 'keep', line: string) => void): CleanedText {
  const p = new Page(raw);
  for (let i = 0; i < p.lines.length; i++) {
    const line = p.lines[i]!;
    if (!line) {
      p.gap = true;
      continue;
    }
    // a tagline above the site's menu ("News and analysis for professionals" / "World" / "Business" / ...) is
    // chrome, not the headline: the headline comes after the menu
    if (p.menu.has(i) && !p.inHeader && p.kept.length === 1 && p.lines.slice(p.titleAt + 1, i).every((l) => l === '')) {
      p.kept.pop();
      p.title = null;
      p.sinceTitle = 0;
    }
    if (p.inHeader) p.headerLines++;
    let verdict: LineVerdict;
    let by: LineRule['id'] | 'keep' = 'keep';
    for (const rule of LINE_RULES)
      if ((verdict = rule.apply(p, line, i)) !== undefined) {
        by = rule.id;
        break;
      }
    observe?.(by, line);
    if (verdict === 'stop') break;
    if (verdict !== 'drop') keep(p, verdict?.keep ?? line, i);
  }
  signature(p);
  // "…, she told the BBC": an outlet's own reports say whom their interviewees told; two such outlets say nothing
  if (p.told.size === 1) p.clue('interview', [...p.told][0]!);
  let text = '';
  for (const k of p.kept) text += (text ? (k.gap ? '\n\n' : '\n') : '') + k.text;
  const kind = outletClue(p.clues);
  return {
    text,
    title: p.title,
    outlet: kind ? p.clues.get(kind)! : null,
    outletClue: kind,
    published: published(p, text),
    dateline: p.dateline?.place ?? null,
  };
}

const isoOf = (d: FoundDate) => isoDate(d.year!, d.month, d.day);

/**
 * The report's own date: a date line below the headline, else the dateline's day (its year taken
 * from the report's dates of that day, or of that month when they agree on one year), else a date
 * line the page opens with.
 */
function publishedDate(
  body: FoundDate[],
  dateline: FoundDate | null,
  all: FoundDate[],
  header: FoundDate[],
  page: FoundDate[] = header,
): string | null {
  const iso = (d: FoundDate) => isoDate(d.year!, d.month, d.day);
  if (body[0]) return iso(body[0]);
  if (dateline) {
    if (dateline.year !== null) return iso(dateline);
    // "2025-01-14 10:21" above the headline, "SEOUL, Jan. 14 (Agency) --" below it: the page's date gives the year
    const pageDay = page.find((d) => d.month === dateline.month && d.day === dateline.day && d.year !== null);
    if (pageDay) return iso(pageDay);
    // only dates of the same month vouch for the year: a report also names past events ("the summit of November 2022")
    const sameDay = new Set(all.filter((d) => d.month === dateline.month && d.day === dateline.day).map((d) => d.year));
    const years = sameDay.size ? sameDay : new Set(all.filter((d) => d.month === dateline.month).map((d) => d.year));
    if (years.size === 1) return iso({ ...dateline, year: [...years][0]! });
    return header[0] ? iso(header[0]) : null;
  }
  // a date line under the site's name or menu is the page's "today" (a page scraped years after the report), not the report's day
  return header[0] ? iso(header[0]) : null;
}
