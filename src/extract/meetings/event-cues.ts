import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { Token } from '../text.js';
import { readList, subjectsBefore, withCoordinated } from './args.js';
import { meetingWords, triggersAt } from './words.js';

/**
 * Who took part in the event a report is about (a summit, forum, ceremony, session: the nouns of
 * data/meeting-triggers.json marked `occasion`), as a table of cues read by the `occasion` report rule
 * (report-rules.ts): people who spoke at it, attended it, arrived for it, or met someone on its sidelines.
 * FORMAT.md counts everyone the report says attended or spoke at one event as its participants.
 */

/** What a cue sees of one sentence: its tokens, its named people, and the people of the meetings it told of. */
export interface CueCtx {
  toks: Token[];
  /** named people outside quotations, in text order */
  ms: Mention[];
  /** every mention of a person outside quotations, titles and pronouns too ("the US President") */
  all: Mention[];
  /** the participants of each meeting this sentence told of */
  met: string[][];
  /** the report's year: "the 2019 summit" of a report of 2025 is another event */
  year: string | null;
  /** whether the report named its event in this sentence or one before ("the forum"): "told the delegates" is at it */
  eventBefore: boolean;
}

export interface EventCue {
  id: `cue.${string}`;
  example: string;
  /** the people this cue puts at the event, in the sentence */
  find: (c: CueCtx) => string[];
}

/** the people of a subject that ends with `subj`: "A, B and C attended" for C gives A, B and C */
const withCo = (c: CueCtx, subj: Mention) => withCoordinated(c.toks, c.ms, subj).map((m) => m.person!);

/** whether an event noun starts at token q */
const eventAt = (toks: Token[], q: number) =>
  q < toks.length && (triggersAt(toks, q).some((x) => x.occasion) || namedMeeting(toks, q));

/** "the 18th Special Meeting", "the Annual Meeting of …": a meeting with a name of its own is an event people attend */
function namedMeeting(toks: Token[], q: number): boolean {
  const t = toks[q]!;
  const p = toks[q - 1];
  return /^Meetings?$/.test(t.text) && !!p && p.word && (p.cap || /^\d+(?:st|nd|rd|th)$/.test(p.lower));
}

/** a determiner that opens the event's noun phrase */
const DET = /^(?:the|this|a|an|its|their)$/;

/**
 * The event noun phrase that starts at token d ("the climate summit", "the opening session"), its noun within
 * four words: the noun's index, or -1. A year other than the report's own ("the 2019 summit") is another event, and
 * so is "a separate news conference" (data/meeting-triggers.json `otherEvent`).
 */
function eventFrom(toks: Token[], d: number, year: string | null): number {
  if (!DET.test(toks[d]?.lower ?? '')) return -1;
  const other = meetingWords().otherEvent;
  for (let q = d + 1; q < toks.length && q <= d + 8; q++) {
    const x = toks[q]!;
    if (x.quoted || x.text === ',' || x.text === ';' || other.has(x.lower)) return -1;
    // "the Special Asean Plus Three (APT) Summit": a longer name, of capitalised words and an acronym
    if (q > d + 4 && !x.cap && !/^[()\d]/.test(x.text)) return -1;
    if (/^(?:19|20)\d\d$/.test(x.text) && year && x.text !== year) return -1;
    if (eventAt(toks, q)) return q;
  }
  return -1;
}

/** "the meeting", "the talks" once the report has named its event: that event */
const EVENT_ANAPHOR = /^(?:meeting|talks|gathering)$/;
const refersToEvent = (c: CueCtx, d: number) =>
  eventFrom(c.toks, d, c.year) >= 0 ||
  (c.eventBefore && c.toks[d]?.lower === 'the' && EVENT_ANAPHOR.test(c.toks[d + 1]?.lower ?? ''));

/** prepositions and verbs before "the EVENT" that make it the setting of what a person says: "at the conference" */
const TO_EVENT = /^(?:at|in|during|to|told|addressed|addressing|opened)$/;
/** verbs of a speaker at an event besides the reporting verbs: "welcomed the participants to the forum" */
const OCCASION_VERB =
  /^(?:welcomed|addressed|opened|delivered|presented|chaired|moderated|emphasized|emphasised|highlighted)$/;

