import { pageWords } from '../knowledge/index.js';
import { isBoilerplate, isLanguageSwitcher, isNavigation } from './boilerplate.js';
import { YEAR_PATTERN, datePatterns, findDates, type FoundDate } from './dates.js';
import { isPlaceName, looksLikeOutletName as outletShapedName, lookupOutlet, outletOfDomain } from './outlets.js';

/**
 * The lines of a scraped page that are not the report: what each one says about the page (its outlet,
 * its date, its author, its site's name), read by `cleanText` (text.ts).
 */

const SOURCE_RE =
  /^(?:sources?|via|courtesy(?: of)?|(?:taken|reproduced|republished|adapted) from|(?:(?:this|the) (?:article|story|report|piece) (?:was |is |has )?)?(?:(?:originally|first) (?:published|appeared|ran) (?:by|in|on)|(?:originally |first )?appeared (?:in|on)))(?:\s*[:：]\s*|\s*[–—-]?\s+)([^|:]{2,80}?)(?:,\s*(?:url|link|language|lang)\s*:.*)?\.?$/i;
/**
 * "Source: NAME", "(Taken from NAME)", "Source:NAME, URL:https://…" (a feed digest's header): a line naming where the
 * story comes from (a wrapping pair of parentheses aside).
 */
export const SOURCE_LINE = { exec: (line: string) => SOURCE_RE.exec(line.replace(/^\(([^()]*)\)$/, '$1')) };
// "Published in NAME, July 9th, 2024": the print edition's line at the end of a report, naming the paper and its day
export const PUBLISHED_IN =
  /^(?:[Tt]his (?:article|story|report) was )?(?:[Pp]ublished|[Pp]rinted|PUBLISHED) in (?:[Tt]he )?(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|del|du|la|el|al|and|&)){0,5})(?:,\s*(?:on\s+)?(.{4,40}?))?\.?$/u;
// "Follow NAME on Instagram", "Watch NAME on YouTube": the site's own prompt names it
export const FOLLOW_LINE =
  /^(?:[Ff]ollow|[Rr]ead|[Ll]ike|[Jj]oin|[Ss]ubscribe to|[Ww]atch|[Gg]et) (?:the )?(\p{Lu}[\p{L}\d&.'’-]*(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|de|la|el|al)){0,4}) (?:on|in|via) (?:[Ff]acebook|X|[Tt]witter|[Tt]elegram|[Ii]nstagram|[Ww]hats[Aa]pp|[Yy]ou[Tt]ube|[Gg]oogle [Nn]ews|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Bb]luesky|[Tt]hreads)\b/u;
// "KARAGANDA – NAME correspondent Jane Roe reports": an agency naming its own correspondent
export const CORRESPONDENT =
  /^(?:[Aa]n? )?(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3}?)(?:['’]s)? (?:own )?(?:correspondent|reporter)(?: (?:\p{Lu}[\p{L}'’.-]*|in|from)){0,4},? reports\b/u;
// "…, reports BSS." / "…, reported Xinhua.": the agency a report's opening paragraph names as its source (a listed one)
export const AGENCY_REPORTS =
  /,\s+(?:reports|reported)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,4})\.?$/u;
