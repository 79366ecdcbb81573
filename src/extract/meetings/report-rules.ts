import type { MeetingFact } from '../../model.js';
import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { EVENT_CUES, includedMembers, namesEvent } from './event-cues.js';
import { meetingFact } from './fact.js';
import type { MeetingRule } from './frame.js';
import { dayOf, NOT_TODAY } from './when.js';
import { meetingWords, triggersAt } from './words.js';

/**
 * Rules over a whole report rather than one sentence: who else took part in a meeting told of before
 * (delegation members, people who addressed it, a roster of envoys), and meetings no sentence tells of on its
 * own (a transcript's speakers, the people who spoke at the event a report is about). A row makes an observer
 * for one report, which reads its sentences in order and may give one meeting at the end.
 */

/** What a report rule sees: the report, and the meetings found so far. */
export interface ReportCtx {
  ref: string | null;
  sentences: Sentence[];
  personNamed: (name: string) => string | null;
  countryOf: (id: string) => string | null;
  list: MeetingFact[];
  paraOf: (m: MeetingFact) => number;
}

interface Observer {
  read(c: ReportCtx, s: Sentence, ms: Mention[]): void;
  meeting?(c: ReportCtx): MeetingFact | null;
}

export interface ReportRule {
  id: MeetingRule | `report.${string}`;
  example: string;
  make: () => Observer;
  /** its meeting is the report's own, listed before the others (a transcript's) */
  leads?: boolean;
}

const names = (ms: Mention[]) => ms.filter((m) => m.person && !m.quoted && m.kind === 'name').map((m) => m.person!);
const add = (list: string[], id: string) => (list.includes(id) ? undefined : list.push(id));

/** "US officials participating in the meeting included A and B", "X was accompanied by … B": delegation members */
const delegation: Observer = {
  read(c, s, ms) {
    const low = s.text.toLowerCase();
    if (!lexicon().meeting.delegation.some((w) => low.includes(w)) || c.list.length === 0) return;
    const ids = names(ms);
    if (!ids.length) return;
    // a delegation member of nobody named here joins the report's own meeting, not a past one it recalls
    const target =
      [...c.list].reverse().find((m) => ids.some((id) => m.participants.includes(id))) ??
      c.list.find((m) => !NOT_TODAY.test(m.evidence[0]!.sentence)) ??
      c.list[c.list.length - 1]!;
    for (const id of ids) if (!target.participants.includes(id)) add(target.others, id);
  },
};

const JOIN_VERBS = /^(?:told|warned|addressed|briefed|assured|urged|reminded|informed)$/;
const JOIN_OBJECTS =
  /^(?:meeting|summit|gathering|session|conference|forum|ministers|leaders|counterparts|delegates|participants)$/;

/** "X addressed the summit", "Y assured the delegates that …": the report's last meeting of a group or of three */
const addressed: Observer = {
  read(c, s, mentions) {
    const toks = s.tokens;
    const target = [...c.list]
      .reverse()
      .find((m) => m.evidence.some((e) => e.rule === 'meeting.group') || m.participants.length >= 3);
    if (!target) return;
    for (let k = 1; k + 2 < toks.length; k++) {
      if (toks[k]!.quoted || !JOIN_VERBS.test(toks[k]!.lower) || toks[k + 1]!.lower !== 'the') continue;
      if (!JOIN_OBJECTS.test(toks[k + 2]!.lower)) continue;
      // the subject: a name right before the verb, or before ", …," in apposition
      const subj = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name' && !m.poss && m.j <= k).pop();
      if (!subj) continue;
      const between = toks.slice(subj.j, k);
      if (between.length > 12 || between.some((x) => x.quoted)) continue;
      add(target.participants, subj.person!);
    }
  },
};

/**
 * "The new envoys who presented their credentials are:" then "– A, Ambassador of … – B, …": they took part in the
 * meeting told of in this paragraph or the two before
 */