/** "X said at the conference", "In the opening ceremony, Y stressed …": the subjects of speech verbs */
function spokeAt(c: CueCtx): string[] {
  const { toks, ms } = c;
  const at = toks.flatMap((t, k) => (!t.quoted && TO_EVENT.test(t.lower) && refersToEvent(c, k + 1) ? [k] : []));
  if (!at.length) return [];
  const lex = lexicon();
  const out: string[] = [];
  toks.forEach((t, v) => {
    if (t.quoted || t.cap || !(lex.speechVerb.has(t.lower) || OCCASION_VERB.test(t.lower))) return;
    // "X said that the nation deferred inviting others to the summit": the event in the words reported is not
    // where they were said
    if (at.every((k) => k > v && toks.slice(v + 1, k).some((x) => x.lower === 'that'))) return;
    const subj = ms.filter((m) => m.j <= v && !m.poss).pop();
    if (subj && v - subj.j <= 6) out.push(...withCo(c, subj));
  });
  return out;
}

/** verbs of arriving for an event: "arrived in Doha for the talks", "arrives for the opening session" */
const ARRIVE = /^(?:arrived|arrives|arriving|came|travelled|traveled|flew|headed)$/;
/** words before a verb of attending that say it did not take place or is still to come */
const NOT_YET = /^(?:will|would|to|not|never|may|might|could|shall|plans?|expected|due|set|had|skipped|cannot)$/;

/** Whether the verb at v attends an event: "attended the summit", "took part in the forum", "arrived … for the summit". */
function attends(toks: Token[], v: number, year: string | null): boolean {
  const w = meetingWords();
  const t = toks[v]!;
  if (t.quoted || t.cap) return false;
  const back = [toks[v - 1]?.lower ?? '', toks[v - 2]?.lower ?? ''];
  if (back.some((x) => NOT_YET.test(x))) return false;
  if (ARRIVE.test(t.lower)) {
    // "arrived in Doha on Friday for the talks", "arrived … to attend the summit"
    for (let q = v + 1; q < toks.length && q <= v + 10; q++) {
      const x = toks[q]!;
      if (x.text === ',' || x.text === ';' || x.quoted) return false;
      if (x.lower === 'for' && eventFrom(toks, q + 1, year) >= 0) return true;
      if (x.lower === 'to' && w.attendVerbs.has(toks[q + 1]?.lower ?? '')) return attendsObject(toks, q + 2, year);
    }
    return false;
  }
  if (!w.attendVerbs.has(t.lower) && !w.eventVerbs.has(t.lower)) return false;
  // "presided over the ceremony", "chaired the session"
  return attendsObject(toks, toks[v + 1]?.lower === 'over' ? v + 2 : v + 1, year);
}

/** the object of a verb of attending: "the summit", "in the forum", "part in the session" */
function attendsObject(toks: Token[], d: number, year: string | null): boolean {
  let q = d;
  if (toks[q]?.lower === 'part') q++;
  if (toks[q]?.lower === 'in' || toks[q]?.lower === 'at') q++;
  return eventFrom(toks, q, year) >= 0;
}

/** "A and B served as co-chairs", "C acted as moderator": once the report has named its event, a role at it */
function servedAs(toks: Token[], v: number): boolean {
  const t = toks[v]!;
  if (t.quoted || !/^(?:served|acted|serving|acting)$/.test(t.lower) || toks[v + 1]?.lower !== 'as') return false;
  if (NOT_YET.test(toks[v - 1]?.lower ?? '')) return false;
  const roles = meetingWords().eventRoles;
  return toks.slice(v + 2, v + 4).some((x) => roles.has(x.lower));
}

/**
 * "X attended the summit", "Y took part in the forum", "Z arrived in Geneva for the summit", "A and B served as
 * co-chairs" (after the event is named): the verb's subject
 */
function attended(c: CueCtx): string[] {
  const year = c.year;
  const { toks, ms } = c;
  const out: string[] = [];
  toks.forEach((_t, v) => {
    const attending = attends(toks, v, year);
    const served = !attending && c.eventBefore && servedAs(toks, v);
    if (!attending && !served) return;
    const subj = ms.filter((m) => m.j <= v && !m.poss).pop();
    const gap = subj ? toks.slice(subj.j, v) : [];
    // "A, Minister of X, and the Right Hon. B, MP, Secretary of State for Y, served as co-chairs": a long apposition
    if (subj && gap.length <= (served ? 24 : 8) && !gap.some((x) => x.text === ';')) out.push(...withCo(c, subj));
  });
  return out;
}

