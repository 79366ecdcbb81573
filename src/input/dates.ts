import { knowledge } from '../knowledge/index.js';

/**
 * Dates as news pages write them: "June 19, 2023", "Monday, June 19th 2023", "19 June 2023", "June 19/2023",
 * "05 October,2019" (no space after the comma),
 * "Jun. 19", "2023-06-19". Month and weekday names are English, the language of the reports
 * (data/words.json).
 */

const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_RE = '(?:19|20)\\d{2}';
export const YEAR_PATTERN = YEAR_RE;

/**
 * The patterns of written dates, built once from the month names of data/words.json: `month` ("Jan.",
 * "September"), `dayMonthOnly` (a day and month in either order: "Jun. 19", "19th of June"), `dayMonth`
 * (with or without a year: "June 19th, 2023", "19 June 2023"), `date` (those and ISO dates, global).
 */
function build() {
  const forms = knowledge().words.months.map((names) =>
    [...new Set(names.map((n) => n.replace(/\.$/, '')))]
      .sort((x, y) => y.length - x.length)
      .map((n) => n[0]!.toUpperCase() + n.slice(1))
      .join('|'),
  );
  const month = `(?:${forms.join('|')})\\.?`;
  const dayMonthOnly = `(?:${month}\\s+${DAY_RE}|${DAY_RE}\\s+(?:of\\s+)?${month})`;
  const dayMonth = `(?:${month}\\s+${DAY_RE}(?:(?:,\\s*|\\s+|\\s*/\\s*)${YEAR_RE})?|${DAY_RE}\\s+(?:of\\s+)?${month}(?:(?:,\\s*|\\s+)${YEAR_RE})?)`;
  // an ISO date may run on into its time ("2026-02-12T10:42:00Z"), so it ends where its digits end
  const date = new RegExp(
    `\\b(?:(?:(${month})\\s+(${DAY_RE})(?:(?:,\\s*|\\s+|\\s*/\\s*)(${YEAR_RE}))?|(${DAY_RE})\\s+(?:of\\s+)?(${month})(?:(?:,\\s*|\\s+)(${YEAR_RE}))?)\\b|(${YEAR_RE})([-/.])(0?[1-9]|1[0-2])\\8([012]?\\d|3[01])(?!\\d))`,
    'gi',
  );
  /** "sun" … "sat": a weekday's first three letters, Sunday first */
  const weekday = new RegExp(
    `\\b(${knowledge()
      .words.weekdays.map((d) => d.slice(0, 3))
      .join('|')})[a-z]*\\b`,
    'i',
  );
  const monthNumber = new Map<string, number>();
  knowledge().words.months.forEach((names, i) => names.forEach((n) => monthNumber.set(n.replace(/\.$/, ''), i + 1)));
  return { month, dayMonthOnly, dayMonth, date, weekday, monthNumber };
}

let cached: ReturnType<typeof build> | null = null;
export function datePatterns(): ReturnType<typeof build> {
  return (cached ??= build());
}

export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /**
   * For an all-numeric date whose two first numbers both could be the month ("02/03/2026"): the
   * other reading. `month`/`day` hold the default reading — see `findDates`.
   */
  alt?: { month: number; day: number };
  /** The separator of an all-numeric date ("/", ".", "-"), and whether its day was written first. */
  sep?: string;
  dayFirst?: boolean;
  /** Where the match starts and how long it is, in the searched string. */
  index: number;
  length: number;
}

/** 1 … 12 for a month's name as written ("Jan.", "SEPTEMBER"), 0 for none */
const monthOf = (s: string) => datePatterns().monthNumber.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;

/** The days `s` names with a month name ("on February 11", "3 March"), as [month, day] pairs. */
export function daysNamed(s: string): [number, number][] {
  return findDates(s)
    .filter((d) => d.sep === undefined)
    .map((d) => [d.month, d.day]);
}

