import type { MeetingFact } from '../../model.js';
import type { Mention } from '../people/index.js';
import type { Sentence } from '../text.js';
import { meetingFact } from './fact.js';
import { findFrames } from './find.js';
import type { Frame } from './frame.js';
import { coordinatedPair, mergeMeetings } from './merge.js';
import { NamedPeople } from './named.js';
import { quotedFrames, selfMentions, type SpokenSpan } from './quoted.js';
import { findDuration, placeOf } from './place.js';
import { REPORT_RULES, type ReportCtx } from './report-rules.js';
import {
  dateFromNamed,
  dateFromPublication,
  dateFromReport,
  dateFromSameDay,
  dateOf,
  dayOf,
  isPast,
  restoreYears,
  setAsideYears,
  type SentenceDay,
} from './when.js';

/**
 * The meetings of one report, read sentence by sentence in text order: each sentence's frames become
 * meetings with their date, place, duration and evidence; plural references ("the two leaders") and group
 * subjects ("EU leaders") resolve to the people named before and nearby; the report rules (report-rules.ts)
 * add delegation members and the meetings of a transcript or an event; at the end mentions of one meeting
 * are merged and undated meetings of the report's days are dated.
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
  /** the named speaker of the transcript turn holding an offset, or null (no turn, or an unnamed one: "Q") */
  speakerAt?: (offset: number) => string | null;
}

/** whether a sentence holds the word (a meeting noun, any case, its plural too) */
const wordIn = (sentence: string, word: string) =>
  new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'i').test(sentence);

export class ReportMeetings {
  readonly list: MeetingFact[] = [];
  private days: SentenceDay[] = [];
  /** the person mentions of each sentence read, by index */
  private mentionsOf: Mention[][] = [];
  private named: NamedPeople;
  private firstPair: [string, string] | null = null;
  /** meetings of a group subject, resolved at the end when the sentences after them are read too */
  private groups = new Map<MeetingFact, { frame: Frame; sentence: number }>();
  private observers = REPORT_RULES.map((r) => ({ rule: r, observer: r.make() }));
  private ctx: ReportCtx;

  constructor(private env: ReportEnv) {
    this.named = new NamedPeople(env.countryOf);
    this.ctx = { ...env, list: this.list, paraOf: (m) => this.paraOf(m) };
  }

  /** Reads the next sentence with its person mentions; returns the sentence's meeting of two or more people. */
  read(s: Sentence, ms: Mention[]): MeetingFact | undefined {
    const persons = new Set(ms.filter((m) => m.person && !m.quoted).map((m) => m.person!));
    const day = dayOf(s, persons, this.env.ref);
    if (day) this.days.push(day);
    const before = this.list.length;
    for (const f of findFrames(s, this.withSpeaker(s, ms), this.env)) this.add(s, f);
    for (const o of this.observers) o.observer.read(this.ctx, s, ms);
    this.firstPair ??= coordinatedPair(s, ms, this.env.countryOf);
    // "The two leaders held talks for about four hours": the duration of the meeting just reported
    const last = this.list[this.list.length - 1];
    if (last && !last.duration && /\b(talks|meeting|met|conversation|session)\b/i.test(s.text)) {
      const dur = findDuration(s.text);
      if (dur) Object.assign(last, { duration: dur.text, durationMinutes: dur.minutes });
    }
    this.named.note(s, ms);
    this.mentionsOf[s.index] = ms;
    return this.list.slice(before).find((m) => m.participants.length >= 2);
  }

  /**
   * "The two sides agreed": the people of this sentence's meeting (`here`), else of the meeting of two reported
   * just before (this paragraph or the one before), else of the report's first meeting of two, else the first
   * pair of people of different countries named together.
   */
  pairAt(para: number, here: MeetingFact | undefined): string[] {
    return here?.participants ?? this.meetingOf(2, para) ?? this.firstPair ?? [];
  }

  /**
   * Meetings told in the quotations of named speakers (quoted.ts), read once the quotations are attributed; not in
   * a transcript's turn, whose speaker is "I" outside the marks and quotes someone else inside them.
   */
  quoted(spans: SpokenSpan[]): void {
    for (const span of spans)
      if (!this.env.speakerAt?.(span.open))
        for (let i = this.env.sentenceAt(span.open); i <= this.env.sentenceAt(span.close - 1); i++) {
          const s = this.env.sentences[i];
          const ms = this.mentionsOf[i];
          if (!s || !ms) continue;
          const spoken = quotedFrames(s, ms, span, this.env);
          for (const f of spoken.frames) this.add(spoken.s, f);
        }
  }