/**
 * "On the sidelines of the summit, A met B": the people of the meeting the sentence told of were at the summit;
 * not those of several audiences one by one ("on the sidelines, A received B, C and D"), which the report tells
 * apart from the event
 */
function sidelines(c: CueCtx): string[] {
  const year = c.year;
  const { toks } = c;
  const cue = toks.some(
    (t, k) =>
      /^(?:sidelines|margins|sideline|margin)$/.test(t.lower) &&
      toks[k + 1]?.lower === 'of' &&
      eventFrom(toks, k + 2, year) >= 0,
  );
  return cue && c.met.length === 1 ? c.met[0]! : [];
}

/** whether the sentence names an event: "the ceremony", "a forum" */
export const namesEvent = (toks: Token[]) => toks.some((t, q) => !t.quoted && eventAt(toks, q));

/** "The ceremony was held in the presence of A and B", "the forum opened in the presence of A, B and C" */
function presence(c: CueCtx): string[] {
  const { toks, ms } = c;
  const at = toks.findIndex(
    (t, k) => !t.quoted && t.lower === 'presence' && toks[k - 1]?.lower === 'the' && toks[k + 1]?.lower === 'of',
  );
  if (at < 0 || !namesEvent(toks)) return [];
  return readList(toks, ms, at + 2, 30).items.map((m) => m.person!);
}

/** how people are said to be at an event: "A and B were present at the ceremony", "… were in attendance" */
const PRESENT_AT =
  /^(?:were|was) (?:also )?(?:present|in attendance|among the (?:guests|attendees|participants|speakers))\b/;

/** "A and B were present at the ceremony", "A, B and C were among the guests at the forum": the subjects */
function present(c: CueCtx): string[] {
  const { toks, ms } = c;
  if (!c.eventBefore && !namesEvent(toks)) return [];
  // "Also present at the virtual meeting was B": the people after the verb
  const lead = toks[0]?.lower === 'also' ? 1 : 0;
  if (toks[lead]?.lower === 'present' && (lead || toks[1]?.lower === 'at' || toks[1]?.lower === 'were')) {
    const v = toks.findIndex((x, q) => q > lead && q <= lead + 12 && /^(?:was|were)$/.test(x.lower));
    if (v > 0) return readList(toks, ms, v + 1, 30).items.map((m) => m.person!);
  }
  for (let k = 1; k < toks.length; k++) {
    const words = toks
      .slice(k, k + 5)
      .map((x) => x.lower)
      .join(' ');
    if (toks[k]!.quoted || !PRESENT_AT.test(words)) continue;
    const subjects = subjectsBefore(toks, ms, k);
    if (subjects.length && subjects[subjects.length - 1]!.j === k) return subjects.map((m) => m.person!);
  }
  return [];
}

/** the named subject of the verb at v and the people coordinated with it: the nearest named person before it, within `gap` tokens and no ";" between */
function subjectOf(c: CueCtx, v: number, gap = 8): string[] {
  const subj = c.ms.filter((m) => m.j <= v && !m.poss).pop();
  if (!subj || v - subj.j > gap || c.toks.slice(subj.j, v).some((x) => x.text === ';' || x.quoted)) return [];
  return withCo(c, subj);
}

/** the index of the audience noun of "the delegates", "all the participants", "the forum's attendees" from token d, or -1 */
function audienceFrom(toks: Token[], d: number): number {
  const w = meetingWords();
  let q = d;
  while (q < toks.length && q - d < 3 && /^(?:the|all|assembled|gathered|fellow|visiting)$/.test(toks[q]!.lower)) q++;
  // "the forum's participants", "summit delegates"
  const x = toks[q];
  if (x && (x.poss || eventAt(toks, q)) && w.audiences.has(toks[q + 1]?.lower ?? '')) q++;
  const y = toks[q];
  // "told fellow leaders": the other members of the gathering
  const fellow = toks[q - 1]?.lower === 'fellow' && lexicon().meeting.groupNouns.has(y?.lower ?? '');
  return y && !y.quoted && !y.cap && (w.audiences.has(y.lower) || fellow) ? q : -1;
}

/**
 * "B told the delegates that …", "C welcomed the participants", "D addressed the gathering": once the report has
 * named its event, a person who speaks to its audience spoke at it
 */
