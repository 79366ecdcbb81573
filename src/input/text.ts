import { DAY_MONTH_ONLY_RE, YEAR_PATTERN, findDates, isoDate, daysNamed, settleDate, type FoundDate } from './dates.js';
import { isBoilerplate, isLanguageSwitcher, isNavigation, isTailMarker } from './boilerplate.js';
import { isCreditLine, stripCredits } from './credits.js';
import { parseDateline } from './dateline.js';
import {
  canonicalOutlet,
  isPlaceName,
  looksLikeOutletName as outletShapedName,
  lookupOutlet,
  numericDateOrder,
  outletOfDomain,
} from './outlets.js';

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

const SOURCE_LINE =
  /^(?:sources?|via|courtesy(?: of)?|(?:(?:this|the) (?:article|story|report|piece) (?:was |is |has )?)?(?:(?:originally|first) (?:published|appeared|ran) (?:by|in|on)|(?:originally |first )?appeared (?:in|on)))\s*[:：–—-]?\s+([^|]{2,80}?)\.?$/i;
// "Published in NAME, July 9th, 2024": the print edition's line at the end of a report, naming the paper and its day
const PUBLISHED_IN =
  /^(?:[Tt]his (?:article|story|report) was )?(?:[Pp]ublished|[Pp]rinted|PUBLISHED) in (?:[Tt]he )?(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|del|du|la|el|al|and|&)){0,5})(?:,\s*(?:on\s+)?(.{4,40}?))?\.?$/u;
// "Follow NAME on Instagram", "Watch NAME on YouTube": the site's own prompt names it
const FOLLOW_LINE =
  /^(?:[Ff]ollow|[Rr]ead|[Ll]ike|[Jj]oin|[Ss]ubscribe to|[Ww]atch|[Gg]et) (?:the )?(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|la|el|al)){0,4}) (?:on|in|via) (?:[Ff]acebook|X|[Tt]witter|[Tt]elegram|[Ii]nstagram|[Ww]hats[Aa]pp|[Yy]ou[Tt]ube|[Gg]oogle [Nn]ews|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Bb]luesky|[Tt]hreads)\b/u;
// "KARAGANDA – NAME correspondent Jane Roe reports": an agency naming its own correspondent
const CORRESPONDENT =
  /^(?:[Aa]n? )?(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3}?)(?:['’]s)? (?:own )?(?:correspondent|reporter)(?: (?:\p{Lu}[\p{L}'’.-]*|in|from)){0,4},? reports\b/u;
// a site's name written as its domain: "EXAMPLE.COM", "example.co.uk"
const DOMAIN_NAME = /^((?:[\p{L}\d-]+\.)+(?:com|net|org|info|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}))$/iu;
// words that name a section of a site, not the site ("Lavrov meets Wang | Analysis")
const SECTION_WORDS = new Set(
  'news world politics opinion opinions analysis business economy sport sports video videos live explainer asia europe africa americas america latin north south east west central eastern western southern northern gulf middle pacific atlantic region latest national international local regional global foreign top more press media agency releases release diplomacy defence defense security culture features feature interview editorial comment blog blogs podcast photos gallery update updates breaking home and the of'.split(
    ' ',
  ),
);
/** An unlisted name shaped like an outlet's ("Coastline Daily"), not a section's ("World News", "Press Releases"). */
const looksLikeOutletName = (s: string) =>
  outletShapedName(s) &&
  !s
    .trim()
    .split(/\s+/)
    .every((w) => SECTION_WORDS.has(w.toLowerCase()));
const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,80}?)(?:[.,]?\s*all rights reserved\.?)?\.?$/i;
const BYLINE =
  /^(?:by|authors?|written by|posted by|published by|story by|editors?|edited by)\s*[:|]?\s+(.{2,60}?)\s*\|?$/i;
