/**
 * A meeting frame: what one trigger and its arguments say about who met, before the report-level
 * pass (report.ts) resolves references, dates and places and merges mentions of one meeting.
 */

/** Every rule that can make a meeting frame; the id of its evidence. */
export const MEETING_RULES = [
  'meeting.caption',
  'meeting.present',
  'meeting.roster',
  'meeting.members',
  'meeting.gather',
  'meeting.presence',
  'meeting.joint-event',
  'meeting.attended-by',
  'meeting.joined',
  'meeting.joined-by',
  'meeting.plural-ref',
  'meeting.joint',
  'meeting.headline-pair',
  'meeting.between',
  'meeting.their',
  'meeting.group-subject',
  'meeting.group-of',
  'meeting.country-objects',
  'meeting.by-phone',
  'meeting.along-with',
  'meeting.attended',
  'meeting.reciprocal',
  'meeting.same-group',
  'meeting.delegation-head',
  'meeting.group',
  'meeting.setting',
  'meeting.in-the-meeting',
  'meeting.pictured',
  'meeting.visiting',
  'meeting.speakers',
  'meeting.occasion',
  'meeting.and-met',
  'meeting.met-with',
  'meeting.meeting-with',
  'meeting.agentless',
  'meeting.clause',
  'meeting.cooccur',
] as const;
export type MeetingRule = (typeof MEETING_RULES)[number];

export interface Frame {
  rule: MeetingRule;
  /** person ids of the principals (resolved later for `ref`, `sameGroup` and `group` frames) */
  participants: string[];
  /** spouses who came along ("and his wife Grace"): present, not principals */
  spouses: string[];
  /** offset of the trigger word, to choose the nearest date and place */
  at: number;
  /** a plural reference ("the two leaders", "the pair", "they"): how many people it names, null when it does not say */
  ref?: { count: number | null };
  /** "X and the same three premiers met": the meeting of X and that many others reported before */
  sameGroup?: number;
  /** a group subject ("EU leaders met B"): its members are the people named nearby */
  group?: {
    count: number | null;
    country: string | null;
    countries?: string[];
    /** "A met the leaders of B and C": the subject met each member apart, not they each other */
    separate?: boolean;
  };
  /** "A and B joined the talks": they took part in the meeting the report told of just before */
  joins?: boolean;
  /** "The dinner was attended by …": the occasion it refers back to (data/meeting-words.json `occasions`); it joins only a meeting told with that word */
  noun?: string;
  /** "Talks were also held with B": a meeting noun with no one before it; the report's actor met its parties */
  actor?: boolean;
  /** a phone or video call, which has no place */
  call?: boolean;
}