// a site's name written as its domain: "EXAMPLE.COM", "example.co.uk"
export const DOMAIN_NAME = /^((?:[\p{L}\d-]+\.)+(?:com|net|org|info|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}))$/iu;
/** words that name a section of a site, not the site ("Lavrov meets Wang | Analysis"): data/page-words.json */
export const isSectionWord = (w: string) => pageWords().sectionWords.has(w.toLowerCase());
/** An unlisted name shaped like an outlet's ("Coastline Daily"), not a section's ("World News", "Press Releases"). */
export const looksLikeOutletName = (s: string) => outletShapedName(s) && !s.trim().split(/\s+/).every(isSectionWord);
const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,80}?)(?:[.,]?\s*all rights reserved\.?)?\.?$/i;
// also a credit in parentheses closing the page ("(Web editor: Jane Roe, Tavo)") and the French "Texte et photos :"
const BYLINE =
  /^\(?(?:by|authors?|written by|posted by|published by|story by|(?:web )?editors?|edited by|textes?(?: et photos?)?)\s*[:|]?\s+(.{2,60}?)\s*\|?\)?$/i;
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
let gluedYear: RegExp | null = null;
const GLUED_YEAR = () =>
  (gluedYear ??= new RegExp(`(${datePatterns().dayMonthOnly},?\\s+${YEAR_PATTERN})(?=\\d)`, 'gi'));
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
export function dateOfLine(
  raw: string,
): { date: FoundDate; outlet: string | null; updated: boolean; labelled: boolean } | null {
  if (raw.length > 120) return null;
  // "Posted on January 24, 2023 by Jane R.": the author after the date
  const line = raw.replace(GLUED_YEAR(), '$1 ').replace(/\s+by\s+\p{Lu}[\p{L}'’. -]{0,40}$/u, '');
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
export function bylineOutlet(line: string): string | null | undefined {
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
export const BYLINE_IN_PLACE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:(?:,| and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})* in \p{Lu}[\p{L}'’. -]{1,30}$/u;

// "Jane Roe and John Doe", "Jane Roe, John Doe & Ann Poe": authors beside a date
const AUTHORS =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})+$/u;
// "Reading time: 3 min", "4 min read"
const READING_TIME =
  /^(?:(?:estimated )?read(?:ing)? time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?|\d+\s*min(?:ute)?s?\.? read)$/i;

// "Jane Roe-Doe" alone on the line under the headline: the author's name (two or three capitalised words)
export const BYLINE_ALONE = /^\p{Lu}[\p{Ll}'’]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*){1,2}$/u;

/** "Al Jazeera and news agencies", "KUNA, Reuters": the first known outlet named, else the whole name. */
/**
 * "Source: Twitter", "Source: Facebook / X": a source line naming only a social platform credits the post a
 * photo or a quotation was taken from, never the page's publisher (data/page-words.json `socialWords`).
 */
export const platformOnly = (name: string): boolean => {
  const words = name
    .toLowerCase()
    .split(/[\s/,|&]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => pageWords().socialWords.has(w));
};

export function sourceOutlet(name: string): string {
  if (lookupOutlet(name)) return name;
  return name.split(/\s*(?:,|;|\/|\||\band\b|&)\s*|\s+[-–—]\s+/i).find((p) => lookupOutlet(p)) ?? name;
}

/** A header line naming the site, perhaps with a language switcher: "MercoPress, en Español". */
export function headerOutlet(line: string): string | null {
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
export function siteName(line: string): string {
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
  if (words.every(isSectionWord) || isPlaceName(line)) return false;
  return words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length * 2 >= words.length;
}

/**
 * The line naming the site at the top of a page: the first line (after "Skip to content" and the like)
 * when it is name-like and a menu follows it ("Example News" / "Home | World | Business"), or when it
 * is a domain ("EXAMPLE.COM"). -1 when there is none.
 */
export function siteNameAt(lines: string[], menu: Set<number>): { at: number; name: string; tagline?: number } | null {
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
  const n1 = filled[k + 1];
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
  if (menu.has(at) && menu.has(n1) && pageWords().menuItems.has(l1.toLowerCase())) return found;
  // "Coastline Daily" above a date line: a name shaped like an outlet's (a Title Case headline may end like one,
  // "Kremlin Slams Western Media", and have its summary under it: only a date line under the name tells a header)
  if (line.split(' ').length <= 4 && looksLikeOutletName(line) && dateOfLine(l1)) return found;
  return null;
}

/** The outlet a copyright notice names: "© 2025 Example Media. All rights reserved.", "Copyright Example 2001–2024". */
export function copyrightOf(line: string): string | null {
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
export function metaSegments(line: string): {
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
    if (b !== undefined) {
      outlet ??= b;
      meta++;
      strong = true;
    } else if (d) {
      if (d.updated) updated ??= d.date;
      else if (!date) {
        date = d.date;
        labelled = d.labelled;
      }
      outlet ??= d.outlet;
      meta++;
      strong = true;
    } else if (src) {
      source ??= sourceOutlet(src[1]!);
      meta++;
    } else if (lookupOutlet(s)) {
      outlet ??= lookupOutlet(s)!.name;
      meta++;
    } else if (looksLikeOutletName(s) && rest.length === 0) {
      outlet ??= s;
      meta++;
    } else if (count) {
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
export function undouble(line: string): string {
  const k = (line.length - 1) / 2;
  return Number.isInteger(k) && line[k] === ' ' && line.slice(0, k) === line.slice(k + 1) ? line.slice(0, k) : line;
}
