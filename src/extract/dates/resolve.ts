import { lexicon } from '../data.js';

/**
 * Dates in a sentence, resolved against the report's reference date (its publication date or,
 * failing that, the first full date the text gives): "Monday", "on Sunday", "last November",
 * "April 18", "June 19, 2023", "yesterday". Returns ISO dates, "YYYY-MM" when only the month is
 * known. Weekdays and bare months refer to the past unless the sentence speaks of the future.
 *
 * The expressions are a table (`PATTERNS`): each row a regular expression and a small resolver, run
 * in order by `findDates`; a later row leaves alone the span an earlier one took.
 */

export interface FoundDate {
  iso: string;
  /** offset of the expression in the sentence text */
  index: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The first full date (day, month and year) written in the text, as YYYY-MM-DD, or null. */
export function firstFullDate(text: string): string | null {
  const lex = lexicon();
  const re =
    /\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b|\b(\d{1,2}) ([A-Z][a-z]{2,8}\.?),? (\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[7]) return `${m[7]}-${m[8]}-${m[9]}`;
    const month = lex.months.get((m[1] ?? m[5])!.toLowerCase());
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    if (month && day >= 1 && day <= 31 && year > 1900) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** What a resolver knows: the sentence, the reference date, and where the event it dates is named. */
interface Ctx {
  sentence: string;
  ref: Date | null;
  /** offset of the event's trigger in the sentence, or -1 */
  at: number;
  /** dates found by earlier rows */
  out: FoundDate[];
}

/** the future only when it is said near the date: "agreed Wednesday …, as they prepare … next year" is past */
const FUTURE = /\b(will|next|upcoming|is to|are to|plans? to|scheduled|(?:is|are) (?:due|set|expected) to)\b/i;
const futureAt = (c: Ctx, i: number) => FUTURE.test(c.sentence.slice(Math.max(0, i - 60), i + 25));
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "Monday", "last Friday", "next Tuesday": the day of that weekday before (or, future, after) the reference */
function weekday(m: RegExpExecArray, c: Ctx): string | null {
  if (!c.ref) return null;
  const want = lexicon().weekdays.get(m[2]!.toLowerCase())!;
  const d = new Date(c.ref);
  let diff = (d.getUTCDay() - want + 7) % 7;
  const q = m[1]?.toLowerCase();
  if ((futureAt(c, m.index) && q !== 'last') || q === 'next') diff = -((want - d.getUTCDay() + 7) % 7 || 7);
  if (q === 'last' && diff === 0) diff = 7;
  d.setUTCDate(d.getUTCDate() - diff);
  return iso(d);
}

/** "in April that year" (the year named before), "in March last year", else the year that month falls in */
function yearOfMonth(m: RegExpExecArray, c: Ctx, month: number): number | null {
  const after = c.sentence.slice(m.index + m[0].length);
  if (/^ (?:of )?that year\b/.test(after)) {
    const years = [...c.sentence.slice(0, m.index).matchAll(/\b(19\d\d|20\d\d)\b/g)];
    if (years.length) return Number(years[years.length - 1]![1]);
  }
  if (!c.ref) return null;
  const ry = c.ref.getUTCFullYear();
  const rel = /^,? (last|this|next) year\b/i.exec(after);
  if (rel) return ry + (rel[1]!.toLowerCase() === 'last' ? -1 : rel[1]!.toLowerCase() === 'next' ? 1 : 0);
  const rm = c.ref.getUTCMonth() + 1;
  const q = m[1]?.toLowerCase();
  if (q === 'next' || (futureAt(c, m.index) && q !== 'last')) return month >= rm ? ry : ry + 1;
  if (q === 'last') return month < rm ? ry : ry - 1;
  return month > rm + 1 ? ry - 1 : ry;
}

/** "April 18", "June 19, 2023", "last November", "in May 2021" ("May" alone is a verb) */
function monthDay(m: RegExpExecArray, c: Ctx): string | null {
  const month = lexicon().months.get(m[2]!.toLowerCase())!;
  if (m[2] === 'May' && !m[3] && !m[4] && !m[1]) return null;
  const year = m[4] ? Number(m[4]) : yearOfMonth(m, c, month);
  if (year === null) return null;
  return m[3] ? `${year}-${pad(month)}-${pad(Number(m[3]))}` : `${year}-${pad(month)}`;
}

/** "18 April", "4 June 2024" */
function dayMonth(m: RegExpExecArray, c: Ctx): string | null {
  const month = lexicon().months.get(m[2]!.toLowerCase())!;
  let year = m[3] ? Number(m[3]) : c.ref ? c.ref.getUTCFullYear() : null;
  if (year === null) return null;
  if (!m[3] && c.ref && month > c.ref.getUTCMonth() + 2) year--;
  return `${year}-${pad(month)}-${pad(Number(m[1]))}`;
}

/** "yesterday", "today", "this morning", "tonight", "last night" */
function relativeDay(m: RegExpExecArray, c: Ctx): string | null {
  if (!c.ref) return null;
  // "this morning" only when no day is given
  if (!/^(?:yesterday|today)$/i.test(m[0]) && c.out.some((o) => o.iso.length === 10)) return null;
  const d = new Date(c.ref);
  if (/^(?:yesterday|last)/i.test(m[0])) d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

/** "last month", "earlier this month", "last week" (the month of that week) */
function relativeMonth(m: RegExpExecArray, c: Ctx): string | null {
  if (!c.ref) return null;
  const last = /last$/i.test(m[1]!);
  if (m[2]!.toLowerCase() === 'week') {
    if (c.out.some((o) => Math.abs(o.index - m.index) < 25)) return null;
    const d = new Date(c.ref);
    if (last) d.setUTCDate(d.getUTCDate() - 7);
    return iso(d).slice(0, 7);
  }
  return iso(new Date(Date.UTC(c.ref.getUTCFullYear(), c.ref.getUTCMonth() - (last ? 1 : 0), 1))).slice(0, 7);
}

/** "last year", "earlier this year" */
function relativeYear(m: RegExpExecArray, c: Ctx): string | null {
  if (!c.ref || c.out.some((o) => Math.abs(o.index - m.index) < 25 && o.iso.length > 4)) return null;
  return String(c.ref.getUTCFullYear() - (m[1]!.toLowerCase() === 'last' ? 1 : 0));
}

/**
 * "in 2019": a year alone, not one that starts something else ("since the ties were restored in 1979") —
 * unless the event dated lies between "since" and the year ("since they last met in 2022").
 */
function bareYear(m: RegExpExecArray, c: Ctx): string | null {
  const year = Number(m[1]);
  if (year <= 1945 || year >= 2100) return null;
  const since = /\bsince\b(?![\s\S]*\bsince\b)/i.exec(c.sentence.slice(Math.max(0, m.index - 60), m.index));
  const sinceAt = since ? Math.max(0, m.index - 60) + since.index : -1;
  if (since && !(c.at > sinceAt && c.at < m.index)) return null;
  return String(year);
}

interface Pattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, c: Ctx) => string | null;
  /** its span replaces the dates found inside it ("the 1st of November" holds a "November") */
  replaces?: boolean;
}

const PATTERNS: readonly Pattern[] = [
  {
    re: /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: weekday,
  },
  // "4 June 2024" before "June 2024": the longer date
  { re: new RegExp(`\\b(\\d{1,2}) (${MONTHS})(?: (\\d{4}))?`, 'g'), resolve: dayMonth },
  {
    re: new RegExp(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ii]n|[Ss]ince) )?(${MONTHS}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?: (\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,? (\\d{4}))?`,
      'g',
    ),
    resolve: monthDay,
  },
  // "Today, …" opening a sentence, not the "Today" of a name ("USA Today")
  { re: /\b(yesterday|today)\b|(?<!\p{Lu}[\p{L}.]*\s)\b(Yesterday|Today)\b/gu, resolve: relativeDay },
  { re: /\b(this (?:morning|afternoon|evening)|tonight|last night)\b/gi, resolve: relativeDay },
  {
    re: new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th) of (${MONTHS})(?:,? (\\d{4}))?`, 'g'),
    resolve: (m, c) => (c.ref ? dayMonth(m, c) : null),
    replaces: true,
  },
  { re: /\b(last|this|earlier this|late last|early last) (month|week)\b/gi, resolve: relativeMonth },
  { re: /\b(?:(?:late|early|in|since) )?(last|this|earlier this) year\b/gi, resolve: relativeYear },
  // "in 2019", and "In 2019, A met B" opening a sentence
  { re: /\bin (\d{4})\b(?!-)/gi, resolve: bareYear },
];

/** Whether [a, b) overlaps a date found before. */
const overlaps = (out: FoundDate[], a: number, b: number) =>
  out.some((o) => a < o.index + o.text.length && o.index < b);

/**
 * The dates of a sentence, in text order. `at` is the offset of the event the caller dates (a meeting's
 * trigger), or -1.
 */
export function findDates(sentence: string, ref: string | null, at = -1): FoundDate[] {
  const c: Ctx = { sentence, ref: ref ? new Date(`${ref.slice(0, 10)}T00:00:00Z`) : null, at, out: [] };
  for (const p of PATTERNS) {
    const found: FoundDate[] = [];
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      const [a, b] = [m.index, m.index + m[0].length];
      if (!p.replaces && overlaps(c.out, a, b)) continue;
      const value = p.resolve(m, c);
      if (!value) continue;
      if (p.replaces) c.out = c.out.filter((o) => !(o.index >= a && o.index < b));
      found.push({ iso: value, index: m.index, text: m[0] });
    }
    c.out.push(...found);
  }
  return c.out.sort((a, b) => a.index - b.index);
}