  /** The report's meetings: those of people it names, one per meeting, dated where the report allows. */
  final(): MeetingFact[] {
    const personIds = this.env.personIds();
    for (const [m, { frame, sentence }] of this.groups) {
      const members = this.named.near(sentence, new Set(m.participants), frame.group!);
      // "A met the leaders of B and C": A met each of them, not they each other
      if (!frame.group!.separate) m.participants.unshift(...members);
      else
        for (const [i, p] of members.entries())
          if (i === 0) m.participants.push(p);
          else this.list.push({ ...m, participants: [m.participants[0]!, p], others: [], evidence: [...m.evidence] });
    }
    const found = this.observers.map((o) => ({ leads: o.rule.leads, m: o.observer.meeting?.(this.ctx) ?? null }));
    const leading = found.filter((x) => x.leads && x.m).map((x) => x.m!);
    const trailing = found.filter((x) => !x.leads && x.m).map((x) => x.m!);
    const out = mergeMeetings(
      [...leading, ...this.list, ...trailing].filter(
        (m) => m.participants.length >= 2 && m.participants.every((p) => personIds.has(p)),
      ),
      this.env.ref,
    );
    const years = setAsideYears(out, this.env.ref);
    dateFromReport(out, this.days, this.env.ref);
    dateFromSameDay(out, this.env.ref);
    dateFromNamed(out, this.days, this.env.ref);
    restoreYears(years);
    dateFromPublication(out, this.env.ref);
    return out;
  }

  /** The people of the meeting of `count` reported just before (this paragraph or the one before), else of the first. */
  private meetingOf(count: number, para: number): string[] | null {
    const recent = [...this.list].reverse().find((o) => o.participants.length === count);
    if (recent && para - this.paraOf(recent) <= 1) return recent.participants;
    return this.list.find((o) => o.participants.length === count)?.participants ?? null;
  }

  private sentenceOf(m: MeetingFact): number {
    return this.env.sentenceAt(m.evidence[m.evidence.length - 1]!.start);
  }

  private paraOf(m: MeetingFact): number {
    return this.env.sentences[this.sentenceOf(m)]!.para;
  }

  /**
   * The report's actor, whom a meeting with no one before it ("Talks were also held with B") is of: the person of
   * most of its meetings so far (the first of them on a tie), else the first person it names; never one of `others`.
   */
  private actor(others: string[]): string | null {
    const count = new Map<string, number>();
    for (const m of this.list) for (const p of m.participants) count.set(p, (count.get(p) ?? 0) + 1);
    let best: string | null = null;
    for (const [p, n] of count) if (!others.includes(p) && (!best || n > count.get(best)!)) best = p;
    return best ?? this.named.first(others);
  }

  /** "A and B joined the talks": they take part in the meeting told of in this paragraph or the two before */
  private join(s: Sentence, f: Frame): boolean {
    let target = this.list[this.list.length - 1];
    // "A and B attended the meeting as guests": else the report's meeting of a group told of before
    if (f.rule === 'meeting.attended' && (!target || s.para - this.paraOf(target) > 2))
      target = [...this.list].reverse().find((m) => this.groups.has(m) || m.participants.length >= 3);
    // "The meeting was attended by …" refers back further: to the meeting told in the lead, paragraphs before
    else if (target && s.para - this.paraOf(target) > (f.rule === 'meeting.attended-by' && !f.noun ? 6 : 2))
      target = undefined;
    if (!target) return false;
    // "The dinner was attended by A, B and C" after a summit told of before: the dinner is an occasion of its own
    if (f.noun && f.participants.length >= 2 && !target.evidence.some((e) => wordIn(e.sentence, f.noun!))) return false;
    // "B attended the celebration in 1964" joins no meeting of 1961 ("joined the talks on Sunday" joins Saturday's)
    const year = dateOf(s, f, this.env.ref)?.iso.slice(0, 4);
    if (year && target.date && target.date.slice(0, 4) !== year) return false;
    // "The meeting was attended by A, B and C" after A's and B's leaders met: their delegations, present but no
    // principals (FORMAT.md `others`); at a summit, a dinner or a meeting of three or more, the people it names took part
    const into = this.delegationOf(s, f, target) ? target.others : target.participants;
    for (const p of f.participants) if (!target.participants.includes(p) && !into.includes(p)) into.push(p);
    return true;
  }

  /** whether people serve at least two countries, all known */
  private ofDifferentCountries(people: string[]): boolean {
    const lands = people.map((p) => this.env.countryOf(p));
    return lands.every((c) => c) && new Set(lands).size >= 2;
  }

