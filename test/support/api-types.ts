/**
 * The GraphQL API's answers as the tests read them: the schema's types (schema/schema.graphql),
 * every field present. A query selects only some fields; a test reads only what it selected.
 */
export interface Named {
  id: string;
  name: string;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

export interface Source {
  sentence: string | null;
  wording: string | null;
  outlet: Named | null;
  article: Article;
}

export interface Disagreement {
  field: string;
  values: { value: string; sources: Source[] }[];
}

export interface Meeting {
  id: string;
  date: string | null;
  place: string | null;
  sourceCount: number;
  durations: string[];
  topics: string[];
  participants: Person[];
  sources: Source[];
  disagreements: Disagreement[];
  cameo: string | null;
}

export interface Quote {
  id: string;
  text: string;
  sourceCount: number;
  speaker: Person | null;
  reportedBy: { outlet: Named; wordings: string[] }[];
  sources: Source[];
}

export interface Statement {
  id: string;
  text: string;
  kind: 'DIRECT' | 'REPORTED' | null;
  speaker: Person | null;
  topics: string[];
  sources: Source[];
  cameo: string | null;
}

export interface Person extends Named {
  met: Connection<{ person: Person; meetings: number }>;
  meetings: Connection<Meeting>;
  roles: string[];
  roleHistory: RoleSpan[];
  country: string | null;
  represents: Country | null;
  wikidataId: string | null;
  cameo: string | null;
}

export interface RoleSpan {
  person: Person;
  role: string;
  country: string | null;
  firstReported: string;
  lastReported: string;
}

export interface Country {
  id: string;
  name: string | null;
  iso2: string | null;
  iso3: string | null;
  isoNumeric: string | null;
  cameo: string | null;
  wikidataId: string | null;
  people: Connection<Person>;
}

export interface Article {
  id: string;
  title: string | null;
  text: string | null;
  published: string | null;
  outlet: Named | null;
  people: Person[];
  meetings: Meeting[];
  quotes: Quote[];
}

export interface PersonPath {
  length: number;
  people: Person[];
  links: { meeting: Meeting | null }[];
}

export interface Neighbourhood {
  nodes: Person[];
  edges: { from: string; to: string; meetings: number; dates: string[]; meetingIds: string[] }[];
  edgesTruncated: boolean;
}

/** The root fields, for `gql<Query>(…)`. */
export interface Query {
  person: Person | null;
  people: Connection<Person>;
  meetings: Connection<Meeting>;
  quotes: Connection<Quote>;
  quote: Quote | null;
  meeting: Meeting | null;
  statements: Connection<Statement>;
  disagreements: Connection<Meeting>;
  article: Article | null;
  connection: PersonPath | null;
  neighbourhood: Neighbourhood;
  holders: RoleSpan[];
  country: Country | null;
  search: { score: number; node: { __typename: string; name?: string } }[];
  ingestReport: { id: string; summary: Record<string, unknown> };
}