function roster(): Observer {
  let open: MeetingFact | null = null;
  return {
    read(c, s, ms) {
      const was = open;
      open = null;
      if (was && /^[\s–—•*-]/.test(s.text)) {
        for (const id of names(ms)) add(was.participants, id);
        open = was;
        return;
      }
      const groups = lexicon().meeting.groupNouns;
      const last = c.list[c.list.length - 1];
      if (last && /:\s*$/.test(s.text) && s.tokens.some((t) => groups.has(t.lower)) && s.para - c.paraOf(last) <= 2)
        open = last;
    },
  };
}

/** "They included …", "Among them were …", "The rest are …": a sentence that names the members of a group told of before */
const MEMBERS =
  /^(?:(?:they|these|those) (?:include[sd]?|are|were)|among them(?: (?:were|are))?|the rest (?:are|were|include[sd]?)|others (?:were|are|include[sd]?))\b/i;

/**
 * "A received the letters of credence of new envoys from five countries. They include B, C and D. The rest are E
 * and F": a sentence with a meeting word, a group noun ("envoys", "heads of state") and the people it names (the
 * host), then, within two sentences, sentences that name the group's members — one meeting of the host and them.
 * When the host's sentence told of a meeting itself, the members join it.
 */
function members(): Observer {
  let host: { sentence: Sentence; people: string[]; at: number; met: MeetingFact | null } | null = null;
  /** the members named for a host whose sentence told of no meeting: one per report, so no later host replaces it */
  const joined: string[] = [];
  return {
    read(c, s, ms) {
      if (MEMBERS.test(s.text.trim())) {
        if (!host || s.index - host.at > 2) return;
        const ids = names(ms).filter((id) => !host!.people.includes(id));
        if (ids.length) host.at = s.index;
        for (const id of ids) add(host.met ? host.met.participants : joined, id);
        return;
      }
      const people = names(ms);
      const toks = s.tokens;
      const groups = lexicon().meeting.groupNouns;
      if (joined.length || !people.length || !toks.some((t) => !t.quoted && !t.cap && groups.has(t.lower))) return;
      const not = meetingWords().notHappened;
      // "A will host envoys of five countries next week": a meeting still to come has no members yet
      const trigger = toks.some(
        (t, k) =>
          !t.quoted &&
          !t.cap &&
          triggersAt(toks, k).some((x) => !x.refOnly) &&
          !toks.slice(Math.max(0, k - 2), k).some((x) => not.has(x.lower)),
      );
      if (!trigger) return;
      const met = c.list.find((m) => m.evidence.some((e) => e.start === s.start)) ?? null;
      host = { sentence: s, people, at: s.index, met };
    },
    meeting(c) {
      if (!host || !joined.length) return null;
      const day = dayOf(host.sentence, new Set(), c.ref);
      return meetingFact([...host.people, ...joined], day?.iso ?? null, [host.sentence], 'meeting.members');
    },
  };
}

/** words of a speaker label that are no name: titles, forms of address */
const LABEL_WORD = /^(?:mr|mrs|ms|dr|the|h\.?e|his|her|excellency)\.?$/;

