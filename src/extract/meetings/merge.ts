import type { MeetingFact } from '../../model.js';
import type { Mention } from '../people/index.js';
import type { Sentence } from '../text.js';
import { coordinatedBefore } from './args.js';
import { isPast, NOT_TODAY } from './when.js';

/** The first pair of people of different countries named together as subjects ("A and his counterpart B"), or null. */
export function coordinatedPair(
  s: Sentence,
  mentions: Mention[],
  countryOf: (id: string) => string | null,
): [string, string] | null {
  const ms = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name');
  for (const m of ms) {
    const co = coordinatedBefore(s.tokens, ms, m);
    if (!co || co.person === m.person) continue;
    const a = countryOf(co.person!);
    const b = countryOf(m.person!);
    if (a && b && a !== b) return [co.person!, m.person!];
  }
  return null;
}

/**
 * One meeting per pair and date: mentions without a date join the dated meeting of the same people — unless
 * that one lies before the report's week and the undated one is not told as past ("The pair shook hands …
 * Since they last met in 2022, …" are two meetings).
 */
export function mergeMeetings(ms: MeetingFact[], ref: string | null): MeetingFact[] {
  const out: MeetingFact[] = [];
  const key = (m: MeetingFact) => [...m.participants].sort().join('+');
  // "X and the same three premiers met" in another year is another meeting of the same people
  const recalled = (x: MeetingFact) => x.evidence.some((e) => e.rule === 'meeting.same-group');
  const older = (dated: MeetingFact, undated: MeetingFact) =>
    isPast(dated.date, '', ref) && !NOT_TODAY.test(undated.evidence[0]!.sentence);
  const joins = (o: MeetingFact, m: MeetingFact) =>
    o.date === m.date ||
    (!recalled(o) &&
      !recalled(m) &&
      ((!o.date && m.date && !older(m, o)) || (!m.date && o.date && !older(o, m)) || (!o.date && !m.date)));
  for (const m of ms) {
    const target = out.find((o) => key(o) === key(m) && joins(o, m));
    if (!target) {
      out.push(m);
      continue;
    }
    if (!target.date && m.date) target.date = m.date;
    target.place ??= m.place;
    target.duration ??= m.duration;
    target.durationMinutes ??= m.durationMinutes;
    for (const o of m.others) if (!target.others.includes(o)) target.others.push(o);
    target.evidence.push(...m.evidence);
  }
  return out;
}
