/**
 * The data model every stage shares. Reading turns input into an `Article`; extraction turns an
 * article into an `Extraction` (facts with evidence, ids local to the article); resolution and the
 * graph layer consolidate those facts across articles. No stage reaches into another's internals:
 * they talk through these types.
 */

/** Where a fact comes from inside one article: the sentence, its offsets, the rule and a confidence. */
export interface Evidence {
  /** The sentence (or caption, or headline) that supports the fact, as it stands in `Article.text`. */
  sentence: string;
  /** Character offsets of the sentence in `Article.text` (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** The rule that produced the fact, e.g. `meeting.met-with`, `quote.said-after`. */
  rule: string;
  /** 0..1: how sure the rule is. */
  confidence: number;
}

/** One report, cleaned of boilerplate. All offsets in an `Extraction` refer to `text`. */
export interface Article {
  /**
   * Stable identity of the report across versions: the URL when known, else the file's base
   * name, else a hash of the text. A changed version of the same report keeps its id.
   */
  id: string;
  /** Where it was read from: a path, a URL, `stdin`, or `api`. */
  source: string;
  title: string | null;
  /** Canonical outlet name (see data/outlets.json), or null when unknown. */
  outlet: string | null;
  /** ISO date of publication (YYYY-MM-DD), or null. Not the date of any event. */
  published: string | null;
  url: string | null;
  /** The place of the dateline ("Beijing, Jun. 19, (dpa/GNA) –" gives Beijing), or null. */
  dateline: string | null;
  /** The body: title, captions and paragraphs, with navigation, credits and comment boilerplate removed. */
  text: string;
  /** sha256 of `text`, to tell a changed version from the same one. */
  contentHash: string;
  /** A transcript's speaker turns ("PRESIDENT LEE: …", "Q: …"), in order, offsets into `text`; absent otherwise. */
  turns?: SpeakerTurn[];
}

/** One speaker's turn in a transcript (src/input/turns.ts). */
export interface SpeakerTurn {
  /** the label as written, without its colon ("PRESIDENT LEE", "MODERATOR", "Q") */
  label: string;
  /** the label's start and the turn's end (the next label, or the end of the text) */
  start: number;
  end: number;
  /** where the turn's words begin, after the label */
  body: number;
}

/** Metadata a user gives (record fields, CLI flags, API input). It wins over what is read from the text. */
export interface ArticleMeta {
  id?: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string;
}

export interface PersonFact {
  /** Id local to the extraction (e.g. `p1`); other facts refer to people by it. */
  id: string;
  /** Canonical full name as the report gives it, e.g. "Amara Okafor". */
  name: string;
  /** Every surface form seen in the report: full name, surname, titles used as references. */
  aliases: string[];
  /** Titles and roles, e.g. "US Secretary of State". */
  roles: string[];
  /** ISO 3166-1 alpha-2 code of the country the person represents, or null. */
  country: string | null;
  evidence: Evidence[];
}

export interface OrganizationFact {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  evidence: Evidence[];
}

export interface CountryFact {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  evidence: Evidence[];
}

export interface QuoteFact {
  /** The words inside the quotation marks, without the marks. */
  text: string;
  /** PersonFact id of the speaker, or null when the source is not a person or is unknown. */
  speaker: string | null;
  /** When an organization or medium is the source ("according to CCTV"), its name. */
  sourceName: string | null;
  /** Topic names (data/topics.json). */
  topics: string[];
  evidence: Evidence[];
}

export interface MeetingFact {
  /** PersonFact ids of the principals (two or more). */
  participants: string[];
  /** PersonFact ids of delegation members who took part. */
  others: string[];
  /** ISO date of the meeting (YYYY-MM-DD, or YYYY-MM when only the month is known), or null. */
  date: string | null;
  place: string | null;
  /** Duration as the report words it ("more than five hours"), or null. */
  duration: string | null;
  /** The same in minutes, when it can be read (a lower bound for "more than …"). */
  durationMinutes: number | null;
  topics: string[];
  evidence: Evidence[];
}

export interface StatementFact {
  /** PersonFact id of the speaker. */
  speaker: string;
  /** The position as a short clause, e.g. "the US remains opposed to any unilateral changes to the status quo". */
  position: string;
  /** `direct` when it comes from a quote, `reported` for reported speech. */
  kind: 'direct' | 'reported';
  topics: string[];
  evidence: Evidence[];
}

/** Everything extraction found in one article. */
export interface Extraction {
  article: Article;
  people: PersonFact[];
  organizations: OrganizationFact[];
  countries: CountryFact[];
  quotes: QuoteFact[];
  meetings: MeetingFact[];
  statements: StatementFact[];
}

/** One line of `diplograph extract --format report` (../shared/eval/FORMAT.md, v1). */
export interface ExtractionReport {
  file: string;
  outlet: string | null;
  published: string | null;
  people: { name: string; aliases: string[]; roles: string[] }[];
  meetings: { participants: string[]; others: string[]; date: string | null; place: string | null }[];
  quotes: { speaker: string | null; text: string }[];
  statements: { speaker: string; position: string; topics: string[] }[];
}
