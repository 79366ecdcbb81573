import type { Article, Extraction, MeetingFact, StatementFact } from '../model.js';
import { lexicon } from '../knowledge/index.js';
import { firstFullDate, findDates } from './dates/resolve.js';
import { readDocument, type Document } from './document.js';
import { findCountries, findOrganizations } from './entities/find.js';
import { evidenceOf } from './grammar.js';
import { coordinatedPair, findDuration, findMeetings, findPlace, joinMeeting } from './meetings/find.js';
import { People, type Mention } from './people/index.js';
import { DirectSpeech, dedupeQuotes } from './quotes/direct.js';
import { findStatements } from './statements/find.js';
import { dedupeStatements, ReportedSpeech } from './statements/reported.js';
import type { Sentence } from './text.js';
import { topicCountries, topicsOf } from './topics.js';

/**
 * Extracts people, organizations, countries, quotes, meetings and statements from one article:
 * the text read once (quotations, sentences, compromise's tags), people registered over all of it,
 * then one walk over the sentences in order that resolves mentions, attributes quotations, and
 * finds statements and meetings, each with its evidence.
 */
export function extract(article: Article): Extraction {
  const doc = readDocument(article.text);
  const people = new People(doc.text);
  for (const s of doc.sentences) people.register(s);
  const walk = new Walk(doc, people, article.published ?? firstFullDate(doc.text));
  for (const s of doc.sentences) walk.read(s);
  return walk.facts(article);
}

/** The state of the walk over a report's sentences. */
class Walk {
  /** the mentions of each sentence read so far */
  readonly mentions: Mention[][] = [];
  readonly statements: StatementFact[] = [];
  readonly meetings: Meetings;
  readonly direct: DirectSpeech;
  readonly reported: ReportedSpeech;

  constructor(
    readonly doc: Document,
    readonly people: People,
    /** the report's day: its publication date, else the first full date it gives */
    readonly ref: string | null,
  ) {
    this.meetings = new Meetings(doc, people, ref);
    this.direct = new DirectSpeech(doc, this.mentions, this.statements);
    this.reported = new ReportedSpeech(this.statements, (para, here) => this.meetings.pairAt(para, here));
  }

  read(s: Sentence): void {
    const ms = this.people.mentions(s);
    this.meetings.noteDay(s, ms);
    this.mentions.push(ms);
    const quoted = this.direct.closingIn(s);
    const reported = findStatements(s, ms, this.doc.text);
    const here = this.meetings.read(s, ms);
    const said = this.reported.add(s, reported, here);
    this.meetings.durationAfter(s);
    // what a pronoun in the next sentence most likely refers to
    const subject =
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side' && !m.poss) ??
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side');
    this.people.salient = quoted ?? said ?? subject?.person ?? this.people.salient;
  }

  facts(article: Article): Extraction {
    const { sentences } = this.doc;
    const firstOffset = new Map<string, number>();
    const countries = findCountries(sentences, firstOffset);
    const countryNames = topicCountries(countries, firstOffset, this.people.list);
    // topics once per distinct quote and statement
    const quotes = dedupeQuotes(this.direct.quotes);
    for (const q of quotes) q.topics = topicsOf(q.text, countryNames);
    const statements = dedupeStatements(this.statements);
    for (const st of statements) st.topics = topicsOf(st.position, countryNames);
    const meetings = this.meetings.final();
    for (const m of meetings) m.topics = topicsOf(m.evidence.map((e) => e.sentence).join(' '), countryNames);
    return {
      article,
      people: this.people.facts(),
      organizations: findOrganizations(sentences, this.mentions),
      countries,
      quotes,
      meetings,
      statements,
    };
  }
}

// ---- Meetings: what index.ts does with the meetings meetings/find.ts finds (merging mentions of one
// meeting, delegation members, dating undated meetings). It moves to meetings/ with the event frames.

/** The meetings of a report as its sentences are walked. */
class Meetings {
  readonly list: MeetingFact[] = [];
  /** the first pair of people of different countries named together ("A and his counterpart B") */
  private firstPair: [string, string] | null = null;
  /** what each sentence with a day says about it */
  private readonly days: SentenceDay[] = [];

  constructor(
    private readonly doc: Document,
    private readonly people: People,
    private readonly ref: string | null,
  ) {}

