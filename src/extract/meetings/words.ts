import { knowledge, type Knowledge } from '../../knowledge/index.js';
import type { Token } from '../text.js';

/**
 * The meeting triggers of data/meeting-triggers.json (read and validated once by src/knowledge, schema in
 * src/knowledge/schema.ts), and the index the frame driver looks tokens up in. A trigger is a verb or a noun (one or two words) with the arguments it takes:
 * see the file's `_comment`.
 */

export interface Trigger {
  kind: 'verb' | 'noun';
  /** a verb's dictionary form ("meet", "shake hands"); a noun's form */
  lemma: string;
  /** the words of the form, lower case: ["phone", "call"] */
  words: string[];
  object: boolean;
  preps: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  plural: boolean;
  call: boolean;
  host: boolean;
  occasion: boolean;
  refOnly: boolean;
  /** words one of which must stand among the particles ("presented his credentials to") */
  needs: ReadonlySet<string>;
  /** words one of which must follow the object within a few words ("thanked B for the warm hospitality") */
  after: ReadonlySet<string>;
  /** a plural noun of several meetings, one per party ("bilateral meetings with B and C") */
  several: boolean;
  /** how many words of a topic may stand before the preposition: "discussed trade and investment with B" */
  gap: number;
}

/** The trigger index of a parsed trigger file. */
export function buildTriggers(d: Knowledge['meetingTriggers']) {
  const byFirst = new Map<string, Trigger[]>();
  const add = (t: Trigger) => {
    const list = byFirst.get(t.words[0]!) ?? [];
    list.push(t);
    // the longest form first: "phone call" before "phone"
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(t.words[0]!, list);
  };
  for (const v of d.verbs)
    for (const f of v.forms)
      add({
        ...v,
        kind: 'verb',
        words: f.split(' '),
        preps: new Set(v.preps),
        particles: new Set(v.particles),
        needs: new Set(v.needs),
        after: new Set(v.after),
        occasion: false,
        several: false,
      });
  for (const n of d.nouns)
    for (const f of n.forms)
      add({
        ...n,
        kind: 'noun',
        lemma: f,
        words: f.split(' '),
        object: false,
        preps: new Set(n.preps),
        particles: new Set(),
        plural: true,
        host: false,
        refOnly: false,
        needs: new Set(),
        after: new Set(),
      });
  const set = (xs: string[]) => new Set(xs);
  return {
    byFirst,
    setting: set(d.setting),
    addressVerbs: set(d.addressVerbs),
    holdVerbs: set(d.holdVerbs),
    together: set(d.together),
    pluralRefs: d.pluralRefs.map((r) => r.split(' ')),
    pairWords: set(d.pairWords),
    theyWords: set(d.theyWords),
    groupHeads: set(d.groupHeads),
    notHappened: set(d.notHappened),
    notHappenedNoun: set(d.notHappenedNoun),
    denied: d.denied.map((r) => r.split(' ')),
    appeals: d.appeals.map((r) => r.split(' ')),
    calledOff: d.calledOff.map((r) => r.split(' ')),
    travelPast: set(d.travelPast),
    pictured: set(d.pictured),
    groupOf: d.groupOf.map((r) => r.split(' ')),
    attendVerbs: set(d.attendVerbs),
    bilateralCues: set(d.bilateralCues),
    eventVerbs: set(d.eventVerbs),
    audiences: set(d.audiences),
    speeches: set(d.speeches),
    speechKinds: set(d.speechKinds),
    otherEvent: set(d.otherEvent),
    rosterCues: set(d.rosterCues),
    eventRoles: set(d.eventRoles),
  };
}

export type MeetingWords = ReturnType<typeof buildTriggers>;
let cached: MeetingWords | null = null;
/** The meeting triggers of data/, indexed on first use. */
export function meetingWords(): MeetingWords {
  return (cached ??= buildTriggers(knowledge().meetingTriggers));
}

/** The triggers whose words start at token k, longest first (a token may be a verb and a noun: "meeting"). */
export function triggersAt(toks: Token[], k: number): Trigger[] {
  const list = meetingWords().byFirst.get(toks[k]!.lower);
  if (!list) return [];
  return list.filter((t) => t.words.every((w, i) => toks[k + i]?.lower === w && !toks[k + i]!.quoted));
}
