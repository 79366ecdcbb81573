import type { MeetingFact } from '../../model.js';
import { evidenceOf } from '../grammar.js';
import type { Sentence } from '../text.js';
import type { MeetingRule } from './frame.js';

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
    evidence: sentences.map((s) => evidenceOf(s, rule, 0.85)),
    ...extra,
  };
}
