import { MEETING, PAGE, type CypherQuery, type Page } from './cypher.js';

/**
 * Meetings whose reports disagree on a detail (two or more `Detail`s with the same field), most
 * recent first. The disagreements themselves are read off each meeting's details.
 */
export function disagreeingMeetings(page: Page): CypherQuery {
  const match =
    'MATCH (m:Meeting) WHERE EXISTS { MATCH (m)-[:HAS_DETAIL]->(d1:Detail), (m)-[:HAS_DETAIL]->(d2:Detail) WHERE d1.field = d2.field AND d1 <> d2 }';
  return {
    cypher: `RETURN COUNT { ${match} } AS total,
  COLLECT { ${match} WITH m ORDER BY m.date DESC, m.id ${PAGE} RETURN ${MEETING('m')} } AS items`,
    params: { ...page },
  };
}
