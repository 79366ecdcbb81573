/**
 * The read model: for every type of the API, how each of its fields reads the graph (see
 * fields.ts), and the root fields of `Query`. The translator walks these tables; a field the API
 * declares and this model lacks is an error a test catches (test/unit/graph/read/model.test.ts).
 */
import { ARTICLE, ARTICLE_ROOTS, OUTLET, SOURCE } from './articles.js';
import { COUNTRY, COUNTRY_ROOTS } from './countries.js';
import type { RootDef, TypeDef } from './fields.js';
import { DISAGREEMENT, DISAGREEMENT_VALUE, MEETING, MEETING_ROOTS } from './meetings.js';
import { GRAPH_EDGE, NEIGHBOURHOOD, PATH_LINK, PATH_ROOTS, PERSON_PATH } from './paths.js';
import { PEOPLE_ROOTS, PERSON, PERSON_MET, ROLE_SPAN } from './people.js';
import { OUTLET_REPORT, QUOTE, QUOTE_ROOTS } from './quotes.js';
import { SEARCH_RESULT, SEARCH_ROOTS } from './search.js';
import { STATEMENT, STATEMENT_ROOTS } from './statements.js';

export const TYPES: Readonly<Record<string, TypeDef>> = {
  Person: PERSON,
  PersonMet: PERSON_MET,
  RoleSpan: ROLE_SPAN,
  Country: COUNTRY,
  Meeting: MEETING,
  Disagreement: DISAGREEMENT,
  DisagreementValue: DISAGREEMENT_VALUE,
  Quote: QUOTE,
  OutletReport: OUTLET_REPORT,
  Statement: STATEMENT,
  Article: ARTICLE,
  Outlet: OUTLET,
  Source: SOURCE,
  SearchResult: SEARCH_RESULT,
  PersonPath: PERSON_PATH,
  PathLink: PATH_LINK,
  Neighbourhood: NEIGHBOURHOOD,
  GraphEdge: GRAPH_EDGE,
};

export const ROOTS: Readonly<Record<string, RootDef>> = {
  ...PEOPLE_ROOTS,
  ...COUNTRY_ROOTS,
  ...MEETING_ROOTS,
  ...QUOTE_ROOTS,
  ...STATEMENT_ROOTS,
  ...ARTICLE_ROOTS,
  ...SEARCH_ROOTS,
  ...PATH_ROOTS,
};