  /** whether the people of an "attended by" frame came with the two principals of a meeting of two countries */
  private delegationOf(s: Sentence, f: Frame, target: MeetingFact): boolean {
    // "A and B were also present in the meeting", "The meeting was attended by A and B"
    const present = f.rule === 'meeting.in-the-meeting' && /\b(?:present|attend(?:ed|ing))\b/i.test(s.text);
    if (!(f.rule === 'meeting.attended-by' || present) || f.noun || target.participants.length !== 2) return false;
    return this.ofDifferentCountries(target.participants) && f.participants.length >= 2;
  }

  /**
   * "The two leaders", "the pair", "they": the people of the meeting reported just before, else of the
   * report's first meeting of that many, else the people named last (the headline included), else the
   * first pair named together. "They" (no count) takes only a meeting of this paragraph or the one before,
   * or the people named in this sentence or the one before.
   */
  private resolveRef(count: number | null, s: Sentence, at: number): string[] | null {
    if (count !== null)
      return this.meetingOf(count, s.para) ?? this.named.last(count, s, at, 6) ?? (count === 2 ? this.firstPair : null);
    const recent = this.list[this.list.length - 1];
    if (recent && recent.participants.length >= 2 && s.para - this.paraOf(recent) <= 1) return recent.participants;
    return this.named.last(2, s, at, 1);
  }

  /**
   * "PRESIDENT A: … I met with B last year", "… we held talks with C": in the turn of a transcript's named speaker
   * (`Article.turns`), "I" and "we" outside quotations are the speaker.
   */
  private withSpeaker(s: Sentence, ms: Mention[]): Mention[] {
    const speaker = this.env.speakerAt?.(s.start) ?? null;
    if (!speaker) return ms;
    const self = selfMentions(s.tokens, speaker);
    if (!self.length) return ms;
    return [...ms.filter((m) => !self.some((x) => x.i === m.i)), ...self].sort((a, b) => a.i - b.i);
  }
  /** The people of a frame once what it refers to is resolved, or null when it makes no meeting of its own. */
  private peopleOf(s: Sentence, f: Frame): string[] | null {
    if (f.joins && (this.join(s, f) || f.participants.length < 2 || f.rule === 'meeting.attended')) return null;
    // "A and B were present in the meeting", no meeting told before: they met only if they serve different countries
    if (f.rule === 'meeting.in-the-meeting' && !this.ofDifferentCountries(f.participants)) return null;
    if (f.ref) {
      // "The two leaders met with C": the people referred to, and the object named
      const them = this.resolveRef(f.ref.count, s, f.at);
      return them && [...them, ...f.participants.filter((p) => !them.includes(p))];
    }
    // "Talks were also held with B": the report's actor met them
    if (f.actor) {
      const actor = this.actor(f.participants);
      return actor ? [actor, ...f.participants] : null;
    }
    // "A hosted B on Monday. Present were C and D": right after a meeting of named people, those present are
    // its delegation members; after a summit of nobody named ("The summit opened …") they are its participants
    const prior = this.list[this.list.length - 1];
    if (f.rule === 'meeting.present' && prior && s.index - this.sentenceOf(prior) <= 2) {
      // "A met with directors of X. Also attending the meeting were B, C and D": the people A met, named after
      const members = prior.participants.length < 2 ? prior.participants : prior.others;
      for (const p of f.participants) if (!prior.participants.includes(p) && !prior.others.includes(p)) members.push(p);
      return null;
    }
    // "Members in attendance were: A; B …. Associate members in attendance were C; D": one roster goes on
    if (f.rule === 'meeting.roster' && prior && prior.evidence.some((e) => e.rule === 'meeting.roster')) {
      if (s.index - this.sentenceOf(prior) <= 2) {
        for (const p of f.participants) if (!prior.participants.includes(p)) prior.participants.push(p);
        return null;
      }
    }
    // "X and the same three premiers met": X's meeting of four reported before
    if (f.sameGroup) {
      const size = f.sameGroup + 1;
      const group = this.list.find(
        (o) => o.participants.includes(f.participants[0]!) && o.participants.length === size,
      );
      return group ? [...group.participants] : null;
    }
    return f.participants;
  }

  private add(s: Sentence, f: Frame): void {
    const people = this.peopleOf(s, f);
    if (!people) return;
    const date = dateOf(s, f, this.env.ref)?.iso ?? null;
    const dur = findDuration(s.text);
    const m = meetingFact(people, date, [s], f.rule, {
      // the fact's `others` (FORMAT.md): people present who are no principals — here the spouses who came along
      others: [...f.spouses],
      place: f.call ? null : placeOf(s, f.at, isPast(date, s.text, this.env.ref)),
      duration: dur?.text ?? null,
      durationMinutes: dur?.minutes ?? null,
    });
    if (f.group) this.groups.set(m, { frame: f, sentence: s.index });
    this.list.push(m);
  }
}
