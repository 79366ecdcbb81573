import { DAY_MONTH_ONLY_RE, YEAR_PATTERN, findDates, isoDate, type FoundDate } from './dates.js';
import { isBoilerplate, isLanguageSwitcher, isTailMarker } from './boilerplate.js';
import { isCreditLine, stripCredits } from './credits.js';
import { parseDateline } from './dateline.js';
import { canonicalOutlet, lookupOutlet } from './outlets.js';

/**
 * Cleans a report as scraped into its text and the metadata its layout gives away. The page is
 * read line by line: lines before the headline are the site's header (its name, today's date, a
 * language switcher); then the headline; then bylines, date lines, captions and paragraphs; then
 * the tail (comments, teasers) which is cut off. The outlet comes from the strongest clue found —
 * see `OutletClue`.
 */

/** Where an outlet was read from, strongest first: the originating agency of a dateline wins. */
export type OutletClue = 'dateline' | 'source' | 'byline' | 'copyright' | 'header' | 'signature';
const CLUE_ORDER: OutletClue[] = ['dateline', 'source', 'byline', 'copyright', 'header', 'signature'];

export interface CleanedText {
  text: string;
  title: string | null;
  outlet: string | null;
  outletClue: OutletClue | null;
  published: string | null;
  dateline: string | null;
}

const SOURCE_LINE = /^(?:sources?|via|courtesy(?: of)?|(?:(?:this|the) (?:article|story|report|piece) (?:was |is )?)?(?:originally|first) published (?:by|in|on))\s*[:：–—-]?\s+([^|]{2,80}?)\.?$/i;
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,80}?)(?:[.,]?\s*all rights reserved\.?)?\.?$/i;
const BYLINE = /^(?:by|authors?|written by|posted by|published by|story by|editors?|edited by)\s*[:|]?\s+(.{2,60}?)\s*\|?$/i;
const COUNT_PREFIX = /^\d[\d,.]*\s*(?:views?|comments?|reads?|shares?)(?=\P{Ll}|$)/u;
const AGO = /\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/gi;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?$/i;
const TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi;
const FILLER =
  /\b(?:published|updated|last updated|posted|modified|first published|date|on|at|am|pm|utc|gmt|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\b/gi;
// time zones, in capitals only ("EDT", "GMT+8", "IST"): a lowercase "met" is a word
const ZONE = /\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT|IST|CET|CEST|JST|KST|HKT|SGT)(?:[+-]\d{1,2}(?::\d{2})?)?(?![\p{L}])/gu;

// "June 19, 20237:40 AM", "19 Jun 202319 Jun 2023": a year glued to what follows it on the page
const GLUED_YEAR = new RegExp(`(${DAY_MONTH_ONLY_RE},?\\s+${YEAR_PATTERN})(?=\\d)`, 'gi');
const PLACE_WORD = /^(?:\p{Lu}|de$|da$|do$|del$|la$|el$|al$|of$)/u;

/** The known outlet the words start or end with ("Press Trust of India New Delhi"), and the words left. */
function peelOutlet(words: string[]): { outlet: string | null; rest: string[] } {
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    const head = lookupOutlet(words.slice(0, n).join(' '));
    if (head) return { outlet: head.name, rest: words.slice(n) };
    const tail = lookupOutlet(words.slice(-n).join(' '));
    if (tail) return { outlet: tail.name, rest: words.slice(0, -n) };
  }
  return { outlet: null, rest: words };
}

/**
 * A line that only gives a date, perhaps with a time, a weekday, the newsroom's place ("Montevideo",
 * "Rio de Janeiro") or the outlet's name ("Press Trust of India New Delhi Last Updated at June 19, 2023").
 */