const COUNT_PREFIX = /^\d[\d,.]*\s*(?:views?|comments?|reads?|shares?)(?=\P{Ll}|$)/u;
const AGO = /\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/gi;
// "Updated about 5 hours ago", "40 minutes ago", "just now"
const RELATIVE_TIME =
  /^(?:(?:last )?(?:updated|published|posted|modified)\s*:?\s*)?(?:(?:about|around|over|less than|more than)\s+)?(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now)$/i;
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
function dateOfLine(
  raw: string,
): { date: FoundDate; outlet: string | null; updated: boolean; labelled: boolean } | null {
  if (raw.length > 120) return null;
  // "Posted on January 24, 2023 by Jane R.": the author after the date
  const line = raw.replace(GLUED_YEAR, '$1 ').replace(/\s+by\s+\p{Lu}[\p{L}'’. -]{0,40}$/u, '');
  const dates = findDates(line).filter((d) => d.year !== null);
  if (dates.length === 0) return null;
  const same = (x: FoundDate, y: FoundDate) => x.year === y.year && x.month === y.month && x.day === y.day;
  let d = dates[0]!;
  // the same date twice ("19 Jun 2023 19 Jun 2023") is one date; "12 Feb 2026 (Updated 13 Feb 2026)" gives the first
  // day not marked as an update
  let mixed = false;
  if (dates.some((x) => !same(x, d))) {
    const marked = dates.map((x, i) =>
      /\b(?:updated|modified|edited|revised)\b[^\d]*$/i.test(
        line.slice(i ? dates[i - 1]!.index + dates[i - 1]!.length : 0, x.index),
      ),
    );
    const own = dates.filter((_, i) => !marked[i]);
    if (!own.length || own.length === dates.length || own.some((x) => !same(x, own[0]!))) return null;
    d = own[0]!;
    mixed = true;
  }
  let rest = line;
  for (const x of [...dates].reverse()) rest = rest.slice(0, x.index) + ' ' + rest.slice(x.index + x.length);
  rest = rest.replace(TIME, ' ').replace(ZONE, ' ').replace(FILLER, ' ').replace(AGO, ' ');
  let words = rest.split(/[^\p{L}\d&]+/u).filter(Boolean);
  let outlet: string | null = null;
  if (words.length > 3 || !words.every((w) => PLACE_WORD.test(w))) ({ outlet, rest: words } = peelOutlet(words));
  // "Updated: 12 Feb 2026", "Last modified …": a later day than the report's own
  const updated = !mixed && /^(?:last\s+)?(?:updated|modified|edited|revised)\b/i.test(line.trim());
  // "Published: 12 Feb 2026": a label says it is the report's day, wherever the line stands
  const labelled = /^(?:(?:first\s+|originally\s+)?published|posted|issued|released|date(?:d)?)\b/i.test(line.trim());
  return words.length <= 3 && words.every((w) => PLACE_WORD.test(w)) ? { date: d, outlet, updated, labelled } : null;
}

/** "Author: AFP", "By Reuters", "By Euronews with AFP": the outlet when the byline names one (an agency first). */
function bylineOutlet(line: string): string | null | undefined {
  const m = BYLINE.exec(line);
  if (!m || /[.!?]$/.test(m[1]!)) return undefined;
  const who = m[1]!
    .replace(/\s*[[(<][^\])>]*@[^\])>]*[\])>]/g, '') // "SARAH KIM [kim.sarah@joongang.co.kr]"
    .replace(/\s+(?:staff|team|desk|news desk|correspondents?|reporters?)$/i, '');
  const capitalised = who
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:and|of|de|van|von|the|with)$/.test(w));
  if (!capitalised && who.includes(' ')) return undefined;
  const known = who
    .split(/\s*(?:,|\band\b|\bwith\b|\||\/)\s*/)
    .map((p) => lookupOutlet(p))
    .filter((o) => o !== undefined);
  const found = (known.find((o) => o.kind === 'agency') ?? known[0])?.name;
  if (found) return found;
  // "By Jane Roe, Coastline Daily": an unlisted outlet after the author, when its name is shaped like an outlet's
  return (
    who
      .split(/\s*(?:,|\||\/)\s*/)
      .slice(1)
      .find((p) => looksLikeOutletName(p)) ?? null
  );
}

// "Helen Davidson in Taipei", "Jane Doe and John Roe in Seoul" under a headline: a byline without "By"
const BYLINE_IN_PLACE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:(?:,| and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})* in \p{Lu}[\p{L}'’. -]{1,30}$/u;

// "Jane Roe and John Doe", "Jane Roe, John Doe & Ann Poe": authors beside a date
const AUTHORS =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})+$/u;
// "Reading time: 3 min", "4 min read"
const READING_TIME =
  /^(?:(?:estimated )?read(?:ing)? time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?|\d+\s*min(?:ute)?s?\.? read)$/i;

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

