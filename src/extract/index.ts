import type { Article, Evidence, Extraction, MeetingFact, QuoteFact, StatementFact } from '../model.js';
import { firstFullDate, findDates } from './dates/resolve.js';
import { findCountries, findOrganizations } from './entities/find.js';
import { coordinatedPair, findDuration, findMeetings, findPlace, joinMeeting } from './meetings/find.js';
import { lexicon } from './data.js';
import { tagText } from './nlp.js';
import { People, type Mention } from './people/index.js';
import { attribute } from './quotes/attribute.js';
import { findQuotes, insideQuotes } from './quotes/find.js';
import { cleanPosition, findStatements, PAIR_SPEAKER } from './statements/find.js';
import { pointsBack, quotePositions, reportedInQuote } from './statements/words.js';
import { sentences as splitSentences, type Sentence } from './text.js';
import { topicsOf } from './topics.js';
import { verbRule } from './rules.js';

/**
 * Extracts people, organizations, countries, quotes, meetings and statements from one article.
 * compromise tags the text once; then, in order: quotations, sentences, people (two passes),
 * and one walk over the sentences that resolves mentions, attributes quotations, and finds
 * meetings and statements, each with its evidence.
 */
export function extract(article: Article): Extraction {
  const text = article.text;
  const quotes = findQuotes(text);
  const sentences = splitSentences(text, tagText(text), insideQuotes(quotes));
  const sentenceAt = indexOf(sentences);
  const people = new People(text);
  for (const s of sentences) people.register(s);

  const firstOffset = new Map<string, number>();
  const countries = findCountries(sentences, firstOffset);
  // the bilateral topic is named after the countries of the report's people first, then the most mentioned
  const firstSeen = (code: string) => firstOffset.get(code) ?? Infinity;
  const weight = new Map(countries.map((c, i) => [c.code, countries.length - i]));
  for (const p of people.list) if (p.country) weight.set(p.country, (weight.get(p.country) ?? 0) + 100);
  const countryNames = [...weight.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .sort((a, b) => firstSeen(a[0]) - firstSeen(b[0]))
    .map(([code]) => (code === 'US' ? 'US' : (countries.find((c) => c.code === code)?.name ?? code)));
  const ref = article.published ?? firstFullDate(text);

  const mentions: Mention[][] = [];
  const quoteFacts: QuoteFact[] = [];
  const statements: StatementFact[] = [];
  const meetings: MeetingFact[] = [];
  let qi = 0;
  let previous: { speaker: string | null; close: number; para: number; sentence: number } | null = null;
  let lastSpeaker: string | null = null;
  let firstPair: [string, string] | null = null;
  // the statement made from the last quotation, which the rest of a quotation split around "she said" joins
  /**
   * The people "the two ministers" means: those of the meeting reported just before (this paragraph or the
   * one before), else of the report's first meeting of that many people.
   */
  const groupOf = (count: number, para: number): string[] | null => {
    const recent = [...meetings].reverse().find((o) => o.participants.length === count);
    if (recent && para - sentences[sentenceAt(recent.evidence[0]!.start)]!.para <= 1) return recent.participants;
    return meetings.find((o) => o.participants.length === count)?.participants ?? null;
  };
  const lastDirect: { sentence: number; statement: StatementFact | null } = { sentence: -1, statement: null };
  const sentenceDays: SentenceDay[] = [];
  const ev = (s: Sentence, rule: string, confidence: number): Evidence => ({
    sentence: s.text,
    start: s.start,
    end: s.end,
    rule,
    confidence,
  });

  for (const s of sentences) {
    const ms = people.mentions(s);
    if (ref) {
      // what each sentence says about the day: who is in it, the first day it gives, whether it speaks of meeting
      const low = s.text.toLowerCase();
      const day =
        /\b(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/.test(
          low,
        )
          ? findDates(withoutClauses(unquoted(s), -1), ref).find((d) => d.iso.length === 10)
          : undefined;
      if (day)
        sentenceDays.push({
          at: s.start,
          index: s.index,
          persons: new Set(ms.filter((m) => m.person && !m.quoted).map((m) => m.person!)),
          iso: day.iso,
          meeting: /\b(met|meet|meets|meeting|meetings|talks|held|hosted|received|visit|summit)\b/.test(low),
        });
    }
    mentions.push(ms);
    let speakerHere: string | null = null;
    // quotations that close in this sentence
    while (qi < quotes.length && sentenceAt(Math.max(quotes[qi]!.open, quotes[qi]!.close - 1)) <= s.index) {
      const q = quotes[qi++]!;
      const a = attribute(q, { sentences, mentions: (i) => mentions[i] ?? [], sentenceAt, previous, lastSpeaker });
      const os = sentences[sentenceAt(q.open)]!;
      quoteFacts.push({
        text: q.text,
        speaker: a.speaker,
        sourceName: a.source,
        topics: [],
        evidence: [ev(os, a.rule, a.confidence)],
      });
      previous = {
        speaker: a.speaker,
        close: q.close,
        para: sentences[sentenceAt(Math.max(q.open, q.close - 1))]!.para,
        sentence: sentenceAt(q.open),
      };
      if (a.speaker) {
        lastSpeaker = a.speaker;
        speakerHere = a.speaker;
        // a quotation split around its attribution ("…,” she said, “…”) or run on over paragraphs states one position
        const last = lastDirect.statement;
        const joined: boolean =
          !!last &&
          last.speaker === a.speaker &&
          lastDirect.sentence === sentenceAt(q.open) &&
          a.rule !== 'quote.continued' &&
          /^\p{Ll}/u.test(q.text);
        const parts = quotePositions(splitQuote(q.text));
        if (joined && last && parts.length) last.position = `${last.position} ${parts.shift()}`.trim();
        let made: StatementFact | null = null;
        for (const part of parts) {
          // a quoted readout "“The minister stressed …”" states the minister's position, not the spokesperson's
          const r = reportedInQuote(part);
          const at = r ? text.indexOf(part.slice(0, 12), q.open) : -1;
          const who =
            r && at >= 0
              ? (mentions[sentenceAt(at)] ?? []).find(
                  (m) => m.person && m.kind !== 'pronoun' && m.start >= at && m.start < at + r.nameEnd,
                )
              : undefined;
          statements.push(
            (made = {
              speaker: who?.person ?? a.speaker,
              position: who ? r!.position : part,
              kind: 'direct',
              topics: [],
              evidence: [ev(os, who ? 'statement.quote-readout' : 'statement.quote', a.confidence)],
            }),
          );
        }
        lastDirect.sentence = sentenceAt(Math.max(q.open, q.close - 1));
        lastDirect.statement = made ?? (joined ? last : null);
      }
    }
    const reported = findStatements(s, ms, text);
    const meetingsBefore = meetings.length;
    const countryOf = (id: string) => people.get(id)?.country ?? null;
    for (const m of findMeetings(s, ms, countryOf)) {
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
      const date =
        m.rule === 'meeting.their'
          ? dates.filter((d) => d.index < rel).pop()
          : (dates.find((d) => d.index >= rel) ?? dates[dates.length - 1]);
      const dur = findDuration(s.text);
      // "the two leaders met": the pair of the report's first meeting, else the first pair named together
      // "the three ministers last met": the report's first meeting of three
      const count =
        m.rule === 'meeting.the-2' ? 2 : m.rule === 'meeting.the-3' ? 3 : m.rule === 'meeting.the-4' ? 4 : 0;
      if (count && m.participants.length < count) {
        const pair = groupOf(count, s.para) ?? (count === 2 ? firstPair : null);
        if (!pair) continue;
        m.participants = [...pair];
      }
      // "A hosted B on Monday. Present were C and D": right after a meeting of named people, those present are
      // its delegation members; after a summit of nobody named ("The summit opened …") they are its participants
      const prior = meetings[meetings.length - 1];
      if (
        m.rule === 'meeting.present' &&
        prior &&
        s.index - sentenceAt(prior.evidence[prior.evidence.length - 1]!.start) <= 2
      ) {
        for (const p of m.participants)
          if (!prior.participants.includes(p) && !prior.others.includes(p)) prior.others.push(p);
        continue;
      }
      // "X and the same three premiers met": X's meeting of four reported before
      const same = /^meeting\.same-(\d+)$/.exec(m.rule);
      if (same) {
        const group = meetings.find(
          (o) => o.participants.includes(m.participants[0]!) && o.participants.length === Number(same[1]) + 1,
        );
        if (!group) continue;
        m.participants = [...group.participants];
      }
      meetings.push({
        participants: [...new Set(m.participants)],
        others: [...m.others],
        date: date?.iso ?? null,
        place: findPlace(s, m.at),
        duration: dur?.text ?? null,
        durationMinutes: dur?.minutes ?? null,
        topics: [],
        evidence: [ev(s, m.rule, 0.85)],
      });
    }
    addDelegation(s, ms, meetings);
    // "X addressed the summit …": X took part in the report's meeting of a group
    joinMeeting(s, ms, meetings);
    firstPair ??= coordinatedPair(s, ms, countryOf);
    const here = meetings.slice(meetingsBefore).find((m) => m.participants.length >= 2);
    for (const st of reported) {
      let speakers = [st.speaker];
      // "the two sides agreed": the pair of this sentence's meeting, else of the report's first meeting
      if (st.speaker === PAIR_SPEAKER) speakers = here?.participants ?? groupOf(2, s.para) ?? firstPair ?? [];
      // "A held talks with B … and agreed to …": an agreement of a meeting is both sides' position
      else if (st.rule === verbRule('agree') && here?.participants.includes(st.speaker)) speakers = here.participants;
      for (const sp of speakers) {
        if (statements.some((o) => o.speaker === sp && o.position === st.position)) continue;
        statements.push({
          speaker: sp,
          position: st.position,
          kind: 'reported',
          topics: [],
          evidence: [ev(s, st.rule, 0.7)],
        });
      }
      if (st.speaker !== PAIR_SPEAKER) speakerHere ??= st.speaker;
    }
    // "The two leaders held talks for about four hours": the duration of the meeting just reported
    const last = meetings[meetings.length - 1];
    if (last && !last.duration && /\b(talks|meeting|met|conversation|session)\b/i.test(s.text)) {
      const dur = findDuration(s.text);
      if (dur) Object.assign(last, { duration: dur.text, durationMinutes: dur.minutes });
    }
    // what a pronoun in the next sentence most likely refers to
    const subject =
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side' && !m.poss) ??
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side');
    people.salient = speakerHere ?? subject?.person ?? people.salient;
  }

  const personIds = new Set(people.list.map((p) => p.id));
  // topics once per distinct quote and statement
  const finalQuotes = dedupeQuotes(quoteFacts);
  for (const q of finalQuotes) q.topics = topicsOf(q.text, countryNames);
  const finalStatements = dedupeStatements(statements);
  for (const st of finalStatements) st.topics = topicsOf(st.position, countryNames);
  const finalMeetings = mergeMeetings(
    meetings.filter((m) => m.participants.length >= 2 && m.participants.every((p) => personIds.has(p))),
  );
  dateFromReport(finalMeetings, sentenceDays, ref);
  dateFromSameDay(finalMeetings, ref);
  for (const m of finalMeetings) m.topics = topicsOf(m.evidence.map((e) => e.sentence).join(' '), countryNames);
  return {
    article,
    people: people.facts(),
    organizations: findOrganizations(sentences, mentions),
    countries,
    quotes: finalQuotes,
    meetings: finalMeetings,
    statements: finalStatements,
  };
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

function indexOf(sentences: Sentence[]): (offset: number) => number {
  return (o) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= o) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
}

/** A quotation of several sentences states several positions; a short one states none on its own. */
function splitQuote(q: string): string[] {
  return q
    .split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|No)\.)(?<=[.!?])\s+(?=[A-Z“"])/)
    .map(cleanPosition)
    .filter(
      (p) =>
        p.split(/\s+/).length >= 5 &&
        p.split(/\s+/).filter((w) => w.length > 3 && !QUOTE_FILLER.has(w.toLowerCase())).length >= 3 &&
        !pointsBack(p),
    );
}
/** words that say little on their own in a quoted sentence: "This is not a threat" states no position */
const QUOTE_FILLER = new Set([
  'this',
  'that',
  'these',
  'those',
  'there',
  'what',
  'which',
  'have',
  'will',
  'would',
  'should',
  'could',
  'must',
  'been',
  'being',
  'with',
  'from',
  'they',
  'them',
  'their',
  'your',
  'ours',
  'also',
  'just',
  'very',
  'only',
  'simply',
  'always',
  'never',
  'does',
  'said',
  'says',
  'here',
  'when',
  'where',
  'than',
  'then',
  'into',
  'about',
]);

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

function dedupeQuotes(qs: QuoteFact[]): QuoteFact[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = `${q.speaker}|${q.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );
/** Near-identical positions of one speaker (a quotation and its reported wording) count once. */
function dedupeStatements(ss: StatementFact[]): StatementFact[] {
  const out: StatementFact[] = [];
  const bySpeaker = new Map<string, { s: StatementFact; w: Set<string> }[]>();
  for (const s of ss) {
    const w = words(s.position);
    const mine = bySpeaker.get(s.speaker) ?? [];
    bySpeaker.set(s.speaker, mine);
    const dup = mine.find((o) => {
      let n = 0;
      for (const x of w) if (o.w.has(x)) n++;
      return n / Math.min(w.size, o.w.size) >= 0.8;
    });
    if (!dup) {
      out.push(s);
      mine.push({ s, w });
    }
    // the longer wording keeps the context of a partial quotation ("X said A and B should “…”")
    else if (s.position.length > dup.s.position.length && s.kind === 'reported') {
      Object.assign(dup.s, { position: s.position, kind: s.kind });
      dup.w = w;
    }
  }
  return out;
}