function dateOfLine(raw: string): { date: FoundDate; outlet: string | null } | null {
  if (raw.length > 120) return null;
  // "Posted on January 24, 2023 by Jane R.": the author after the date
  const line = raw.replace(GLUED_YEAR, '$1 ').replace(/\s+by\s+\p{Lu}[\p{L}'’. -]{0,40}$/u, '');
  const dates = findDates(line).filter((d) => d.year !== null);
  if (dates.length === 0) return null;
  const d = dates[0]!;
  // the same date twice ("19 Jun 2023 19 Jun 2023") is one date
  if (dates.some((x) => x.year !== d.year || x.month !== d.month || x.day !== d.day)) return null;
  let rest = line;
  for (const x of [...dates].reverse()) rest = rest.slice(0, x.index) + ' ' + rest.slice(x.index + x.length);
  rest = rest.replace(TIME, ' ').replace(ZONE, ' ').replace(FILLER, ' ').replace(AGO, ' ');
  let words = rest.split(/[^\p{L}\d&]+/u).filter(Boolean);
  let outlet: string | null = null;
  if (words.length > 3 || !words.every((w) => PLACE_WORD.test(w))) ({ outlet, rest: words } = peelOutlet(words));
  return words.length <= 3 && words.every((w) => PLACE_WORD.test(w)) ? { date: d, outlet } : null;
}

/** "Author: AFP", "By Reuters", "By Euronews with AFP": the outlet when the byline names one (an agency first). */
function bylineOutlet(line: string): string | null | undefined {
  const m = BYLINE.exec(line);
  if (!m || /[.!?]$/.test(m[1]!)) return undefined;
  const who = m[1]!
    .replace(/\s*[[(<][^\])>]*@[^\])>]*[\])>]/g, '') // "SARAH KIM [kim.sarah@joongang.co.kr]"
    .replace(/\s+(?:staff|team|desk|news desk|correspondents?|reporters?)$/i, '');
  const capitalised = who.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:and|of|de|van|von|the|with)$/.test(w));
  if (!capitalised && who.includes(' ')) return undefined;
  const known = who
    .split(/\s*(?:,|\band\b|\bwith\b|\||\/)\s*/)
    .map((p) => lookupOutlet(p))
    .filter((o) => o !== undefined);
  return (known.find((o) => o.kind === 'agency') ?? known[0])?.name ?? null;
}