  private readonly countryOf = (id: string) => this.people.get(id)?.country ?? null;

  /**
   * The people "the two ministers" means: those of the meeting reported just before (this paragraph or the
   * one before), else of the report's first meeting of that many people.
   */
  groupOf(count: number, para: number): string[] | null {
    const { sentences, sentenceAt } = this.doc;
    const recent = [...this.list].reverse().find((o) => o.participants.length === count);
    if (recent && para - sentences[sentenceAt(recent.evidence[0]!.start)]!.para <= 1) return recent.participants;
    return this.list.find((o) => o.participants.length === count)?.participants ?? null;
  }

  /** "the two sides agreed": the pair of this sentence's meeting, else of the report's first meeting, else the first pair */
  pairAt(para: number, here: MeetingFact | undefined): string[] {
    return here?.participants ?? this.groupOf(2, para) ?? this.firstPair ?? [];
  }

  /** What a sentence says about the day: who is in it, the first day it gives, whether it speaks of meeting. */
  noteDay(s: Sentence, ms: Mention[]): void {
    if (!this.ref) return;
    const low = s.text.toLowerCase();
    if (!dayWord().test(low)) return;
    const day = findDates(withoutClauses(unquoted(s), -1), this.ref).find((d) => d.iso.length === 10);
    if (!day) return;
    this.days.push({
      at: s.start,
      index: s.index,
      persons: new Set(ms.filter((m) => m.person && !m.quoted).map((m) => m.person!)),
      iso: day.iso,
      meeting: /\b(met|meet|meets|meeting|meetings|talks|held|hosted|received|visit|summit)\b/.test(low),
    });
  }

  /** The meetings of a sentence, dated and placed; returns this sentence's meeting of two or more people. */
  read(s: Sentence, ms: Mention[]): MeetingFact | undefined {
    const before = this.list.length;
    for (const m of findMeetings(s, ms, this.countryOf)) {
      const fact = this.meetingOf(s, m);
      if (fact) this.list.push(fact);
    }
    addDelegation(s, ms, this.list);
    // "X addressed the summit …": X took part in the report's meeting of a group
    joinMeeting(s, ms, this.list);
    this.firstPair ??= coordinatedPair(s, ms, this.countryOf);
    return this.list.slice(before).find((m) => m.participants.length >= 2);
  }

  /** The fact of a meeting found in `s`, or null when it only adds people to one reported before. */
  private meetingOf(s: Sentence, m: ReturnType<typeof findMeetings>[number]): MeetingFact | null {
    const date = meetingDate(s, m, this.ref);
    const dur = findDuration(s.text);
    // "the two leaders met": the pair of the report's first meeting, else the first pair named together
    // "the three ministers last met": the report's first meeting of three
    const count = m.rule === 'meeting.the-2' ? 2 : m.rule === 'meeting.the-3' ? 3 : m.rule === 'meeting.the-4' ? 4 : 0;
    if (count && m.participants.length < count) {
      const pair = this.groupOf(count, s.para) ?? (count === 2 ? this.firstPair : null);
      if (!pair) return null;
      m.participants = [...pair];
    }
    // "A hosted B on Monday. Present were C and D": right after a meeting of named people, those present are
    // its delegation members; after a summit of nobody named ("The summit opened …") they are its participants
    const prior = this.list[this.list.length - 1];
    if (
      m.rule === 'meeting.present' &&
      prior &&
      s.index - this.doc.sentenceAt(prior.evidence[prior.evidence.length - 1]!.start) <= 2
    ) {
      for (const p of m.participants)
        if (!prior.participants.includes(p) && !prior.others.includes(p)) prior.others.push(p);
      return null;
    }
    // "X and the same three premiers met": X's meeting of four reported before
    const same = /^meeting\.same-(\d+)$/.exec(m.rule);
    if (same) {
      const group = this.list.find(
        (o) => o.participants.includes(m.participants[0]!) && o.participants.length === Number(same[1]) + 1,
      );
      if (!group) return null;
      m.participants = [...group.participants];
    }
    return {
      participants: [...new Set(m.participants)],
      others: [...m.others],
      date: date?.iso ?? null,
      place: findPlace(s, m.at),
      duration: dur?.text ?? null,
      durationMinutes: dur?.minutes ?? null,
      topics: [],
      evidence: [evidenceOf(s, m.rule as `meeting.${string}`, 0.85)],
    };
  }

