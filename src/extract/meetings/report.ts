import type { Evidence, MeetingFact } from '../../model.js';
import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence } from '../text.js';
import { coordinatedBefore } from './args.js';
import { findFrames } from './find.js';
import { triggersAt } from './words.js';
import type { Frame } from './frame.js';
import { findDuration, placeOf } from './place.js';
import { dateFromReport, dateFromSameDay, dateOf, dayOf, isPast, NOT_TODAY, type SentenceDay } from './when.js';

/**
 * The meetings of one report, read sentence by sentence in text order: each sentence's frames become
 * meetings with their date, place, duration and evidence; plural references ("the two leaders") and group
 * subjects ("EU leaders") resolve to the people named before and nearby; delegation members who
 * "participated" or "accompanied" join the meeting; at the end mentions of one meeting are merged and
 * undated meetings of the report's days are dated.
 */

export interface ReportEnv {
  /** the report's reference date (publication, else the first full date of the text), or null */
  ref: string | null;
  countryOf: (id: string) => string | null;
  personNamed: (name: string) => string | null;
  /** index of the sentence holding an offset */
  sentenceAt: (offset: number) => number;
  sentences: Sentence[];
  /** the ids of the report's people, once all are known */
  personIds: () => Set<string>;
}

interface Named {
  person: string;
  at: number;
  sentence: number;
  para: number;
}

const evidence = (s: Sentence, rule: string): Evidence => ({
  sentence: s.text,
  start: s.start,
  end: s.end,
  rule,
  confidence: 0.85,
});

export class ReportMeetings {
  readonly list: MeetingFact[] = [];
  private days: SentenceDay[] = [];
  private named: Named[] = [];
  private firstPair: [string, string] | null = null;
  private sentenceStart = 0;
  /** meetings of a group subject, resolved at the end when the sentences after them are read too */
  private groups = new Map<MeetingFact, { frame: Frame; sentence: number }>();

  constructor(private env: ReportEnv) {}

  /** Reads the next sentence with its person mentions; returns the sentence's meeting of two or more people. */
  read(s: Sentence, ms: Mention[]): MeetingFact | undefined {
    const persons = new Set(ms.filter((m) => m.person && !m.quoted).map((m) => m.person!));
    const day = dayOf(s, persons, this.env.ref);
    if (day) this.days.push(day);
    this.sentenceStart = this.list.length;
    for (const f of findFrames(s, ms, this.env)) this.add(s, f);
    this.addDelegation(s, ms);
    this.joinMeeting(s, ms);
    this.firstPair ??= coordinatedPair(s, ms, this.env.countryOf);
    // "The two leaders held talks for about four hours": the duration of the meeting just reported
    const last = this.list[this.list.length - 1];
    if (last && !last.duration && /\b(talks|meeting|met|conversation|session)\b/i.test(s.text)) {
      const dur = findDuration(s.text);
      if (dur) Object.assign(last, { duration: dur.text, durationMinutes: dur.minutes });
    }
    for (const m of ms)
      if (m.person && m.kind === 'name' && !m.quoted)
        this.named.push({ person: m.person, at: m.start, sentence: s.index, para: s.para });
    this.noteSpeaker(s);
    this.noteRoster(s, ms);
    this.noteOccasion(s, ms);
    return this.list.slice(this.sentenceStart).find((m) => m.participants.length >= 2);
  }

  /** the people who spoke at the report's event: "X said at the conference", "In the opening ceremony, Y stressed" */
  private occasion = new Map<string, Sentence>();

  private noteOccasion(s: Sentence, mentions: Mention[]): void {
    const toks = s.tokens;
    if (!occasionIn(toks)) return;
    const ms = mentions.filter((m) => !m.quoted && m.person && m.kind === 'name').sort((a, b) => a.i - b.i);
    const lex = lexicon();
    toks.forEach((t, v) => {
      if (t.quoted || t.cap || !(lex.speechVerb.has(t.lower) || OCCASION_VERB.test(t.lower))) return;
      const subj = ms.filter((m) => m.j <= v && !m.poss).pop();
      if (subj && v - subj.j <= 6 && !this.occasion.has(subj.person!)) this.occasion.set(subj.person!, s);
    });
  }