// "Helen Davidson in Taipei", "Jane Doe and John Roe in Seoul" under a headline: a byline without "By"
const BYLINE_IN_PLACE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:(?:,| and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})* in \p{Lu}[\p{L}'’. -]{1,30}$/u;

// "Jane Roe-Doe" alone on the line under the headline: the author's name (two or three capitalised words)
const BYLINE_ALONE = /^\p{Lu}[\p{Ll}'’]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*){1,2}$/u;

/** "Al Jazeera and news agencies", "KUNA, Reuters": the first known outlet named, else the whole name. */
function sourceOutlet(name: string): string {
  if (lookupOutlet(name)) return name;
  return name.split(/\s*(?:,|;|\/|\||\band\b|&)\s*|\s+[-–—]\s+/).find((p) => lookupOutlet(p)) ?? name;
}

/** A header line naming the site, perhaps with a language switcher: "MercoPress, en Español". */
function headerOutlet(line: string): string | null {
  const parts = line.split(/\s*[,|•·–—›»]\s*|\s+-\s+/).filter(Boolean);
  // in a menu ("Home | News | The Korea Times") the other items are short words
  const menu = parts.length >= 3;
  let outlet: string | null = null;
  for (const p of parts) {
    const o = lookupOutlet(p);
    if (o) outlet ??= o.name;
    else if (!isLanguageSwitcher(p) && !(menu && p.split(' ').length <= 2 && !/[.!?"“”]/.test(p))) return null;
  }
  return outlet;
}

/**
 * A line of page metadata: "General |Author: AFP | June 19, 2023, Monday @ 17:12| 3598 viewsUS ...",
 * "KYODO NEWS - Jun 19, 2023 - 21:46 | World". Segments split by "|" or a spaced dash; it is a
 * metadata line when it has a date or a byline and one more metadata segment. Text glued after a
 * view count (a caption scraped onto the line) is kept as `rest`.
 */
function metaSegments(line: string): { outlet: string | null; source: string | null; date: FoundDate | null; rest: string } | null {
  const segs = line.split(/\s*\|\s*|\s+[-–—]\s+/);
  if (segs.length < 2) return null;
  let outlet: string | null = null;
  let source: string | null = null;
  let date: FoundDate | null = null;
  let meta = 0;
  let strong = false;
  const rest: string[] = [];
  for (const raw of segs) {
    const s = raw.trim();
    if (!s) continue;
    const b = bylineOutlet(s);
    const d = b === undefined ? dateOfLine(s) : null;
    const src = SOURCE_LINE.exec(s);
    const count = COUNT_PREFIX.exec(s) ?? /^\d[\d,.]*\s*(?:Views?|Comments?|Reads?|Shares?)$/.exec(s);
    if (b !== undefined) (outlet ??= b), meta++, (strong = true);
    else if (d) (date ??= d.date), (outlet ??= d.outlet), meta++, (strong = true);
    else if (src) (source ??= sourceOutlet(src[1]!)), meta++;
    else if (lookupOutlet(s)) (outlet ??= lookupOutlet(s)!.name), meta++;
    else if (count) {
      meta++;
      if (s.length > count[0].length) rest.push(s.slice(count[0].length).trim());
    } else if (TIME_ONLY.test(s)) meta++;
    else if (s.split(/\s+/).length <= 3 && !/[.!?”"]$/.test(s) && rest.length === 0) continue; // a section name ("General")
    else rest.push(s);
  }
  return strong && meta >= 2 ? { outlet, source, date, rest: rest.join(' | ') } : null;
}

/** "A. A." -> "A.": an image's alt text and caption scraped one after the other. */
function undouble(line: string): string {
  const k = (line.length - 1) / 2;
  return Number.isInteger(k) && line[k] === ' ' && line.slice(0, k) === line.slice(k + 1) ? line.slice(0, k) : line;
}

export function cleanText(raw: string): CleanedText {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());

  // menus at the top of the page: runs of three or more one- or two-word lines ("Home", "World", "Asia Pacific")
  const menu = new Set<number>();
  const short = (l: string) => l !== '' && l.split(' ').length <= 2 && !/[.!?:”"']$/.test(l);
  for (let i = 0; i < Math.min(lines.length, 60); ) {
    if (!short(lines[i]!)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < lines.length && (lines[j] === '' || short(lines[j]!)); j++) if (lines[j] !== '') run.push(j);
    if (run.length >= 3) run.forEach((k) => menu.add(k));
    i = j;
  }

  const clues = new Map<OutletClue, string>();
  const clue = (kind: OutletClue, name: string | null) => {
    const c = canonicalOutlet(name);
    if (c && !clues.has(kind)) clues.set(kind, c);
  };
  const bodyDates: FoundDate[] = []; // date lines after the headline, in order
  // Date lines above the headline. Below the site's chrome (its name, a language switcher, navigation) such a
  // date is the page's "today", not the report's day; only a date line the page opens with is kept.
  const headerDates: FoundDate[] = [];
  let headerLines = 0;
  let headerDateLines = 0;
  // every date line above the headline (a page's date below its menu), to give a dateline's day its year
  const pageDates: FoundDate[] = [];
  const headerDate = (d: FoundDate) => {
    pageDates.push(d);
    if (headerLines - 1 === headerDateLines) headerDates.push(d);
    headerDateLines++;
  };
  const fullDates: FoundDate[] = []; // every dated mention below the header, to complete a dateline's year
  let dateline: ReturnType<typeof parseDateline> = null;

  // paragraphs of kept lines; `gap` marks a blank line before a kept line
  const kept: { text: string; gap: boolean }[] = [];
  let title: string | null = null;
  let gap = false;
  let sinceTitle = 0;
  let titleAt = -1;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!line) {
      gap = true;
      continue;
    }
    // a tagline above the site's menu ("News and analysis for professionals" / "World" / "Business" / ...) is
    // chrome, not the headline: the headline comes after the menu
    if (menu.has(i) && title !== null && kept.length === 1 && lines.slice(titleAt + 1, i).every((l) => l === '')) {
      kept.pop();
      title = null;
      sinceTitle = 0;
    }
    const inHeader = title === null;
    if (inHeader) headerLines++;
    if (!inHeader && kept.length >= 2 && isTailMarker(line)) {
      // the rest is comments and teasers; a source or copyright line there still names the outlet
      for (const l of lines.slice(i + 1)) {
        const s = SOURCE_LINE.exec(l) ?? COPYRIGHT_LINE.exec(l);
        if (s) clue(SOURCE_LINE.test(l) ? 'source' : 'copyright', sourceOutlet(s[1]!));
      }
      break;
    }
    const source = SOURCE_LINE.exec(line);
    if (source) {
      clue('source', sourceOutlet(source[1]!));
      continue;
    }
    const copyright = COPYRIGHT_LINE.exec(line);
    if (copyright) {
      // "Copyright 2024 The Associated Press. All rights reserved. This material may not be …"
      clue('copyright', copyright[1]!.split(/\.\s|\s*[,.]?\s*all rights reserved/i)[0]!);
      continue;
    }
    const meta = metaSegments(line);
    if (meta) {
      if (meta.outlet) clue('byline', meta.outlet);
      if (meta.source) clue('source', meta.source);
      if (meta.date) inHeader ? headerDate(meta.date) : bodyDates.push(meta.date);
      if (!meta.rest) continue;
      line = meta.rest;
    } else {
      const by = bylineOutlet(line);
      if (by !== undefined) {
        clue('byline', by);
        continue;
      }
      const dl = dateOfLine(line);
      if (dl) {
        if (inHeader) headerDate(dl.date);
        else bodyDates.push(dl.date);
        if (!inHeader) fullDates.push(dl.date);
        if (dl.outlet) clue(inHeader ? 'header' : 'byline', dl.outlet);
        continue;
      }
      if (!inHeader && sinceTitle < 2 && (BYLINE_IN_PLACE.test(line) || BYLINE_ALONE.test(line))) continue;
      if (inHeader) {
        const h = headerOutlet(line);
        if (h) {
          clue('header', h);
          continue;
        }
        if (menu.has(i)) continue;
      }
      if (isBoilerplate(line) || isCreditLine(line)) continue;
    }

    line = undouble(stripCredits(line));
    if (!line) continue;
    if (sinceTitle < 6 && !dateline) {
      const dl = parseDateline(line);
      // on the first line (a record whose title is a field starts with its body) only a dateline with an agency or a day
      if (dl && (title !== null || dl.agencies.length > 0 || dl.date)) {
        dateline = dl;
        if (dl.agencies[0]) clue('dateline', dl.agencies[0]);
        line = line.slice(dl.length);
      }
    }
    if (kept.length && kept[kept.length - 1]!.text === line) continue; // a teaser or caption repeated
    for (const d of findDates(line)) if (d.year !== null) fullDates.push(d);
    kept.push({ text: line, gap: gap && kept.length > 0 });
    gap = false;
    if (title === null) {
      // "(LEAD) Yoon, Kishida hold summit": an agency's update mark is not part of the headline
      line = line.replace(/^\((?:lead|urgent|update|\d+(?:st|nd|rd|th) ld|wrapup(?: \d+)?|news focus|news analysis|\w+ interview)\)\s*/i, '');
      kept[kept.length - 1]!.text = line;
      // "Lavrov meets Wang | Reuters": a page title with the site's name after it
      const suffix = /\s+[|–—-]\s+([^|–—-]{2,50})$/.exec(line);
      if (suffix && lookupOutlet(suffix[1]!)) {
        clue('header', suffix[1]!);
        line = line.slice(0, suffix.index);
        kept[kept.length - 1]!.text = line;
      }
      title = line;
      titleAt = i;
    } else sinceTitle++;
  }

  // a last line that only names an outlet is the report's signature: "GNA", "(Kyodo)", "— Reuters",
  // "PTI KR RT" (an agency and its editors' codes)
  const last = kept[kept.length - 1];
  const signed = last && last.text.length <= 60 ? /^[-–—(\s]*(.+?)(?:\s+[A-Z]{2,3}){0,4}[)\s.]*$/.exec(last.text) : null;
  if (kept.length > 1 && signed && lookupOutlet(signed[1]!)) {
    clue('signature', signed[1]!);
    kept.pop();
  } else if (last && kept.length > 1) {
    // "… met the president on Tuesday. — SPA": a signature at the end of the last paragraph
    const tail = /\s+(?:[—–]|--?)\s*\(?([\p{Lu}][\p{L}.&' -]{1,30}?)\)?\s*$/u.exec(last.text);
    if (tail && lookupOutlet(tail[1]!)) {
      clue('signature', tail[1]!);
      last.text = last.text.slice(0, tail.index);
    }
  }

  let text = '';
  for (const k of kept) text += (text ? (k.gap ? '\n\n' : '\n') : '') + k.text;

  const kind = CLUE_ORDER.find((k) => clues.has(k)) ?? null;
  return {
    text,
    title,
    outlet: kind ? clues.get(kind)! : null,
    outletClue: kind,
    published: publishedDate(bodyDates, dateline?.date ?? null, fullDates, headerDates, pageDates),
    dateline: dateline?.place ?? null,
  };
}

/**
 * The report's own date: a date line below the headline, else the dateline's day (its year taken
 * from the report's dates of that day, or of that month when they agree on one year), else a date
 * line the page opens with.
 */
function publishedDate(body: FoundDate[], dateline: FoundDate | null, all: FoundDate[], header: FoundDate[], page: FoundDate[] = header): string | null {
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
  return header[0] ? iso(header[0]) : null;
}