function toAudience(c: CueCtx): string[] {
  if (!c.eventBefore) return [];
  const w = meetingWords();
  const out: string[] = [];
  c.toks.forEach((t, v) => {
    if (t.quoted || t.cap || !(w.addressVerbs.has(t.lower) || /^(?:addressed|welcomed)$/.test(t.lower))) return;
    if (audienceFrom(c.toks, v + 1) < 0) return;
    out.push(...subjectOf(c, v));
  });
  return out;
}

/** the end of "a keynote speech", "the opening address", "his remarks" from token d (its noun's index), or -1 */
function speechFrom(toks: Token[], d: number): number {
  const w = meetingWords();
  let q = d;
  if (/^(?:a|an|the|his|her|their)$/.test(toks[q]?.lower ?? '')) q++;
  while (q < toks.length && q - d < 4 && w.speechKinds.has(toks[q]!.lower)) q++;
  return q > d && w.speeches.has(toks[q]?.lower ?? '') && !toks[q]!.cap ? q : -1;
}

/**
 * "B delivered the keynote address", "C, who gave the opening speech, …", "In her remarks, D said …": once the
 * report has named its event, a person who gave a speech spoke at it
 */
function gaveSpeech(c: CueCtx): string[] {
  if (!c.eventBefore) return [];
  const { toks, ms } = c;
  const out: string[] = [];
  toks.forEach((t, v) => {
    if (t.quoted) return;
    if (!t.cap && /^(?:delivered|gave|made|delivering|giving)$/.test(t.lower) && speechFrom(toks, v + 1) >= 0) {
      out.push(...subjectOf(c, v, 10));
    }
    // "In his opening remarks, D said": the person after the comma
    if (t.lower === 'in' && /^(?:his|her)$/.test(toks[v + 1]?.lower ?? '')) {
      const e = speechFrom(toks, v + 1);
      if (e < 0 || toks[e + 1]?.text !== ',') return;
      const subj = ms.find((m) => m.i > e && !m.poss);
      if (subj && subj.i - e <= 6) out.push(subj.person!);
    }
  });
  return out;
}

/** "The summit was chaired by A", "It was attended by B, C and D": the people after "by" */
function byPassive(c: CueCtx): string[] {
  const { toks, ms } = c;
  const it = (toks[0]?.lower === 'it' && c.eventBefore) || refersToEvent(c, 0);
  if (!it && !namesEvent(toks)) return [];
  const w = meetingWords();
  const out: string[] = [];
  toks.forEach((t, v) => {
    if (t.quoted || t.cap || !w.eventVerbs.has(t.lower) || toks[v + 1]?.lower !== 'by') return;
    // "was chaired by A", ", chaired by A", "a panel discussion moderated by A"
    const noun = triggersAt(toks, v - 1).some((x) => x.kind === 'noun');
    if (!/^(?:was|were|is|been|being|,)$/.test(toks[v - 1]?.lower ?? '') && toks[v - 1]?.lower !== 'also' && !noun)
      return;
    if (toks.slice(Math.max(0, v - 3), v).some((x) => NOT_YET.test(x.lower))) return;
    // "It was witnessed by Mr A, Minister of X; Ms B, Chair of Y; …": a roster in semicolons runs to the sentence's end
    const roster = toks.slice(v + 2).some((x) => x.text === ';');
    const people = roster ? ms.filter((m) => m.i > v + 1) : readList(toks, ms, v + 2, 30).items;
    out.push(...people.map((m) => m.person!));
  });
  return out;
}

/** named people from token d to the end of its clause (";" or a sentence's end), outside quotations */
const namedFrom = (c: CueCtx, d: number) => {
  const stop = c.toks.findIndex((t, k) => k >= d && t.text === ';');
  return c.ms.filter((m) => m.i >= d && (stop < 0 || m.i < stop)).map((m) => m.person!);
};

/**
 * "The declaration was signed by the presidents of X (A), Y (B) and Z (C)", "A, B and C signed the communiqué":
 * once the report has named its event, those who signed its text took part in it
 */