/** The name words of a transcript's speaker label ("PRIME MINISTER MODI:" gives ["Modi"]), or null. */
export function speakerLabel(text: string): string[] | null {
  const m = /^([A-Z][A-Z.'’\- ]{1,60}?)\s*:\s/.exec(text);
  if (!m) return null;
  const lex = lexicon();
  const words = m[1]!
    .split(/\s+/)
    .filter((w) => w && !lex.titleWords.has(w.toLowerCase()) && !LABEL_WORD.test(w.toLowerCase()))
    .filter((w) => !w.split('-').every((x) => lex.titleWords.has(x.toLowerCase())));
  if (!words.length || words.length > 4) return null;
  return words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/**
 * A transcript of remarks or a press conference where two or more people of different countries take the floor
 * ("PRESIDENT BIDEN: …", "PRESIDENT RUTO: …") records their meeting, on the report's day.
 */
function speakers(): Observer {
  const who = new Map<string, Sentence>();
  return {
    read(c, s) {
      const prev = c.sentences[s.index - 1];
      const label = prev && prev.para === s.para ? null : speakerLabel(s.text);
      if (!label) return;
      const id = c.personNamed(label.join(' ')) ?? c.personNamed(label[label.length - 1]!);
      if (id && !who.has(id)) who.set(id, s);
    },
    meeting(c) {
      const ids = [...who.keys()];
      if (ids.length < 2 || new Set(ids.map((p) => c.countryOf(p) ?? p)).size < 2) return null;
      const day = c.ref && c.ref.length >= 10 ? c.ref.slice(0, 10) : null;
      return meetingFact(ids, day, [who.get(ids[0]!)!], 'meeting.speakers');
    },
  };
}

/** the rules of meetings that gather people at an event rather than tell of two who met: lists of those present */
const GATHERING: ReadonlySet<string> = new Set([
  'meeting.present',
  'meeting.gather',
  'meeting.attended-by',
  'meeting.presence',
  'meeting.joint-event',
  'meeting.roster',
  'meeting.members',
]);

/** "Ladies and Gentlemen", "Excellencies": a speech greets its audience (data/meeting-words.json `salutations`) */
const salutes = (text: string) => {
  const t = text
    .replace(/[*_<>/]|\bbr\b/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:our|my|dear)\s+/, '');
  return lexicon().meeting.salutations.some((w) => t.startsWith(w));
};

/** "Mr A, Chairman of X" on a line of its own: one name first, then a comma, and no verb */
function greetsOne(toks: Token[], ms: Mention[]): boolean {
  const first = ms[0];
  if (!first || ms.length > 1 || first.i > 3) return false;
  // "Mr A**, Chairman of X": markup between the name and its comma
  let e = first.j;
  while (toks[e] && /^[*_]+$/.test(toks[e]!.text)) e++;
  if (toks[e]?.text !== ',') return false;
  return !toks.some((t) => t.word && !t.cap && t.tags.includes('Verb') && !t.tags.includes('Participle'));
}

/** "Ms A" on a line of its own: one name and at most a form of address, nothing else */
function nameAlone(toks: Token[], ms: Mention[]): boolean {
  const first = ms[0];
  return !!first && ms.length === 1 && first.i <= 2 && toks.slice(first.j).every((t) => !t.word) && toks.length <= 8;
}

/**
 * "This ceremonial welcome was also attended by A and B": a list of those present whose people all took part in the
 * report's event is part of it — taken out of `list`, its evidence added to the event's meeting
 */
function foldGatherings(list: MeetingFact[], event: MeetingFact): MeetingFact {
  for (const m of [...list])
    if (m.evidence.every((e) => GATHERING.has(e.rule)) && m.participants.every((p) => event.participants.includes(p))) {
      list.splice(list.indexOf(m), 1);
      event.evidence.push(...m.evidence);
    }
  return event;
}

/**
 * "a conference … in Tokyo in March 2019" in a report of 2021: the event a sentence names is another one than the
 * report's ("in March 2019", "in 2019", "the 2019 summit"; not "the first since 2019")
 */
function ofAnotherYear(toks: Token[], year: string | undefined): boolean {
  const months = lexicon().months;
  return (
    !!year &&
    toks.some(
      (t, k) =>
        /^(?:19|20)\d\d$/.test(t.text) &&
        t.text !== year &&
        (toks[k - 1]?.lower === 'in' ||
          months.has(toks[k - 1]?.lower ?? '') ||
          triggersAt(toks, k + 1).some((x) => x.occasion)),
    )
  );
}

/**
 * "X said at the conference", "Y attended the summit", "On the sidelines of the forum, Z met W", "V told the
 * delegates …": everyone the cues of event-cues.ts put at the report's event met there — with the people of the
 * meetings told in a sentence that names the event ("The forum brought together A, B and C") or lists those present
 * just after one ("Also present were D and E")
 */
function occasion(): Observer {
  const who = new Map<string, Sentence>();
  /** the index of the last sentence that named the event, or -1 */
  let named = -1;
  /** people greeted by name on the lines just read ("Mr A, Chairman of X"), until a salutation confirms them */
  let greeted: [string, Sentence][] = [];
  /** a salutation was just read: the name lines after it are greetings too */
  let saluted = false;
  /** the event named last is of another year than the report's */
  let otherEvent = false;
  return {
    read(c, s, mentions) {
      const ms = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name').sort((a, b) => a.i - b.i);
      // a speech's opening: "Mr A, Chairman of X" lines, then "Ladies and Gentlemen"; the people greeted were there
      // "Your Excellency, / Minister of Justice of X, / Ms A": after the salutation, the people greeted
      if (named >= 0 && s.index < 40) {
        const greets = greetsOne(s.tokens, ms) || nameAlone(s.tokens, ms);
        if (salutes(s.text)) {
          for (const [id, at] of greeted) if (!who.has(id)) who.set(id, at);
          greeted = [];
          saluted = true;
        } else if (greets && saluted) {
          if (!who.has(ms[0]!.person!)) who.set(ms[0]!.person!, s);
        } else if (greets) {
          greeted.push([ms[0]!.person!, s]);
        } else if (ms.length || !s.tokens.some((t) => t.text === ',')) {
          greeted = [];
          saluted = false;
        }
      }
      const told = c.list.filter((m) => m.evidence.some((e) => e.start === s.start));
      const met = told.map((m) => m.participants);
      if (namesEvent(s.tokens)) [named, otherEvent] = [s.index, ofAnotherYear(s.tokens, c.ref?.slice(0, 4))];
      const all = mentions.filter((m) => !m.quoted && m.person);
      const year = c.ref?.slice(0, 4) ?? null;
      const cue = { toks: s.tokens, ms, all, met, year, eventBefore: named >= 0 && !otherEvent };
      for (const row of EVENT_CUES) {
        const found = row.find(cue);
        for (const id of found) if (!who.has(id)) who.set(id, s);
        // "Those meeting with the US President were: A; B; C": a roster names the report's event for the sentences
        // after it ("Also present was D")
        if (row.id === 'cue.roster' && found.length >= 2) [named, otherEvent] = [s.index, false];
      }
      // "A travelled to Berlin to meet B and C, alongside European leaders, including D and E": one meeting of them all
      const last = told[told.length - 1];
      const members = last ? includedMembers(s.tokens, ms) : [];
      if (last && members.length)
        for (const m of told) {
          for (const id of [...m.participants, ...members])
            if (!last.participants.includes(id)) last.participants.push(id);
          if (m !== last) c.list.splice(c.list.indexOf(m), 1);
        }
      if (named < 0 || s.index - named > 2) return;
      // "Leaders of 20 countries attended the forum. Among them were A, B and C."
      if (MEMBERS.test(s.text.trim())) for (const m of ms) if (!who.has(m.person!)) who.set(m.person!, s);
      for (const m of told)
        if (m.evidence.some((e) => GATHERING.has(e.rule)) || (named === s.index && m.participants.length >= 3))
          for (const id of m.participants) if (!who.has(id)) who.set(id, s);
    },
    meeting(c) {
      const ids = [...who.keys()];
      if (ids.length < 2 || c.list.some((m) => ids.every((p) => m.participants.includes(p)))) return null;
      const sentences = [...new Set(who.values())];
      const day = sentences.map((x) => dayOf(x, new Set(), c.ref)).find((d) => d);
      return foldGatherings(c.list, meetingFact(ids, day?.iso ?? null, sentences, 'meeting.occasion'));
    },
  };
}

export const REPORT_RULES: readonly ReportRule[] = [
  { id: 'report.delegation', example: 'Wang was accompanied by Vice Minister C.', make: () => delegation },
  { id: 'report.addressed', example: 'W met envoys of the bloc. X told the meeting that …', make: () => addressed },
  { id: 'report.roster', example: 'The envoys who presented credentials are: – A … – B …', make: roster },
  {
    id: 'meeting.members',
    example: 'A received the credentials of new envoys. They include B and C. The rest are D and E.',
    make: members,
  },
  {
    id: 'meeting.speakers',
    example: 'PRESIDENT A: Welcome. PRIME MINISTER B: Thank you.',
    make: speakers,
    leads: true,
  },
  { id: 'meeting.occasion', example: 'In the opening ceremony, A said … B welcomed all to the forum.', make: occasion },
];