  /** "The two leaders held talks for about four hours": the duration of the meeting just reported */
  durationAfter(s: Sentence): void {
    const last = this.list[this.list.length - 1];
    if (last && !last.duration && /\b(talks|meeting|met|conversation|session)\b/i.test(s.text)) {
      const dur = findDuration(s.text);
      if (dur) Object.assign(last, { duration: dur.text, durationMinutes: dur.minutes });
    }
  }

  /** The report's meetings: of known people, mentions of one meeting merged, undated ones dated. */
  final(): MeetingFact[] {
    const personIds = new Set(this.people.list.map((p) => p.id));
    const out = mergeMeetings(
      this.list.filter((m) => m.participants.length >= 2 && m.participants.every((p) => personIds.has(p))),
    );
    dateFromReport(out, this.days, this.ref);
    dateFromSameDay(out, this.ref);
    return out;
  }
}

let dayPattern: RegExp | null = null;
/** a word that may date a sentence: "day", a weekday, "yesterday", a month (data/words.json) */
function dayWord(): RegExp {
  if (dayPattern) return dayPattern;
  const lex = lexicon();
  const months = [...lex.months.keys()].filter((m) => !m.endsWith('.'));
  return (dayPattern = new RegExp(
    `\\b(?:${['day', ...lex.weekdays.keys(), ...lex.relativeDays, ...months].join('|')})\\b`,
  ));
}

/** The date of a meeting found in `s`: the nearest after its trigger (the last before, for "their meeting"). */
function meetingDate(s: Sentence, m: ReturnType<typeof findMeetings>[number], ref: string | null) {
  // dates of other events ("scheduled for June", "since 2021") do not date the meeting
  const found = findDates(withoutClauses(unquoted(s), m.at - s.start), ref).filter(
    (d) =>
      !/\b(scheduled|planned|postponed|delayed|until|since|by|for)\s+$/i.test(
        s.text.slice(Math.max(0, d.index - 12), d.index),
      ),
  );
  // a year alone ("last year", "in 2019") dates a meeting only when the sentence gives nothing finer
  const fine = found.filter((d) => d.iso.length > 4);
  const dates = fine.length ? fine : found;
  const rel = m.at - s.start;
  return m.rule === 'meeting.their'
    ? dates.filter((d) => d.index < rel).pop()
    : (dates.find((d) => d.index >= rel) ?? dates[dates.length - 1]);
}

/**
 * The sentence with relative clauses that do not hold the meeting's trigger blanked out: in "X, who is the
 * guest of honour at the parade on Sunday, was received by Y", Sunday dates the parade, not the meeting.
 */
function withoutClauses(text: string, at: number): string {
  return text.replace(/,\s+(?:who|which|whose)\b[^,]*(?=,|$)/g, (c, i: number) =>
    at >= i && at < i + c.length ? c : ' '.repeat(c.length),
  );
}

/** The sentence with quoted words blanked out: a date inside a quotation ("today's era") dates nothing. */
function unquoted(s: Sentence): string {
  let out = s.text;
  for (const t of s.tokens)
    if (t.quoted) out = out.slice(0, t.start - s.start) + ' '.repeat(t.end - t.start) + out.slice(t.end - s.start);
  return out;
}

/** "US officials participating in the meeting included A and B", "X was accompanied by … B". */
function addDelegation(s: Sentence, ms: Mention[], meetings: MeetingFact[]): void {
  const low = s.text.toLowerCase();
  if (!lexicon().meeting.delegation.some((w) => low.includes(w)) || meetings.length === 0) return;
  const ids = ms.filter((m) => m.person && !m.quoted && m.kind === 'name').map((m) => m.person!);
  if (!ids.length) return;
  // a delegation member of nobody named here joins the report's own meeting, not a past one it recalls
  const target =
    [...meetings].reverse().find((m) => ids.some((id) => m.participants.includes(id))) ??
    meetings.find((m) => !NOT_TODAY.test(m.evidence[0]!.sentence)) ??
    meetings[meetings.length - 1]!;
  for (const id of ids) if (!target.participants.includes(id) && !target.others.includes(id)) target.others.push(id);
}