function signed(c: CueCtx): string[] {
  if (!c.eventBefore) return [];
  const { signVerbs: signs, signedTexts } = lexicon().meeting;
  // "the declaration", "the joint communiqué": the event's own text, in a sentence of no other year
  const theText = c.toks.some(
    (t, k) =>
      signedTexts.has(t.lower) && c.toks.slice(Math.max(0, k - 3), k).some((x) => /^(?:the|this)$/.test(x.lower)),
  );
  const otherYear = c.toks.some((t) => /^(?:19|20)\d\d$/.test(t.text) && c.year && t.text !== c.year);
  if (!theText || otherYear) return [];
  const out: string[] = [];
  c.toks.forEach((t, v) => {
    if (t.quoted || t.cap || !signs.has(t.lower)) return;
    if (NOT_YET.test(c.toks[v - 1]?.lower ?? '') || NOT_YET.test(c.toks[v - 2]?.lower ?? '')) return;
    if (c.toks[v - 1]?.lower === 'that' || c.toks[v - 2]?.lower === 'that') return;
    if (c.toks[v + 1]?.lower === 'by') out.push(...namedFrom(c, v + 2));
    else out.push(...subjectOf(c, v));
  });
  return out;
}

/**
 * "Among the leaders at the summit were A, B and C", "Among those attending were …", "Other speakers included A, B
 * and C", "Participants were A and B": the people after the verb
 */
function among(c: CueCtx): string[] {
  const { toks } = c;
  if (!(c.eventBefore || namesEvent(toks))) return [];
  const audiences = meetingWords().audiences;
  const head = toks.findIndex((t, k) => k <= 3 && !t.quoted && (audiences.has(t.lower) || /^speakers$/.test(t.lower)));
  // "Among the leaders at the summit", "Among those attending", not "Among the Syrians, the plan was greeted …"
  const groups = lexicon().meeting.groupNouns;
  const amongGroup =
    toks[0]?.lower === 'among' &&
    toks
      .slice(1, 4)
      .some((t) => /^(?:those|them|speakers)$/.test(t.lower) || audiences.has(t.lower) || groups.has(t.lower));
  const opens =
    amongGroup ||
    (head >= 0 &&
      toks
        .slice(0, head)
        .every((t) => /^(?:other|the|its|his|her|their|main|keynote|guest|distinguished|prominent)$/.test(t.lower)));
  if (!opens) return [];
  const v = toks.findIndex(
    (t, k) => k > 0 && k <= 10 && /^(?:were|was|are|is|included|include|includes)$/.test(t.lower),
  );
  return v < 0 ? [] : namedFrom(c, v + 1);
}

/** "A panel discussion moderated by A featured B, C and D", "the forum, featuring B and C": the people it featured */
function featured(c: CueCtx): string[] {
  const { toks } = c;
  if (!namesEvent(toks) && !c.eventBefore) return [];
  const v = toks.findIndex((t) => !t.quoted && /^(?:featured|featuring|features)$/.test(t.lower));
  // what featured them is a meeting noun before the verb: "the panel", not "the piece"
  if (
    v < 0 ||
    !toks
      .slice(Math.max(0, v - 8), v)
      .some((_t, q) => triggersAt(toks, Math.max(0, v - 8) + q).some((x) => x.kind === 'noun'))
  )
    return [];
  return readList(toks, c.ms, v + 1, 30).items.map((m) => m.person!);
}

/**
 * "…, including X's A and Y's B", "leaders, among them A and B, …": the named members of a group noun just before
 * (leaders, heads of state, delegations …), not of a group still to come
 */
export function includedMembers(toks: Token[], ms: Mention[]): string[] {
  const groups = lexicon().meeting.groupNouns;
  const out: string[] = [];
  toks.forEach((t, k) => {
    if (t.quoted || !/^(?:including|among)$/.test(t.lower)) return;
    if (t.lower === 'among' && toks[k + 1]?.lower !== 'them') return;
    const before = toks.slice(Math.max(0, k - 8), k);
    if (!before.some((x) => groups.has(x.lower) || /^(?:heads|delegations)$/.test(x.lower))) return;
    if (before.some((x) => NOT_YET.test(x.lower))) return;
    out.push(...readList(toks, ms, k + (t.lower === 'among' ? 2 : 1), 30).items.map((m) => m.person!));
  });
  return out;
}

/**
 * "The summit drew heads of state from twelve countries, including X's A and Y's B": in a sentence that names the
 * event and tells no meeting of its own (whose members those are: report-rules.ts `occasion`)
 */
function including(c: CueCtx): string[] {
  return c.met.length || !namesEvent(c.toks) ? [] : includedMembers(c.toks, c.ms);
}