  /** Two or more people who spoke at the event the report is about met there. */
  private occasionMeeting(): MeetingFact | null {
    const ids = [...this.occasion.keys()];
    if (ids.length < 2 || this.list.some((m) => ids.every((p) => m.participants.includes(p)))) return null;
    const sentences = [...new Set(this.occasion.values())];
    const day = sentences.map((x) => dayOf(x, new Set(), this.env.ref)).find((d) => d);
    return {
      participants: ids,
      others: [],
      date: day?.iso ?? null,
      place: null,
      duration: null,
      durationMinutes: null,
      topics: [],
      evidence: sentences.map((x) => evidence(x, 'meeting.occasion')),
    };
  }

  /** "PRESIDENT BIDEN:  Thank you." — the people a transcript gives the floor to */
  private speakers = new Map<string, Sentence>();

  private noteSpeaker(s: Sentence): void {
    const prev = this.env.sentences[s.index - 1];
    if (prev && prev.para === s.para) return;
    const label = speakerLabel(s.text);
    if (!label) return;
    const id = this.env.personNamed(label.join(' ')) ?? this.env.personNamed(label[label.length - 1]!);
    if (id && !this.speakers.has(id)) this.speakers.set(id, s);
  }

  /**
   * A transcript of remarks or a press conference where two or more people of different countries speak
   * ("PRESIDENT BIDEN: …", "PRESIDENT RUTO: …") records their meeting, on the report's day.
   */
  private speakersMeeting(): MeetingFact | null {
    const ids = [...this.speakers.keys()];
    const lands = new Set(ids.map((p) => this.env.countryOf(p) ?? p));
    if (ids.length < 2 || lands.size < 2) return null;
    const s = this.speakers.get(ids[0]!)!;
    const ref = this.env.ref;
    return {
      participants: ids,
      others: [],
      date: ref && ref.length >= 10 ? ref.slice(0, 10) : null,
      place: null,
      duration: null,
      durationMinutes: null,
      topics: [],
      evidence: [evidence(s, 'meeting.speakers')],
    };
  }

  /** "The new envoys who presented their credentials are:" then "– A, Ambassador of … – B, …": they took part */
  private roster: MeetingFact | null = null;

  private noteRoster(s: Sentence, ms: Mention[]): void {
    const open = this.roster;
    this.roster = null;
    if (open && /^[\s–—•*-]/.test(s.text)) {
      for (const m of ms)
        if (m.person && m.kind === 'name' && !m.quoted && !open.participants.includes(m.person))
          open.participants.push(m.person);
      this.roster = open;
      return;
    }
    const groups = lexicon().meeting.groupNouns;
    const last = this.list[this.list.length - 1];
    if (last && /:\s*$/.test(s.text) && s.tokens.some((t) => groups.has(t.lower)) && s.para - this.paraOf(last) <= 1)
      this.roster = last;
  }

  /**
   * "The two sides agreed": the people of this sentence's meeting (`here`), else of the meeting of two reported
   * just before (this paragraph or the one before), else of the report's first meeting of two, else the first
   * pair of people of different countries named together.
   */
  pairAt(para: number, here: MeetingFact | undefined): string[] {
    return here?.participants ?? this.meetingOf(2, para) ?? this.firstPair ?? [];
  }

  private meetingOf(count: number, para: number): string[] | null {
    const recent = [...this.list].reverse().find((o) => o.participants.length === count);
    if (recent && para - this.env.sentences[this.env.sentenceAt(recent.evidence[0]!.start)]!.para <= 1)
      return recent.participants;
    return this.list.find((o) => o.participants.length === count)?.participants ?? null;
  }

