import type { MeetingFact } from '../../model.js';
import { findDates, type FoundDate } from '../dates/resolve.js';
import type { Sentence } from '../text.js';
import type { Frame } from './frame.js';

/**
 * When a meeting took place: the date its sentence gives near the trigger (dates/resolve.ts), else the
 * day of the report's own sentences about its people, else the day of a dated meeting of its people in
 * the same week.
 */

/**
 * meetings reported as past or to come, which the report's day does not date (not "Earlier, A met B" opening a
 * sentence, nor "met B once again": the report's own days)
 */
export const NOT_TODAY =
  /\b(had|last|previous(?:ly)?|ago|once(?! again| more)|former|will|would|plans?|to meet|first met)\b|\bearlier\b(?! in the day| today| on|,)/i;
const DAY_WORD =
  /\b(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/;
const MEETING_WORD =
  /\b(met|meet|meets|meeting|meetings|talks|held|hosted|received|visit|summit|conference|forum|ceremony|session|event)\b/;
const WEEK = 7 * 86400000;

/**
 * The sentence with relative clauses that do not hold the meeting's trigger blanked out: in "X, who is the
 * guest of honour at the parade on Sunday, was received by Y", Sunday dates the parade, not the meeting.
 */
export function withoutClauses(text: string, at: number): string {
  return text.replace(/,\s+(?:who|which|whose)\b[^,]*(?=,|$)/g, (c, i: number) =>
    at >= i && at < i + c.length ? c : ' '.repeat(c.length),
  );
}

/** The sentence with quoted words blanked out: a date inside a quotation ("today's era") dates nothing. */
export function unquoted(s: Sentence): string {
  let out = s.text;
  for (const t of s.tokens)
    if (t.quoted) out = out.slice(0, t.start - s.start) + ' '.repeat(t.end - t.start) + out.slice(t.end - s.start);
  return out;
}

/** "his 2019 meeting with B", "their 2021 summit": a year that describes the meeting noun (up to two words between) */
const YEAR_BEFORE = /\b(?:the|his|her|their|its|a|[\p{L}-]+['’]s?)\s+((?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function yearBefore(s: Sentence, rel: number): FoundDate | undefined {
  const m = YEAR_BEFORE.exec(s.text.slice(0, rel));
  if (!m) return undefined;
  return { iso: m[1]!, index: m.index + m[0].indexOf(m[1]!), text: m[1]! };
}

/** The date of a frame: the first date after its trigger, else the last before ("after their meeting on …": before). */
export function dateOf(s: Sentence, f: Frame, ref: string | null): FoundDate | undefined {
  // dates of other events ("scheduled for June", "since 2021") do not date the meeting
  const found = findDates(withoutClauses(unquoted(s), f.at - s.start), ref, f.at - s.start).filter(
    (d) =>
      !/\b(scheduled|planned|postponed|delayed|until|since|by|for)\s+$/i.test(
        s.text.slice(Math.max(0, d.index - 12), d.index),
      ),
  );
  const rel = f.at - s.start;
  if (f.rule === 'meeting.their') return found.filter((d) => d.index < rel).pop() ?? yearBefore(s, rel);
  if (!found.length) return yearBefore(s, rel);
  // the first date after the trigger ("met B in Lima in 2015"), a finer one after it first ("in 2019 … on 4 May");
  // else the last before it ("On Monday, A met B"), a finer one first
  const finer = (ds: FoundDate[]) => {
    const [a, b] = ds;
    // "on Tuesday, November 2": the date written out says which Tuesday
    if (
      a &&
      b &&
      b.iso.length === 10 &&
      /^\s*,\s*$/.test(s.text.slice(a.index + a.text.length, b.index)) &&
      /\d/.test(b.text)
    )
      return b;
    return ds.find((d) => d.iso.length > 4) ?? a;
  };
  // "A on Wednesday received B to follow up on deals reached last November": a day right before the verb is its own
  const adjacent = found.find((d) => d.index < rel && /^[\s,]*$/.test(s.text.slice(d.index + d.text.length, rel)));
  if (adjacent && adjacent.iso.length === 10) return adjacent;
  const after = found.filter((d) => d.index >= rel);
  if (after.length) return finer(after);
  const before = found.filter((d) => d.index < rel).reverse();
  return finer(before);
}

/** Whether a meeting of this date (or of this sentence, undated) lies before the report's week. */
export function isPast(date: string | null, sentence: string, ref: string | null): boolean {
  if (!date) return /\b(?:had|previously|ago|first met|last met)\b/i.test(sentence);
  if (!ref) return false;
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return Date.parse(ref.slice(0, 10)) - Date.parse(end.slice(0, 10)) > WEEK;
}

/** What a sentence says about the day: who is in it, the first day it gives, whether it speaks of meeting. */
export interface SentenceDay {
  at: number;
  index: number;
  persons: Set<string>;
  iso: string;
  meeting: boolean;
}

export function dayOf(s: Sentence, persons: Set<string>, ref: string | null): SentenceDay | null {
  const low = s.text.toLowerCase();
  if (!ref || !DAY_WORD.test(low)) return null;
  const days = findDates(withoutClauses(unquoted(s), -1), ref).filter((d) => d.iso.length === 10);
  const meeting = MEETING_WORD.test(low);
  // "X arrived on Friday, ahead of the opening on Saturday of the talks": the day nearest the meeting word
  const at = meeting ? low.search(MEETING_WORD) : -1;
  const day = at < 0 ? days[0] : [...days].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  return day ? { at: s.start, index: s.index, persons, iso: day.iso, meeting } : null;
}

const inWeek = (iso: string, ref: string) => {
  const d = Date.parse(ref.slice(0, 10)) - Date.parse(iso);
  return d >= 0 && d <= WEEK;
};

/**
 * An undated meeting of the report's own days ("The Minister met X and Y in separate meetings") takes the day
 * of a sentence that names all its people with a day ("A and B called on Wednesday for …"), else the day of
 * the first sentence that names one of them meeting someone ("X held a series of meetings on 8 July"), in
 * the week before the report.
 */
export function dateFromReport(ms: MeetingFact[], days: SentenceDay[], ref: string | null): void {
  if (!ref) return;
  const recent = days.filter((d) => inWeek(d.iso, ref));
  for (const m of ms) {
    const e = m.evidence[0]!;
    if (m.date || NOT_TODAY.test(e.sentence)) continue;
    const one = (d: SentenceDay) => m.participants.some((p) => d.persons.has(p)) && d.at <= e.start;
    const all = recent.find((d) => m.participants.every((p) => d.persons.has(p)));
    const lead = recent.find((d) => d.meeting && one(d));
    // "X warned China on Thursday …" opening the report, then "X spoke after a meeting with Y": the lead's day
    const opening = recent.find((d) => d.index <= 2 && one(d));
    // "Ruritania and Freedonia agreed on Monday … after talks. X and his counterpart Y met for an hour": the day
    // of the first sentence before it that speaks of the meeting without naming anyone
    const talk = recent.find((d) => d.meeting && d.persons.size === 0 && d.at <= e.start);
    // "A meets B on Saturday" in one caption, "A meets C" in the next: the day of A's meeting told of beside it
    const sibling = ms
      .filter(
        (o) => o.date?.length === 10 && inWeek(o.date, ref) && o.participants.some((p) => m.participants.includes(p)),
      )
      .filter((o) => Math.abs(o.evidence[0]!.start - e.start) <= NEAR_CHARS)
      .sort((a, b) => Math.abs(a.evidence[0]!.start - e.start) - Math.abs(b.evidence[0]!.start - e.start))[0];
    const day = all?.iso ?? sibling?.date ?? lead?.iso ?? opening?.iso ?? talk?.iso;
    if (day) m.date = day;
  }
}

/** how near (in characters) a meeting told of beside another is: a caption or two, a short paragraph */
const NEAR_CHARS = 600;

/**
 * The last resort for a meeting of the report's days that nothing else dated: the day of the nearest sentence
 * (before it, else after it) that names one of its people with a day of the week before the report ("Trump
 * made his announcement on Tuesday" … "Trump said he lifted sanctions after speaking with B and C"), else the
 * first day the report gives before it.
 */
export function dateFromNamed(ms: MeetingFact[], days: SentenceDay[], ref: string | null): void {
  if (!ref) return;
  const recent = days.filter((d) => inWeek(d.iso, ref));
  for (const m of ms) {
    const e = m.evidence[0]!;
    if (m.date || NOT_TODAY.test(e.sentence) || /\bthen\b/i.test(e.sentence)) continue;
    const named = recent.filter((d) => m.participants.some((p) => d.persons.has(p)));
    // "X kicked off on Monday the conference …" opening the report: the day of the event the report is about
    const lead = recent.find((d) => d.at <= e.start);
    const day = named.filter((d) => d.at <= e.start).pop() ?? named.find((d) => d.at > e.start) ?? lead;
    if (day) m.date = day.iso;
  }
}

/**
 * "Later in the day, X paid a call on Z": a meeting reported without a date, and not as a past one,
 * took place on the day of the nearest dated meeting (text order) of one of its people in the week
 * before the report.
 */
export function dateFromSameDay(ms: MeetingFact[], ref: string | null): void {
  if (!ref) return;
  // twice: a meeting dated by the first pass can date another
  for (let pass = 0; pass < 2; pass++) {
    const recent = ms.filter((m) => m.date && m.date.length === 10 && inWeek(m.date, ref));
    for (const m of ms) {
      if (m.date) continue;
      const e = m.evidence[0]!;
      if (NOT_TODAY.test(e.sentence) || /\bthen\b/i.test(e.sentence)) continue;
      // "later that day, X met Y": the day of the dated meeting reported just before, whoever met
      const sameDay = /\b(?:the same day|later that day|earlier that day)\b/i.test(e.sentence);
      const near = recent
        .filter(
          (o) => o.participants.some((p) => m.participants.includes(p)) || (sameDay && o.evidence[0]!.start < e.start),
        )
        .sort((a, b) => Math.abs(a.evidence[0]!.start - e.start) - Math.abs(b.evidence[0]!.start - e.start))[0];
      if (near) m.date = near.date;
    }
  }
}

/**
 * "… and hoped to see B at the forum this year": a date of the report's own year only (often "this year", of
 * another event in the clause) gives way to the day the report's other sentences give, when they give one.
 * Returns the meetings whose year was set aside, to `restoreYears` after the other passes.
 */
export function setAsideYears(ms: MeetingFact[], ref: string | null): Map<MeetingFact, string> {
  const out = new Map<MeetingFact, string>();
  if (!ref || ref.length < 10) return out;
  for (const m of ms)
    if (m.date && m.date === ref.slice(0, 4)) {
      out.set(m, m.date);
      m.date = null;
    }
  return out;
}

/** Gives back the year set aside to the meetings no other pass dated. */
export function restoreYears(years: Map<MeetingFact, string>): void {
  for (const [m, y] of years) if (!m.date) m.date = y;
}

/**
 * The last resort: a meeting that no day of the report dates, and that the report does not tell of as an
 * earlier one or one to come ("had met", "last year", "will meet"), took place around the publication day —
 * news reports the meetings of its own days, and event datasets (GDELT) date such events the same way.
 * A report dated by its month only gives the month.
 */
export function dateFromPublication(ms: MeetingFact[], ref: string | null): void {
  if (!ref || ref.length < 7) return;
  for (const m of ms) {
    const e = m.evidence[0]!;
    if (m.date || NOT_TODAY.test(e.sentence)) continue;
    m.date = ref.slice(0, 10);
  }
}
