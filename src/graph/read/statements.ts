import {
  anchoredMatch,
  batchedPageQuery,
  bestPerson,
  lookupExpr,
  nameLookup,
  normName,
  pageQuery,
  STATEMENT,
  where,
  type CypherQuery,
  type Page,
} from './cypher.js';

export interface StatementFilter {
  speaker?: string | null;
  topic?: string | null;
}

const topicCond = 'EXISTS { (s)-[:ABOUT]->(t:Topic) WHERE toLower(t.name) = $topic OR toLower(t.id) = $topic }';
const ORDER = 'sources DESC, s.text, s.id';
const BIND = 's, COUNT { (:Article)-[:SUPPORTS]->(s) } AS sources';

/** Positions people stated, most widely reported first. */
export function statements(filter: StatementFilter, page: Page): CypherQuery {
  const conds: string[] = [];
  if (filter.topic) conds.push(topicCond);
  const speaker = filter.speaker ? nameLookup('speaker', filter.speaker) : { speaker: null };
  return {
    cypher: pageQuery(
      filter.speaker ? `WITH ${bestPerson(...lookupExpr('speaker', speaker))} AS speaker` : '',
      anchoredMatch('s', 'Position', filter.speaker ? '(speaker)-[:STATED]->(s:Position)' : null, conds),
      BIND,
      ORDER,
      STATEMENT('s'),
    ),
    params: {
      ...speaker,
      topic: filter.topic ? normName(filter.topic) : null,
      ...page,
    },
  };
}

/** For each person id, the positions they stated. */
export function statementsOfPeople(ids: readonly string[], topic: string | null | undefined, page: Page): CypherQuery {
  return {
    cypher: batchedPageQuery(
      'MATCH (p:Person {id: id})',
      `MATCH (p)-[:STATED]->(s:Position) ${where(topic ? [topicCond] : [])}`,
      BIND,
      ORDER,
      STATEMENT('s'),
    ),
    params: { ids, topic: topic ? normName(topic) : null, ...page },
  };
}