/** "THE DAILY EXAMPLE" -> "The Daily Example"; a name written in mixed case stays as written. */
function tidyName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .split(' ')
    .map((w, i) => {
      if (i === 0 && w === 'THE') return 'The';
      if (i > 0 && /^(?:THE|OF|AND)$/.test(w)) return w.toLowerCase();
      return w.length > 3 ? w[0] + w.slice(1).toLowerCase() : w;
    })
    .join(' ');
}

/** The outlet a site's name line gives: "EXAMPLE.COM" -> the outlet on that domain, else "Example"; a known name; the line. */
function siteName(line: string): string {
  const known = lookupOutlet(line);
  if (known) return known.name;
  if (DOMAIN_NAME.test(line)) {
    const o = outletOfDomain(line);
    if (o) return o.name;
    const label = line.split('.')[0]!;
    return label[0]!.toUpperCase() + (/\p{Ll}/u.test(label) ? label.slice(1) : label.slice(1).toLowerCase());
  }
  return tidyName(line);
}

const firstItem = (line: string) => line.split(/\s*[|›»•·]\s*/)[0]!;

/** A line that could be a site's name: a few capitalised words, or a domain; no sentence, no date, no menu. */
function nameLike(line: string): boolean {
  if (DOMAIN_NAME.test(line)) return true;
  if (line.length > 60 || /[|:;!?"“”«»,()[\]>›»/]|\.$/.test(line) || !/^[\p{Lu}\d]/u.test(line)) return false;
  const words = line.split(' ');
  if (words.length > 6 || findDates(line).length) return false;
  if (words.every((w) => SECTION_WORDS.has(w.toLowerCase())) || isPlaceName(line)) return false;
  return words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length * 2 >= words.length;
}

// the second item of a menu written one item a line, under the site's name
const MENU_ITEM =
  /^(?:home|menu|sections?|live|latest|news|search|top stories|world|main menu|navigation|log ?in|sign ?in|subscribe)$/i;

/**
 * The line naming the site at the top of a page: the first line (after "Skip to content" and the like)
 * when it is name-like and a menu follows it ("Example News" / "Home | World | Business"), or when it
 * is a domain ("EXAMPLE.COM"). -1 when there is none.
 */
function siteNameAt(lines: string[], menu: Set<number>): { at: number; name: string; tagline?: number } | null {
  const filled: number[] = [];
  for (let i = 0; i < lines.length && filled.length < 7; i++) if (lines[i]) filled.push(i);
  let k = 0;
  // "Skip to content", today's date above the site's name
  while (
    k < 3 &&
    filled[k] !== undefined &&
    ((isBoilerplate(lines[filled[k]!]!) && !isNavigation(lines[filled[k]!]!)) || dateOfLine(lines[filled[k]!]!))
  )
    k++;
  const at = filled[k];
  if (at === undefined) return null;
  const line = lines[at]!;
  const [n1, n2] = [filled[k + 1], filled[k + 2]];
  const l1 = n1 === undefined ? '' : lines[n1]!;
  // a headline followed by a breadcrumb ("Ministers Meet in Lima" / "World | Americas") is no site's name: under a
  // site's menu comes a headline, not at once a paragraph
  const headlineAfter = (from: number) => {
    for (let i = from + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l || isBoilerplate(l) || isNavigation(l) || isLanguageSwitcher(l) || menu.has(i) || dateOfLine(l)) continue;
      return l.split(' ').length <= 30 && !/[.]$/.test(l);
    }
    return false;
  };
  // "Coastline Daily | World | Politics": a menu whose first item is an outlet-shaped name
  if (isNavigation(line))
    return looksLikeOutletName(firstItem(line)) && headlineAfter(at) ? { at, name: siteName(firstItem(line)) } : null;
  // "Coastline Daily - News you can trust" above a menu or a date: the name before its tagline
  const tagged = /^(.{2,60}?)\s+[-–—|:]\s+\S.{0,80}$/.exec(line);
  if (tagged && looksLikeOutletName(tagged[1]!) && (isNavigation(l1) || dateOfLine(l1)))
    return { at, name: siteName(tagged[1]!) };
  if (!nameLike(line) || isLanguageSwitcher(line)) return null;
  const found = { at, name: siteName(line) };
  if (DOMAIN_NAME.test(line)) return found;
  if (n1 === undefined) return null;
  // "Site Name" / "Home | News | World"; a language switcher, "Sign in | Subscribe" or a second line (the name in
  // another language, a tagline) may stand between the name and its menu
  let tagline: number | undefined;
  for (let j = k + 1; j <= k + 4 && filled[j] !== undefined; j++) {
    const l = lines[filled[j]!]!;
    if (isNavigation(l) || (isLanguageSwitcher(l) && j === k + 1))
      return headlineAfter(filled[j]!) ? { ...found, ...(tagline !== undefined ? { tagline } : {}) } : null;
    if (isBoilerplate(l) || isLanguageSwitcher(l)) continue;
    if (j === k + 1 && l.split(' ').length <= 12 && !/[.!?”"]$/.test(l) && !dateOfLine(l)) {
      tagline = filled[j];
      continue;
    }
    break;
  }
  if (menu.has(at) && menu.has(n1) && MENU_ITEM.test(l1)) return found;
  // "Coastline Daily" above a date line: a name shaped like an outlet's (a Title Case headline may end like one,
  // "Kremlin Slams Western Media", and have its summary under it: only a date line under the name tells a header)
  if (line.split(' ').length <= 4 && looksLikeOutletName(line) && dateOfLine(l1)) return found;
  return null;
}

/** The outlet a copyright notice names: "© 2025 Example Media. All rights reserved.", "Copyright Example 2001–2024". */
function copyrightOf(line: string): string | null {
  const segs = line.includes('|') ? line.split(/\s*\|\s*/) : [line];
  for (const seg of segs) {
    const m = COPYRIGHT_LINE.exec(seg);
    if (!m) continue;
    // in a footer the other items are short links ("About us | Contact | © …"); a caption with a credit is text
    if (segs.some((x) => x !== seg && (x.split(' ').length > 5 || /[.!?]$/.test(x)))) return null;
    const name = m[1]!
      .split(/\.\s|\s*[,.]?\s*all rights reserved/i)[0]!
      .replace(/^[\s,.:-]+/, '')
      .replace(/\s*(?:©\s*)?\d{4}(?:\s*[-–—]\s*\d{4})?\s*$/, '')
      .split(/\s*,\s*/)[0]!
      .trim();
    // "© Photo: Jane Roe", "© Getty Images": a picture's credit
    if (
      name.length >= 2 &&
      /^[\p{L}\d]/u.test(name) &&
      !/^(?:photos?|images?|pictures?|fotos?|credits?|getty|shutterstock|pool)\b/i.test(name)
    )
      return name;
  }
  return null;
}

/**
 * A line of page metadata: "General |Author: AFP | June 19, 2023, Monday @ 17:12| 3598 viewsUS ...",
 * "KYODO NEWS - Jun 19, 2023 - 21:46 | World". Segments split by "|" or a spaced dash; it is a
 * metadata line when it has a date or a byline and one more metadata segment. Text glued after a
 * view count (a caption scraped onto the line) is kept as `rest`.
 */
function metaSegments(line: string): {
  outlet: string | null;
  source: string | null;
  date: FoundDate | null;
  updated: boolean;
  labelled: boolean;
  rest: string;
} | null {
  const segs = line.split(/\s*\|\s*|\s+[-–—]\s+/);
  if (segs.length < 2) return null;
  let outlet: string | null = null;
  let source: string | null = null;
  let date: FoundDate | null = null;
  let updated: FoundDate | null = null;
  let labelled = false;
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
    if (b !== undefined) ((outlet ??= b), meta++, (strong = true));
    else if (d) {
      if (d.updated) updated ??= d.date;
      else if (!date) ((date = d.date), (labelled = d.labelled));
      outlet ??= d.outlet;
      meta++;
      strong = true;
    } else if (src) ((source ??= sourceOutlet(src[1]!)), meta++);
    else if (lookupOutlet(s)) ((outlet ??= lookupOutlet(s)!.name), meta++);
    else if (looksLikeOutletName(s) && rest.length === 0) ((outlet ??= s), meta++);
    else if (count) {
      meta++;
      if (s.length > count[0].length) rest.push(s.slice(count[0].length).trim());
    } else if (TIME_ONLY.test(s) || RELATIVE_TIME.test(s)) meta++;
    // the author's name beside a date ("Jane Roe | Published March 3, 2025")
    else if ((BYLINE_ALONE.test(s) || AUTHORS.test(s)) && rest.length === 0) meta++;
    else if (READING_TIME.test(s)) meta++;
    else if (s.split(/\s+/).length <= 3 && !/[.!?”"]$/.test(s) && rest.length === 0)
      continue; // a section name ("General")
    else rest.push(s);
  }
  return strong && meta >= 2
    ? {
        outlet,
        source,
        date: date ?? updated,
        updated: date === null && updated !== null,
        labelled,
        rest: rest.join(' | '),
      }
    : null;
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
  for (let i = 0; i < Math.min(lines.length, 60);) {
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

  const site = siteNameAt(lines, menu);
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
  const headerDate = (d: FoundDate, labelled = false) => {
    pageDates.push(d);
    if (headerLines - 1 === headerDateLines || labelled) headerDates.push(d);
    headerDateLines++;
  };
  const fullDates: FoundDate[] = []; // every dated mention below the header, to complete a dateline's year
  const updatedDates: FoundDate[] = []; // "Updated …" lines: the report's day only when nothing else says it
  const printDates: FoundDate[] = []; // "Published in NAME, July 9th, 2024" at the end
  const printed = (m: RegExpExecArray) => {
    if (m[2]) {
      const d = findDates(m[2]).find((x) => x.year !== null);
      if (!d || m[2].replace(/\s*\d{1,2}[:.]\d{2}.*$/, '').length > d.length + 2) return; // "Published in Example, a weekly …" is no print line
      printDates.push(d);
    } else if (!lookupOutlet(m[1]!) && !looksLikeOutletName(m[1]!)) return; // "Published in Science" (a journal) names no outlet
    clue('source', m[1]!);
  };
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
        const s = SOURCE_LINE.exec(l);
        if (s) clue('source', sourceOutlet(s[1]!));
        const c = s ? null : copyrightOf(l);
        if (c) clue('copyright', sourceOutlet(c));
        const p = PUBLISHED_IN.exec(l);
        if (p) printed(p);
        const f = FOLLOW_LINE.exec(l);
        if (f) clue('signature', f[1]!);
      }
      break;
    }
    const source = SOURCE_LINE.exec(line);
    if (source) {
      // "Source: Defence Forces / Jane Roe" under a photo is its credit, unless it names a known outlet
      const named = sourceOutlet(source[1]!);
      if (!named.includes('/') || lookupOutlet(named)) clue('source', named);
      continue;
    }
    // "Copyright 2024 The Associated Press. All rights reserved. This material may not be …", "About us | © 2025 Example"
    const copyright = copyrightOf(line);
    if (copyright) {
      clue('copyright', copyright);
      continue;
    }
    const pub = PUBLISHED_IN.exec(line);
    if (pub && !inHeader) {
      printed(pub);
      continue;
    }
    // a site's domain alone on a line below the headline ("coastlinedaily.com"): the site signs the page
    if (!inHeader && DOMAIN_NAME.test(line) && /[a-z\d-]{3,}\.[a-z]{2,}/i.test(line) && !/^\d/.test(line)) {
      clue('signature', siteName(line));
      continue;
    }
    const follow = FOLLOW_LINE.exec(line);
    if (follow) {
      clue('signature', follow[1]!);
      continue;
    }
    const meta = metaSegments(line);
    if (meta) {
      if (meta.outlet) clue('byline', meta.outlet);
      if (meta.source) clue('source', meta.source);
      if (meta.date)
        meta.updated
          ? updatedDates.push(meta.date)
          : inHeader
            ? headerDate(meta.date, meta.labelled)
            : bodyDates.push(meta.date);
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
        if (dl.updated) updatedDates.push(dl.date);
        else if (inHeader) headerDate(dl.date, dl.labelled);
        else bodyDates.push(dl.date);
        if (!inHeader) fullDates.push(dl.date);
        if (dl.outlet) clue(inHeader ? 'header' : 'byline', dl.outlet);
        continue;
      }
      if (!inHeader && sinceTitle < 2 && (BYLINE_IN_PLACE.test(line) || BYLINE_ALONE.test(line))) continue;
      if (inHeader && site && (i === site.at || i === site.tagline)) {
        if (i === site.at) clue('header', site.name);
        continue;
      }
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
    if (title !== null && sinceTitle < 6) {
      const c = CORRESPONDENT.exec(line);
      if (
        c &&
        !/^(?:our|the|this|that|a|an|staff|special|foreign|chief|senior|local|own|his|her|their|its)$/i.test(c[1]!)
      )
        clue('byline', c[1]!);
    }
    if (kept.length && kept[kept.length - 1]!.text === line) continue; // a teaser or caption repeated
    for (const d of findDates(line)) if (d.year !== null) fullDates.push(d);
    kept.push({ text: line, gap: gap && kept.length > 0 });
    gap = false;
    if (title === null) {
      // "(LEAD) Yoon, Kishida hold summit": an agency's update mark is not part of the headline
      line = line.replace(
        /^\((?:lead|urgent|update|\d+(?:st|nd|rd|th) ld|wrapup(?: \d+)?|news focus|news analysis|\w+ interview)\)\s*/i,
        '',
      );
      kept[kept.length - 1]!.text = line;
      // "Lavrov meets Wang | Reuters": a page title with the site's name after it
      const suffix = /\s+[|–—-]\s+([^|–—-]{2,50})$/.exec(line);
      // "… | Example Post": after a pipe, a short capitalised name that is not a section ("| Analysis")
      const piped = /\s+\|\s+(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|la|el|al|and|&)){0,4})$/u.exec(
        line,
      );
      const named =
        suffix && (lookupOutlet(suffix[1]!) || looksLikeOutletName(suffix[1]!))
          ? suffix
          : piped && !piped[1]!.split(' ').every((w) => SECTION_WORDS.has(w.toLowerCase()))
            ? piped
            : null;
      if (named) {
        clue('header', named[1]!);
        line = line.slice(0, named.index);
        kept[kept.length - 1]!.text = line;
      }
      title = line;
      titleAt = i;
    } else sinceTitle++;
  }

  // a last line that only names an outlet is the report's signature: "GNA", "(Kyodo)", "— Reuters",
  // "PTI KR RT" (an agency and its editors' codes)
  const last = kept[kept.length - 1];
  const signed =
    last && last.text.length <= 60 ? /^[-–—(\s]*(.+?)(?:\s+[A-Z]{2,3}){0,4}[)\s.]*$/.exec(last.text) : null;
  if (kept.length > 1 && signed && (lookupOutlet(signed[1]!) || looksLikeOutletName(signed[1]!))) {
    clue('signature', signed[1]!);
    kept.pop();
  } else if (last && kept.length > 1) {
    // "… met the president on Tuesday. — SPA": a signature at the end of the last paragraph
    const tail = /\s+(?:[—–]|--?)\s*\(?([\p{Lu}][\p{L}.&' -]{1,30}?)\)?\s*$/u.exec(last.text);
    if (tail && (lookupOutlet(tail[1]!) || looksLikeOutletName(tail[1]!))) {
      clue('signature', tail[1]!);
      last.text = last.text.slice(0, tail.index);
    }
  }

  let text = '';
  for (const k of kept) text += (text ? (k.gap ? '\n\n' : '\n') : '') + k.text;

  // "Source: Press Office of the Governor" names who gave the story, not who published it: a source no list
  // holds and not shaped like an outlet's name gives way to a listed outlet named elsewhere on the page
  const vague = (k: OutletClue) =>
    k === 'source' && !lookupOutlet(clues.get(k)!) && !looksLikeOutletName(clues.get(k)!);
  const first = CLUE_ORDER.find((k) => clues.has(k)) ?? null;
  const kind =
    first && vague(first) ? (CLUE_ORDER.find((k) => clues.has(k) && lookupOutlet(clues.get(k)!)) ?? first) : first;
  // an all-numeric date both of whose first numbers could be the month: the page's other numeric dates, else
  // the custom of the outlets named (the site's own first), else the reader's default (see findDates)
  const order =
    [clues.get('header'), ...CLUE_ORDER.map((k) => clues.get(k))].map(numericDateOrder).find((o) => o) ?? null;
  // every numeric date the page writes ("Updated 13/02/2026" proves "12/02/2026" is day first)
  const numeric = lines.flatMap((l) =>
    /\d[./-]\d{1,2}[./-]\d/.test(l) ? findDates(l).filter((d) => d.sep !== undefined) : [],
  );
  const months = daysNamed(text);
  const settle = (ds: FoundDate[]) => ds.map((d) => settleDate(d, numeric, order, months));
  const published =
    publishedDate(
      settle(bodyDates),
      dateline?.date ?? null,
      settle(fullDates),
      settle(headerDates),
      settle(pageDates),
    ) ??
    (printDates[0] ? isoDate(printDates[0].year!, printDates[0].month, printDates[0].day) : null) ??
    (updatedDates[0] ? isoOf(settleDate(updatedDates[0], numeric, order, months)) : null);
  return {
    text,
    title,
    outlet: kind ? clues.get(kind)! : null,
    outletClue: kind,
    published,
    dateline: dateline?.place ?? null,
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