/** "Speech by Minister A at the Conference", "Remarks by B at the opening of the forum": the speaker */
function speechBy(c: CueCtx): string[] {
  const { toks } = c;
  if (!namesEvent(toks)) return [];
  const w = meetingWords();
  const at = toks.findIndex((t, k) => !t.quoted && w.speeches.has(t.lower) && toks[k + 1]?.lower === 'by');
  const subj = at < 0 ? undefined : c.ms.find((m) => m.i > at + 1 && m.i <= at + 20);
  return subj ? [subj.person!] : [];
}

/** the verb after a roster's subject: "Those attending were: A; B; C", "Participants included A and B" */
const ROSTER_VERB = /^(?:were|are|was|is|included|include|includes)$/;

/**
 * "Those attending were: A; B; C", "The heads of state meeting with the US President were: A, B …", "Leaders taking
 * part included A and B", "Representing Belize was A and B": a list after a subject that says its people attended or
 * met (data/meeting-triggers.json `rosterCues`), to the sentence's end, semicolons and all; the person the subject met
 * with ("with the US President") is one of them. Once the report has named its event, or when the subject names whom
 * they met.
 */
function rosterAfter(c: CueCtx): string[] {
  const { toks } = c;
  const v = toks.findIndex((t, k) => k > 0 && k <= 14 && !t.quoted && ROSTER_VERB.test(t.lower));
  if (v < 0 || toks.slice(0, v).some((t) => t.quoted || t.text === ',' || t.text === ';')) return [];
  const cues = meetingWords().rosterCues;
  // "Representing Belize was A and B": a cue word may open the sentence
  const cue = toks.findIndex((t, k) => k < v && (!t.cap || k === 0) && cues.has(t.lower));
  // "Those killed were A and B", "The heads of state present were …": the subject opens with no name of its own
  if (cue < 0 || c.ms.some((m) => m.i < cue) || NOT_YET.test(toks[cue - 1]?.lower ?? '')) return [];
  const withWhom = c.all.filter((m) => m.i > cue && m.j <= v && toks[m.i - 1]?.lower !== 'of' && m.person);
  if (!c.eventBefore && !namesEvent(toks) && !withWhom.length) return [];
  const listed = c.ms.filter((m) => m.i > v).map((m) => m.person!);
  return listed.length >= 2 ? [...withWhom.map((m) => m.person!), ...listed] : [];
}

export const EVENT_CUES: readonly EventCue[] = [
  { id: 'cue.spoke-at', example: 'Speaking at the forum, A said … B told the forum that …', find: spokeAt },
  {
    id: 'cue.attended',
    example: 'A attended the summit. B arrived in Geneva on Friday for the summit. C took part in the forum.',
    find: attended,
  },
  { id: 'cue.sidelines', example: 'On the sidelines of the summit, A met B.', find: sidelines },
  { id: 'cue.presence', example: 'The ceremony was held in the presence of A and B.', find: presence },
  { id: 'cue.present', example: 'A and B were also present at the ceremony.', find: present },
  {
    id: 'cue.by',
    example: 'The summit was held in Lima. It was attended by A, B and C. / The forum, chaired by D, …',
    find: byPassive,
  },
  {
    id: 'cue.audience',
    example: 'The water forum opened on Monday. A told the delegates that … B welcomed the participants.',
    find: toAudience,
  },
  {
    id: 'cue.signed',
    example: 'The summit opened in Lima. The declaration was signed by the presidents of X (A), Y (B) and Z (C).',
    find: signed,
  },
  {
    id: 'cue.among',
    example: 'Among the leaders at the summit were A, B and C. Other speakers included D and E.',
    find: among,
  },
  {
    id: 'cue.roster',
    example: 'Leaders met in Lima. Those meeting with the host were: President A; Prime Minister B; King C.',
    find: rosterAfter,
  },
  { id: 'cue.speech-by', example: 'Speech by Minister A at the 4th Water Conference', find: speechBy },
  { id: 'cue.featured', example: 'A panel discussion moderated by A featured B, C and D.', find: featured },
  {
    id: 'cue.including',
    example: 'The summit drew heads of state from twelve countries, including X’s A and Y’s B.',
    find: including,
  },
  {
    id: 'cue.speech',
    example: 'The forum opened on Monday. A delivered the keynote address. In her remarks, B said …',
    find: gaveSpeech,
  },
];
