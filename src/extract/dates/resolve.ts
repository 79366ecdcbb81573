import { lexicon } from '../data.js';

/**
 * Dates in a sentence, resolved against the report's reference date (its publication date or,
 * failing that, the first full date the text gives): "Monday", "on Sunday", "last November",
 * "April 18", "June 19, 2023", "yesterday". Returns ISO dates, "YYYY-MM" when only the month is
 * known. Weekdays and bare months refer to the past unless the sentence speaks of the future.
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

export function findDates(sentence: string, ref: string | null): FoundDate[] {
  const lex = lexicon();
  const out: FoundDate[] = [];
  // the future only when it is said near the date: "agreed Wednesday …, as they prepare … next year" is past
  const FUTURE = /\b(will|next|upcoming|is to|are to|plans? to|scheduled|(?:is|are) (?:due|set|expected) to)\b/i;
  const futureAt = (i: number) => FUTURE.test(sentence.slice(Math.max(0, i - 60), i + 25));
  const refDate = ref ? new Date(`${ref.slice(0, 10)}T00:00:00Z`) : null;
  const re =
    /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ii]n|[Ss]ince) )?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?: (\d{1,2})(?:st|nd|rd|th)?\b)?(?:,? (\d{4}))?|\b(yesterday|today)\b|\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    let value: string | null = null;
    const future = futureAt(m.index);
    if (m[2]) {
      if (!refDate) continue;
      const want = lex.weekdays.get(m[2].toLowerCase())!;
      const d = new Date(refDate);
      let diff = (d.getUTCDay() - want + 7) % 7;
      const q1 = m[1]?.toLowerCase();
      if ((future && q1 !== 'last') || q1 === 'next') diff = -((want - d.getUTCDay() + 7) % 7 || 7);
      if (q1 === 'last' && diff === 0) diff = 7;
      d.setUTCDate(d.getUTCDate() - diff);
      value = iso(d);
    } else if (m[4]) {
      const month = lex.months.get(m[4].toLowerCase())!;
      // "May" is also a verb: only a date with a day, a year or a qualifier
      if (m[4] === 'May' && !m[5] && !m[6] && !m[3]) continue;
      const day = m[5] ? Number(m[5]) : null;
      let year = m[6] ? Number(m[6]) : null;
      // "in April that year": the year named before in the sentence
      if (year === null && /^ (?:of )?that year\b/.test(sentence.slice(m.index + m[0].length))) {
        const years = [...sentence.slice(0, m.index).matchAll(/\b(19\d\d|20\d\d)\b/g)];
        if (years.length) year = Number(years[years.length - 1]![1]);
      }
      // "in March last year", "in May next year"
      const rel = /^,? (last|this|next) year\b/i.exec(sentence.slice(m.index + m[0].length));
      if (year === null && rel && refDate)
        year =
          refDate.getUTCFullYear() + (rel[1]!.toLowerCase() === 'last' ? -1 : rel[1]!.toLowerCase() === 'next' ? 1 : 0);
      if (year === null) {
        if (!refDate) continue;
        const ry = refDate.getUTCFullYear();
        const rm = refDate.getUTCMonth() + 1;
        const q = m[3]?.toLowerCase();
        if (q === 'next' || (future && q !== 'last')) year = month >= rm ? ry : ry + 1;
        else if (q === 'last') year = month < rm ? ry : ry - 1;
        else year = month > rm + 1 ? ry - 1 : ry;
      }
      value = day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
    } else if (m[7]) {
      if (!refDate) continue;
      const d = new Date(refDate);
      if (m[7] === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
      value = iso(d);
    } else if (m[8]) {
      const month = lex.months.get(m[9]!.toLowerCase())!;
      let year = m[10] ? Number(m[10]) : refDate ? refDate.getUTCFullYear() : null;
      if (year === null) continue;
      if (!m[10] && refDate && month > refDate.getUTCMonth() + 2) year--;
      value = `${year}-${pad(month)}-${pad(Number(m[8]))}`;
    }
    if (value) out.push({ iso: value, index: m.index, text: m[0] });
  }
  // "this morning", "tonight", "last night"; "the 1st of November"
  if (refDate) {
    const part = /\b(this (?:morning|afternoon|evening)|tonight|last night)\b/i.exec(sentence);
    if (part && !out.some((o) => o.iso.length === 10)) {
      const d = new Date(refDate);
      if (/^last/i.test(part[1]!)) d.setUTCDate(d.getUTCDate() - 1);
      out.push({ iso: iso(d), index: part.index, text: part[0] });
    }
    const ordinal =
      /\bthe (\d{1,2})(?:st|nd|rd|th) of (January|February|March|April|May|June|July|August|September|October|November|December)(?:,? (\d{4}))?/.exec(
        sentence,
      );
    if (ordinal) {
      const month = lex.months.get(ordinal[2]!.toLowerCase())!;
      let year = ordinal[3] ? Number(ordinal[3]) : refDate.getUTCFullYear();
      if (!ordinal[3] && month > refDate.getUTCMonth() + 2) year--;
      const at = ordinal.index;
      for (let n = out.length - 1; n >= 0; n--)
        if (out[n]!.index >= at && out[n]!.index < at + ordinal[0].length) out.splice(n, 1);
      out.push({ iso: `${year}-${pad(month)}-${pad(Number(ordinal[1]))}`, index: at, text: ordinal[0] });
    }
  }
  // "last month", "earlier this month", "last year", "in 2019"
  if (refDate) {
    const rel = /\b(last|this|earlier this|late last|early last) month\b/i.exec(sentence);
    if (rel) {
      const d = new Date(
        Date.UTC(refDate.getUTCFullYear(), refDate.getUTCMonth() - (/last$/i.test(rel[1]!) ? 1 : 0), 1),
      );
      out.push({ iso: iso(d).slice(0, 7), index: rel.index, text: rel[0] });
    }
    // "last week", "earlier this week": the month of that week
    const week = /\b(last|this|earlier this|late last|early last) week\b/i.exec(sentence);
    if (week && !out.some((o) => Math.abs(o.index - week.index) < 25)) {
      const d = new Date(refDate);
      if (/last$/i.test(week[1]!)) d.setUTCDate(d.getUTCDate() - 7);
      out.push({ iso: iso(d).slice(0, 7), index: week.index, text: week[0] });
    }
    const year = /\b(?:(?:late|early|in|since) )?(last|this|earlier this) year\b/i.exec(sentence);
    if (year && !out.some((o) => Math.abs(o.index - year.index) < 25 && o.iso.length > 4)) {
      out.push({
        iso: String(refDate.getUTCFullYear() - (year[1]!.toLowerCase() === 'last' ? 1 : 0)),
        index: year.index,
        text: year[0],
      });
    }
  }
  // "in 2019": a year alone
  const bare = /\bin (\d{4})\b(?!-)/g;
  let y: RegExpExecArray | null;
  while ((y = bare.exec(sentence))) {
    const at = y.index;
    // "since the ties were restored in 1979": the start of something else
    if (/\bsince\b/i.test(sentence.slice(Math.max(0, at - 60), at))) continue;
    if (
      Number(y[1]) > 1945 &&
      Number(y[1]) < 2100 &&
      !out.some((o) => o.index <= at + 3 && o.index + o.text.length >= at + 3)
    )
      out.push({ iso: y[1]!, index: at, text: y[0] });
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}