  /** "A and B joined the talks": they take part in the meeting told of in this paragraph or the two before */
  private join(s: Sentence, f: Frame): boolean {
    const target = this.list[this.list.length - 1];
    if (!target || s.para - this.paraOf(target) > 2) return false;
    for (const p of f.participants) if (!target.participants.includes(p)) target.participants.push(p);
    return true;
  }

  private add(s: Sentence, f: Frame): void {
    if (f.joins && (this.join(s, f) || f.participants.length < 2)) return;
    const date = dateOf(s, f, this.env.ref)?.iso ?? null;
    if (f.ref && f.participants.length === 0) {
      const people = this.resolveRef(f.ref.count, s, f.at);
      if (!people) return;
      f.participants = people;
    }
    // "A hosted B on Monday. Present were C and D": right after a meeting of named people, those present are
    // its delegation members; after a summit of nobody named ("The summit opened …") they are its participants
    const prior = this.list[this.list.length - 1];
    if (f.rule === 'meeting.present' && prior && s.index - this.sentenceOf(prior) <= 2) {
      for (const p of f.participants)
        if (!prior.participants.includes(p) && !prior.others.includes(p)) prior.others.push(p);
      return;
    }
    // "X and the same three premiers met": X's meeting of four reported before
    if (f.sameGroup) {
      const size = f.sameGroup + 1;
      const group = this.list.find(
        (o) => o.participants.includes(f.participants[0]!) && o.participants.length === size,
      );
      if (!group) return;
      f.participants = [...group.participants];
    }
    const dur = findDuration(s.text);
    const m: MeetingFact = {
      participants: [...new Set(f.participants)],
      others: [...f.companions],
      date,
      place: placeOf(s, f.at, isPast(date, s.text, this.env.ref)),
      duration: dur?.text ?? null,
      durationMinutes: dur?.minutes ?? null,
      topics: [],
      evidence: [evidence(s, f.rule)],
    };
    if (f.group) this.groups.set(m, { frame: f, sentence: s.index });
    this.list.push(m);
  }

  private sentenceOf(m: MeetingFact): number {
    return this.env.sentenceAt(m.evidence[m.evidence.length - 1]!.start);
  }

  /**
   * "The two leaders", "the pair", "they": the people of the meeting reported just before, else of the
   * report's first meeting of that many, else the people named last (the headline included), else the
   * first pair named together. "They" (no count) takes only a meeting of this paragraph or the one before,
   * or the people named in this sentence or the one before.
   */
  private resolveRef(count: number | null, s: Sentence, at: number): string[] | null {
    if (count !== null)
      return this.meetingOf(count, s.para) ?? this.namedLast(count, s, at, 6) ?? (count === 2 ? this.firstPair : null);
    const recent = this.list[this.list.length - 1];
    if (recent && recent.participants.length >= 2 && s.para - this.paraOf(recent) <= 1) return recent.participants;
    return this.namedLast(2, s, at, 1);
  }

  private paraOf(m: MeetingFact): number {
    return this.env.sentences[this.sentenceOf(m)]!.para;
  }

  /**
   * The last `count` people named before offset `at` in this sentence and the `back` sentences before it, or in
   * the headline, one per country where their countries are known, in text order.
   */
  private namedLast(count: number, s: Sentence, at: number, back: number): string[] | null {
    const out: string[] = [];
    const lands = new Set<string>();
    for (let i = this.named.length - 1; i >= 0 && out.length < count; i--) {
      const n = this.named[i]!;
      if (n.at >= at || out.includes(n.person) || (s.index - n.sentence > back && n.para !== 0)) continue;
      const c = this.env.countryOf(n.person);
      if (c && lands.has(c)) continue;
      if (c) lands.add(c);
      out.push(n.person);
    }
    return out.length === count ? out.reverse() : null;
  }

