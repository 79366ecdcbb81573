import type { Article, Extraction, SpeakerTurn, StatementFact } from '../model.js';
import { firstFullDate } from './dates/resolve.js';
import { readDocument, type Document } from './document.js';
import { findCountries, findOrganizations } from './entities/find.js';
import { spokenSpans } from './meetings/quoted.js';
import { ReportMeetings } from './meetings/report.js';
import { People, type Mention } from './people/index.js';
import { matchName } from './people/match.js';
import { DirectSpeech, dedupeQuotes } from './quotes/direct.js';
import { findStatements } from './statements/find.js';
import { dedupeStatements, ReportedSpeech } from './statements/reported.js';
import type { Sentence } from './text.js';
import { topicCountries, topicsOf } from './topics.js';
import { speakerOfLabel, turnFacts } from './transcript.js';

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
  const walk = new Walk(doc, people, article.published ?? firstFullDate(doc.text), article.turns ?? []);
  for (const s of doc.sentences) walk.read(s);
  turnFacts(article, doc, people, walk.direct.quotes, walk.statements);
  return walk.facts(article);
}

/** The state of the walk over a report's sentences. */
class Walk {
  /** the mentions of each sentence read so far */
  readonly mentions: Mention[][] = [];
  readonly statements: StatementFact[] = [];
  readonly meetings: ReportMeetings;
  readonly direct: DirectSpeech;
  readonly reported: ReportedSpeech;

  constructor(
    readonly doc: Document,
    readonly people: People,
    /** the report's day: its publication date, else the first full date it gives */
    readonly ref: string | null,
    /** a transcript's speaker turns */
    turns: readonly SpeakerTurn[] = [],
  ) {
    this.meetings = new ReportMeetings({
      ref,
      countryOf: (id) => people.get(id)?.country ?? null,
      personNamed: (name) => matchName(people.list, name)?.id ?? null,
      sentenceAt: doc.sentenceAt,
      sentences: doc.sentences,
      personIds: () => new Set(people.list.map((p) => p.id)),
      speakerAt: (offset) => {
        const turn = turns.find((t) => offset >= t.body && offset < t.end);
        if (turn) return speakerOfLabel(turn.label, people.list)?.id ?? null;
        return turns.length ? null : this.speechBy(offset);
      },
    });
    this.direct = new DirectSpeech(doc, this.mentions, this.statements);
    this.reported = new ReportedSpeech(this.statements, (para, here) => this.meetings.pairAt(para, here));
  }

  /**
   * A speech's page ("Speech by Minister A at the …", "Remarks by B"): after its first line, "I" and "we" outside
   * quotations are A, as in a transcript's turn ("when I met with your minister B in 2019")
   */
  private speechBy(offset: number): string | null {
    const [first, second] = this.doc.sentences;
    if (!first || !second || offset < second.start || !this.mentions[0]) return null;
    const by = /\b(?:speech|remarks|address|statement|keynote)\s+by\b/i.exec(first.text);
    if (!by) return null;
    const at = first.start + by.index + by[0].length;
    return this.mentions[0].find((m) => m.person && m.kind === 'name' && !m.quoted && m.start >= at)?.person ?? null;
  }

  read(s: Sentence): void {
    const ms = this.people.mentions(s);
    this.mentions.push(ms);
    const quoted = this.direct.closingIn(s);
    const reported = findStatements(s, ms, this.doc.text);
    const here = this.meetings.read(s, ms);
    const said = this.reported.add(s, reported, here);
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
    this.meetings.quoted(spokenSpans(this.doc.quotes, this.direct.quotes));
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