/** Every date in `s`, in order. A bare "May 5" is a date; "may" alone is not. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of s.matchAll(datePatterns().date)) {
    let year: number | null;
    let month: number;
    let day: number;
    if (m[1]) [month, day, year] = [monthOf(m[1]), parseInt(m[2]!, 10), m[3] ? +m[3] : null];
    else if (m[5]) [month, day, year] = [monthOf(m[5]), parseInt(m[4]!, 10), m[6] ? +m[6] : null];
    else [year, month, day] = [+m[7]!, +m[9]!, +m[10]!];
    if (day < 1) continue;
    // "may" the verb: only a capitalised month name counts
    const word = m[1] ?? m[5];
    if (word && word[0] !== word[0]!.toUpperCase()) continue;
    out.push({ year, month, day, index: m.index, length: m[0].length });
  }
  // numeric dates, the year last: "19.06.2023", "19-06-2023", "06/19/2023". When one of the two first
  // numbers is over 12 it is the day. Otherwise the default reading is day first for dots and dashes
  // (the European form; nobody writes month.day.year) and month first for slashes (the form of English
  // pages that write dates with slashes: US usage and the default of English-language publishing
  // systems); `alt` keeps the other reading for `settleDate` to choose by the page's other evidence.
  for (const m of s.matchAll(/\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d])/g)) {
    const [a, b, sep] = [+m[1]!, +m[3]!, m[2]!];
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    let month: number;
    let day: number;
    let alt: FoundDate['alt'];
    if (a > 12) [day, month] = [a, b];
    else if (b > 12) [month, day] = [a, b];
    else {
      [month, day] = sep === '/' ? [a, b] : [b, a];
      if (a !== b) alt = { month: day, day: month };
    }
    const d: FoundDate = { year: +m[4]!, month, day, index: m.index, length: m[0].length, sep, dayFirst: day === a };
    if (alt) d.alt = alt;
    out.push(weekdayFits(s, d));
  }
  return out.sort((x, y) => x.index - y.index);
}

/** An ambiguous numeric date next to a weekday ("Thu 02/12/2026") takes the reading that falls on it. */
function weekdayFits(s: string, d: FoundDate): FoundDate {
  if (!d.alt) return d;
  const near = s.slice(Math.max(0, d.index - 14), d.index + d.length + 14);
  const w = datePatterns().weekday.exec(near);
  if (!w) return d;
  const want = knowledge().words.weekdays.findIndex((day) => day.startsWith(w[1]!.toLowerCase()));
  const dow = (m: number, day: number) => new Date(Date.UTC(d.year!, m - 1, day)).getUTCDay();
  if (dow(d.month, d.day) === want) return { ...d, alt: undefined };
  if (dow(d.alt.month, d.alt.day) === want) return { ...d, month: d.alt.month, day: d.alt.day, alt: undefined };
  return d;
}

/**
 * Chooses the reading of an ambiguous numeric date: the order that other numeric dates of the page
 * with the same separator prove (one of them has a number over 12), else `order` (the outlet's
 * convention: "dmy" or "mdy"), else a day the report's text names within a week of one reading and
 * not of the other (`days`), else the default reading of `findDates`.
 */
export function settleDate(
  d: FoundDate,
  others: FoundDate[],
  order?: 'dmy' | 'mdy' | null,
  days?: [number, number][],
): FoundDate {
  if (!d.alt) return d;
  const proof = others.find((o) => o.sep === d.sep && o.day > 12);
  // a day the text names within a week of one reading and not of the other ("talks on February 11")
  const near = (month: number, day: number) =>
    (days ?? []).some(
      ([m, dd]) => Math.abs(Date.UTC(2001, m - 1, dd) - Date.UTC(2001, month - 1, day)) <= 7 * 86400000,
    );
  const [thisNear, otherNear] = [near(d.month, d.day), near(d.alt.month, d.alt.day)];
  if (!proof && !order && thisNear !== otherNear)
    return thisNear ? { ...d, alt: undefined } : { ...d, month: d.alt.month, day: d.alt.day, alt: undefined };
  const wanted = proof ? (proof.dayFirst ? 'dmy' : 'mdy') : (order ?? null);
  if (!wanted) return d;
  const dayFirstNow = d.sep === '/' ? false : true; // the default reading
  const wantDayFirst = wanted === 'dmy';
  return dayFirstNow === wantDayFirst
    ? { ...d, alt: undefined }
    : { ...d, month: d.alt.month, day: d.alt.day, alt: undefined };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Normalises a date a user gives (`--published`, a record's `published`, a page's
 * `article:published_time`): ISO dates and datetimes keep their calendar date (the publisher's
 * local day), other written dates are parsed. Returns null when it cannot be read.
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$/.exec(v);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const d = findDates(v).find((x) => x.year !== null);
  return d ? isoDate(d.year!, d.month, d.day) : null;
}
