import {
  anchoredMatch,
  batchedPageQuery,
  bestPerson,
  lookupExpr,
  nameLookup,
  namedOutlet,
  normName,
  pageQuery,
  QUOTE,
  type CypherQuery,
  type Page,
} from './cypher.js';

export interface QuoteFilter {
  speaker?: string | null;
  outlet?: string | null;
  topic?: string | null;
  /** Words the quote contains, in its canonical text or any outlet's wording (case-insensitive). */
  contains?: string | null;
}

/** Quotes, most widely reported first. */
export function quotes(filter: QuoteFilter, page: Page): CypherQuery {
  const lets: string[] = [];
  const conds: string[] = [];
  const anchors: string[] = [];
  const speaker = filter.speaker ? nameLookup('speaker', filter.speaker) : { speaker: null };
  const outlet = filter.outlet ? nameLookup('outlet', filter.outlet) : { outlet: null };
  if (filter.speaker) {
    lets.push(`${bestPerson(...lookupExpr('speaker', speaker))} AS speaker`);
    anchors.push('(speaker)-[:SAID]->(q:Quote)');
  }
  if (filter.outlet) {
    lets.push(`${namedOutlet(...lookupExpr('outlet', outlet))} AS outlet`);
    anchors.push('(outlet)-[:REPORTED]->(q:Quote)');
  }
  if (filter.topic)
    conds.push('EXISTS { (q)-[:ABOUT]->(t:Topic) WHERE toLower(t.name) = $topic OR toLower(t.id) = $topic }');
  if (filter.contains)
    conds.push(
      '(toLower(q.text) CONTAINS $contains OR any(w IN coalesce(q.wordings, []) WHERE toLower(w) CONTAINS $contains))',
    );
  return {
    cypher: pageQuery(
      lets.length ? `WITH ${lets.join(', ')}` : '',
      // The speaker's quotes (else the outlet's) are read from that node; a second anchor is a test.
      anchoredMatch('q', 'Quote', anchors[0] ?? null, [...anchors.slice(1), ...conds]),
      'q, COUNT { (:Article)-[:SUPPORTS]->(q) } AS sources',
      'sources DESC, q.firstReported, q.id',
      QUOTE('q'),
    ),
    params: {
      ...speaker,
      ...outlet,
      topic: filter.topic ? normName(filter.topic) : null,
      contains: filter.contains ? normName(filter.contains) : null,
      ...page,
    },
  };
}

/** Quotes by id, for the loader. */
export function quotesByIds(ids: readonly string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id MATCH (q:Quote {id: id}) RETURN id, ${QUOTE('q')} AS quote`, params: { ids } };
}

/** For each person id, the quotes they said, most widely reported first. */
export function quotesOfPeople(ids: readonly string[], page: Page): CypherQuery {
  return {
    cypher: batchedPageQuery(
      'MATCH (p:Person {id: id})',
      'MATCH (p)-[:SAID]->(q:Quote)',
      'q, COUNT { (:Article)-[:SUPPORTS]->(q) } AS sources',
      'sources DESC, q.firstReported, q.id',
      QUOTE('q'),
    ),
    params: { ids, ...page },
  };
}