  /** "US officials participating in the meeting included A and B", "X was accompanied by … B". */
  private addDelegation(s: Sentence, ms: Mention[]): void {
    const low = s.text.toLowerCase();
    if (!lexicon().meeting.delegation.some((w) => low.includes(w)) || this.list.length === 0) return;
    const ids = ms.filter((m) => m.person && !m.quoted && m.kind === 'name').map((m) => m.person!);
    if (!ids.length) return;
    // a delegation member of nobody named here joins the report's own meeting, not a past one it recalls
    const target =
      [...this.list].reverse().find((m) => ids.some((id) => m.participants.includes(id))) ??
      this.list.find((m) => !NOT_TODAY.test(m.evidence[0]!.sentence)) ??
      this.list[this.list.length - 1]!;
    for (const id of ids) if (!target.participants.includes(id) && !target.others.includes(id)) target.others.push(id);
  }

  /**
   * "X addressed the summit", "Y assured the delegates that …": a person who spoke to a meeting took part in
   * it. Adds them to the report's last meeting of a group ("W met envoys of the bloc") or of three or more.
   */
  private joinMeeting(s: Sentence, mentions: Mention[]): void {
    const toks = s.tokens;
    const target = [...this.list]
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
      if (!target.participants.includes(subj.person!)) target.participants.push(subj.person!);
    }
  }

  /**
   * "EU leaders met B and C": the group's members are the people named in the two sentences before and the
   * one after, who are not among the objects — of the group's country when it names one, else of none of
   * the objects' countries.
   */
  private resolveGroups(): void {
    for (const [m, { frame, sentence }] of this.groups) {
      const objects = new Set(m.participants);
      const theirs = new Set([...objects].map((p) => this.env.countryOf(p)).filter((c) => c));
      const members: string[] = [];
      for (const n of this.named) {
        if (
          n.sentence < sentence - 2 ||
          n.sentence > sentence + 1 ||
          objects.has(n.person) ||
          members.includes(n.person)
        )
          continue;
        const c = this.env.countryOf(n.person);
        if (frame.group!.country ? c !== frame.group!.country : c && theirs.has(c)) continue;
        members.push(n.person);
      }
      const count = frame.group!.count ?? 4;
      m.participants.unshift(...members.slice(0, count));
    }
  }

  /** The report's meetings: those of people it names, one per meeting, dated where the report allows. */
  final(): MeetingFact[] {
    const personIds = this.env.personIds();
    this.resolveGroups();
    const spoken = this.speakersMeeting();
    const event = this.occasionMeeting();
    const out = mergeMeetings(
      [...(spoken ? [spoken] : []), ...this.list, ...(event ? [event] : [])].filter(
        (m) => m.participants.length >= 2 && m.participants.every((p) => personIds.has(p)),
      ),
      this.env.ref,
    );
    dateFromReport(out, this.days, this.env.ref);
    dateFromSameDay(out, this.env.ref);
    return out;
  }
}

/** verbs of a speaker at an event besides the reporting verbs: "welcomed the participants to the forum" */
const OCCASION_VERB =
  /^(?:welcomed|addressed|opened|delivered|presented|chaired|moderated|emphasized|emphasised|highlighted)$/;
/** prepositions and verbs before "the EVENT": "at the conference", "told the summit" */
const TO_EVENT = /^(?:at|in|during|to|told|addressed|opened)$/;

/**
 * Whether a sentence speaks of an event (a conference, forum, ceremony, summit; not the meeting itself) as the
 * setting of what is said: "at the conference", "in the opening ceremony".
 */
function occasionIn(toks: Sentence['tokens']): boolean {
  return toks.some(
    (t, k) =>
      !t.quoted &&
      TO_EVENT.test(t.lower) &&
      toks[k + 1]?.lower === 'the' &&
      [k + 2, k + 3, k + 4].some(
        (q) => q < toks.length && triggersAt(toks, q).some((x) => x.occasion || x.words[0] === 'summit'),
      ),
  );
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

const JOIN_VERBS = /^(?:told|warned|addressed|briefed|assured|urged|reminded|informed)$/;
const JOIN_OBJECTS =
  /^(?:meeting|summit|gathering|session|conference|forum|ministers|leaders|counterparts|delegates|participants)$/;

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
function mergeMeetings(ms: MeetingFact[], ref: string | null): MeetingFact[] {
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