interface SentenceDay {
  at: number;
  index: number;
  persons: Set<string>;
  iso: string;
  meeting: boolean;
}

/** meetings reported as past or to come, which the report's day does not date */
const NOT_TODAY =
  /\b(had|last|previous(?:ly)?|ago|once|former|will|would|plans?|to meet|first met)\b|\bearlier\b(?! in the day| today| on)/i;

/**
 * An undated meeting of the report's own days ("The Minister met X and Y in separate meetings") takes the day
 * of a sentence that names all its people with a day ("A and B called on Wednesday for …"), else the day of
 * the first sentence that names one of them meeting someone ("X held a series of meetings on 8 July"), in
 * the week before the report.
 */
function dateFromReport(ms: MeetingFact[], days: SentenceDay[], ref: string | null): void {
  if (!ref) return;
  const refDay = Date.parse(ref.slice(0, 10));
  const recent = days.filter((d) => refDay - Date.parse(d.iso) >= 0 && refDay - Date.parse(d.iso) <= 7 * 86400000);
  for (const m of ms) {
    if (m.date || NOT_TODAY.test(m.evidence[0]!.sentence)) continue;
    const all = recent.find((d) => m.participants.every((p) => d.persons.has(p)));
    const lead = recent.find(
      (d) => d.meeting && m.participants.some((p) => d.persons.has(p)) && d.at <= m.evidence[0]!.start,
    );
    // "X warned China on Thursday …" opening the report, then "X spoke after a meeting with Y": the lead's day
    const opening = recent.find(
      (d) => d.index <= 2 && m.participants.some((p) => d.persons.has(p)) && d.at <= m.evidence[0]!.start,
    );
    // "Ruritania and Freedonia agreed on Monday … after talks. X and his counterpart Y met for an hour": the day
    // of the first sentence before it that speaks of the meeting without naming anyone
    const talk = recent.find((d) => d.meeting && d.persons.size === 0 && d.at <= m.evidence[0]!.start);
    const day = all ?? lead ?? opening ?? talk;
    if (day) m.date = day.iso;
  }
}

/**
 * "Later in the day, X paid a call on Z": a meeting reported without a date, and not as a past one,
 * took place on the day of the nearest dated meeting (text order) of one of its people in the week
 * before the report.
 */
function dateFromSameDay(ms: MeetingFact[], ref: string | null): void {
  if (!ref) return;
  const refDay = Date.parse(ref.slice(0, 10));
  // twice: a meeting dated by the first pass can date another
  for (let pass = 0; pass < 2; pass++) {
    const recent = ms.filter(
      (m) =>
        m.date &&
        m.date.length === 10 &&
        refDay - Date.parse(m.date) >= 0 &&
        refDay - Date.parse(m.date) <= 7 * 86400000,
    );
    for (const m of ms) {
      if (m.date) continue;
      const e = m.evidence[0]!;
      if (NOT_TODAY.test(e.sentence) || /\bthen\b/i.test(e.sentence)) continue;
      // "later that day, X met Y": the day of the dated meeting reported just before, whoever met
      const sameDay = /\b(?:the same day|later that day|earlier that day)\b/i.test(e.sentence);
      const near = recent
        .filter(
          (o) => o.participants.some((p) => m.participants.includes(p)) || (sameDay && o.evidence[0]!.start < e.start),
        )
        .sort((a, b) => Math.abs(a.evidence[0]!.start - e.start) - Math.abs(b.evidence[0]!.start - e.start))[0];
      if (near) m.date = near.date;
    }
  }
}

/** One meeting per pair and date: mentions without a date join the dated meeting of the same people. */
function mergeMeetings(ms: MeetingFact[]): MeetingFact[] {
  const out: MeetingFact[] = [];
  const key = (m: MeetingFact) => [...m.participants].sort().join('+');
  for (const m of ms) {
    const same = out.filter((o) => key(o) === key(m));
    // "X and the same three premiers met" in another year is another meeting of the same people
    const recalled = (x: MeetingFact) => x.evidence.some((e) => e.rule.startsWith('meeting.same-'));
    const target = same.find((o) => o.date === m.date || ((!o.date || !m.date) && !recalled(o) && !recalled(m)));
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
