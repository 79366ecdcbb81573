/** The shapes the read queries return (see the projections in `cypher.ts`). */

export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  country: string | null;
}

export interface ParticipantRow extends PersonRow {
  /** `principal` or `delegation`. */
  role: string;
}

export interface OutletRow {
  id: string;
  name: string;
  aliases: string[];
}

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  dateline: string | null;
  source: string | null;
  outlet: OutletRow | null;
}

export interface DetailRow {
  id: string;
  field: string;
  value: string | null;
}

interface Reported {
  confidence: number | null;
  firstReported: string | null;
  lastReported: string | null;
  sourceCount: number;
  topics: string[];
}

export interface MeetingRow extends Reported {
  id: string;
  date: string | null;
  place: string | null;
  durations: string[];
  participants: ParticipantRow[];
  details: DetailRow[];
}

export interface OutletReportRow {
  outlet: OutletRow;
  wordings: string[];
  articleCount: number;
}

export interface QuoteRow extends Reported {
  id: string;
  text: string;
  wordings: string[];
  speaker: PersonRow | null;
  sourceName: string | null;
  reportedBy: OutletReportRow[];
}

export interface StatementRow extends Omit<Reported, 'confidence'> {
  id: string;
  text: string;
  kind: string | null;
  speaker: PersonRow | null;
}

export interface SourceRow {
  article: ArticleRow;
  sentence: string | null;
  wording: string | null;
  rule: string | null;
  confidence: number | null;
}

export interface MetRow {
  person: PersonRow;
  meetings: number;
}
