import type { Evidence, MeetingFact } from '../../model.js';
import type { Sentence } from '../text.js';
import type { MeetingRule } from './frame.js';

/** The evidence of a meeting: its sentence, offsets and rule. */
export function evidenceOf(s: Sentence, rule: MeetingRule): Evidence {
  return { sentence: s.text, start: s.start, end: s.end, rule, confidence: 0.85 };
}

/** A meeting of `participants` told of in `sentences` by `rule`. */
export function meetingFact(
  participants: string[],
  date: string | null,
  sentences: Sentence[],
  rule: MeetingRule,
  extra: Partial<MeetingFact> = {},
): MeetingFact {
  return {
    participants: [...new Set(participants)],
    others: [],
    date,
    place: null,
    duration: null,
    durationMinutes: null,
    topics: [],
    evidence: sentences.map((s) => evidenceOf(s, rule)),
    ...extra,
  };
}
