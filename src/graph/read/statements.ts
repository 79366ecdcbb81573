import { batchedPageQuery, bestPerson, normName, pageQuery, STATEMENT, where, type CypherQuery, type Page } from './cypher.js';

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
  if (filter.speaker) conds.push('(speaker)-[:STATED]->(s)');
  if (filter.topic) conds.push(topicCond);
  return {
    cypher: pageQuery(
      filter.speaker ? `WITH ${bestPerson('$speaker')} AS speaker` : '',
      `MATCH (s:Position) ${where(conds)}`,
      BIND,
      ORDER,
      STATEMENT('s'),
    ),
    params: {
      speaker: filter.speaker ? normName(filter.speaker) : null,
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
