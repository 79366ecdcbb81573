import type { Article, Evidence, Extraction, QuoteFact, StatementFact } from '../model.js';
import { firstFullDate } from './dates/resolve.js';
import { findCountries, findOrganizations } from './entities/find.js';
import { ReportMeetings } from './meetings/report.js';
import { tagText } from './nlp.js';
import { People, type Mention } from './people/index.js';
import { attribute } from './quotes/attribute.js';
import { findQuotes, insideQuotes } from './quotes/find.js';
import { cleanPosition, findStatements, PAIR_SPEAKER } from './statements/find.js';
import { pointsBack, quotePositions, reportedInQuote } from './statements/words.js';
import { sentences as splitSentences, type Sentence } from './text.js';
import { topicsOf } from './topics.js';

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
  const meetings = new ReportMeetings({
    ref,
    countryOf: (id) => people.get(id)?.country ?? null,
    personNamed: (name) => people.match(name)?.id ?? null,
    sentenceAt,
    sentences,
    personIds: () => new Set(people.list.map((p) => p.id)),
  });
  let qi = 0;
  let previous: { speaker: string | null; close: number; para: number; sentence: number } | null = null;
  let lastSpeaker: string | null = null;
  // the statement made from the last quotation, which the rest of a quotation split around "she said" joins
  const lastDirect: { sentence: number; statement: StatementFact | null } = { sentence: -1, statement: null };
  const ev = (s: Sentence, rule: string, confidence: number): Evidence => ({
    sentence: s.text,
    start: s.start,
    end: s.end,
    rule,
    confidence,
  });

  for (const s of sentences) {
    const ms = people.mentions(s);
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
    const here = meetings.read(s, ms);
    for (const st of reported) {
      let speakers = [st.speaker];
      // "the two sides agreed": the pair of this sentence's meeting, else of the report's first meeting
      if (st.speaker === PAIR_SPEAKER) speakers = meetings.pairAt(s.para, here);
      // "A held talks with B … and agreed to …": an agreement of a meeting is both sides' position
      else if (st.rule === 'statement.agree' && here?.participants.includes(st.speaker)) speakers = here.participants;
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
    // what a pronoun in the next sentence most likely refers to
    const subject =
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side' && !m.poss) ??
      ms.find((m) => m.person && !m.quoted && m.kind !== 'side');
    people.salient = speakerHere ?? subject?.person ?? people.salient;
  }

  // topics once per distinct quote and statement
  const finalQuotes = dedupeQuotes(quoteFacts);
  for (const q of finalQuotes) q.topics = topicsOf(q.text, countryNames);
  const finalStatements = dedupeStatements(statements);
  for (const st of finalStatements) st.topics = topicsOf(st.position, countryNames);
  const finalMeetings = meetings.final();
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
