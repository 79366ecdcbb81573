/** Helpers for the meeting table tests: a report of invented text, and its meetings in a form easy to compare. */
import { extract } from '../../src/extract/index.js';
import { article, nameOf } from './articles.js';

/** A Friday: "on Monday" is 2025-03-10, "last November" 2024-11. */
export const PUBLISHED = '2025-03-14';

export interface MeetingRow {
  /** participants' names, sorted, joined by " + " */
  who: string;
  date: string | null;
  /** delegation members and spouses, sorted */
  others?: string[];
  place?: string | null;
}

/** The meetings of a text as rows; `others` and `place` only when `detail` is set. */
export function meetingsOf(
  text: string,
  opts: { published?: string | null; dateline?: string; detail?: boolean } = {},
) {
  const x = extract({
    ...article(text, opts.published === undefined ? PUBLISHED : opts.published),
    dateline: opts.dateline ?? null,
  });
  return x.meetings.map((m): MeetingRow => {
    const row: MeetingRow = {
      who: m.participants
        .map((id) => nameOf(x, id))
        .sort()
        .join(' + '),
      date: m.date,
    };
    if (opts.detail) {
      row.others = m.others.map((id) => nameOf(x, id)).sort();
      row.place = m.place;
    }
    return row;
  });
}

/** The rule ids of the evidence of each meeting. */
export function rulesOf(text: string): string[][] {
  return extract(article(text, PUBLISHED)).meetings.map((m) => m.evidence.map((e) => e.rule));
}
