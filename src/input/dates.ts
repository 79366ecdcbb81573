/**
 * Dates as news pages write them: "June 19, 2023", "Monday, June 19th 2023", "19 June 2023",
 * "Jun. 19", "2023-06-19". Pure patterns; month names are English, the language of the reports.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_RE = '(?:19|20)\\d{2}';
/** A day and month in either order ("Jun. 19", "19th of June"). */
export const DAY_MONTH_ONLY_RE = `(?:${MONTH_RE}\\s+${DAY_RE}|${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE})`;
export const YEAR_PATTERN = YEAR_RE;
/** A day and month, with or without a year, in either order ("Jun. 19", "June 19th, 2023", "19 June 2023"). */
export const DAY_MONTH_RE = `(?:${MONTH_RE}\\s+${DAY_RE}(?:,?\\s+${YEAR_RE})?|${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE})?)`;

const DATE_G = new RegExp(
  `\\b(?:(${MONTH_RE})\\s+(${DAY_RE})(?:,?\\s+(${YEAR_RE}))?|(${DAY_RE})\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?|(${YEAR_RE})-(0[1-9]|1[0-2])-([012]\\d|3[01]))\\b`,
  'gi',
);

export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /** Where the match starts and how long it is, in the searched string. */
  index: number;
  length: number;
}

const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

/** Every date in `s`, in order. A bare "May 5" is a date; "may" alone is not. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of s.matchAll(DATE_G)) {
    let year: number | null;
    let month: number;
    let day: number;
    if (m[1]) [month, day, year] = [monthOf(m[1]), parseInt(m[2]!, 10), m[3] ? +m[3] : null];
    else if (m[5]) [month, day, year] = [monthOf(m[5]), parseInt(m[4]!, 10), m[6] ? +m[6] : null];
    else [year, month, day] = [+m[7]!, +m[8]!, +m[9]!];
    // "may" the verb: only a capitalised month name counts
    const word = m[1] ?? m[5];
    if (word && word[0] !== word[0]!.toUpperCase()) continue;
    out.push({ year, month, day, index: m.index!, length: m[0].length });
  }
  // numeric dates: "19.06.2023", "19/06/2023" (day first, as most of the world writes), "06/19/2023" when the
  // second number cannot be a month
  for (const m of s.matchAll(/\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b/g)) {
    let [a, b] = [+m[1]!, +m[3]!];
    if (a <= 12 && b > 12) [a, b] = [b, a];
    if (a < 1 || a > 31 || b < 1 || b > 12) continue;
    out.push({ year: +m[4]!, month: b, day: a, index: m.index!, length: m[0].length });
  }
  return out.sort((x, y) => x.index - y.index);
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
