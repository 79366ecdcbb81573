import { bestPerson, normName, PAGE, pageQuery, PERSON, type CypherQuery, type Page } from './cypher.js';

/** The Person a name designates (full name, surname or alias), or no row. */
export function personByName(name: string): CypherQuery {
  return {
    cypher: `WITH ${bestPerson('$name')} AS p WHERE p IS NOT NULL RETURN ${PERSON('p')} AS person`,
    params: { name: normName(name) },
  };
}

/** People by id, for the loader: one row `{ id, person }` per id found. */
export function peopleByIds(ids: readonly string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN id, ${PERSON('p')} AS person`, params: { ids } };
}

/**
 * People whose name or an alias contains `search` (case-insensitive), most mentioned first;
 * everyone when `search` is empty.
 */
export function people(search: string | null | undefined, page: Page): CypherQuery {
  const q = search ? normName(search) : null;
  const match =
    'MATCH (p:Person) WHERE $q IS NULL OR toLower(p.name) CONTAINS $q OR any(al IN coalesce(p.aliases, []) WHERE toLower(al) CONTAINS $q)';
  return {
    cypher: pageQuery('', match, 'p, COUNT { (p)<-[:MENTIONS]-() } AS mentions', 'mentions DESC, p.name, p.id', PERSON('p')),
    params: { q, ...page },
  };
}

/** For each person id, the people they met (most meetings first) with the number of meetings together. */
export function peopleMet(ids: readonly string[], page: Page): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
RETURN id,
  COUNT { MATCH (p)-[:MET]-(o:Person) WHERE o <> p RETURN DISTINCT o } AS total,
  COLLECT { MATCH (p)-[r:MET]-(o:Person) WHERE o <> p
            WITH o, count(DISTINCT coalesce(r.meetingId, elementId(r))) AS meetings
            ORDER BY meetings DESC, o.name, o.id ${PAGE}
            RETURN {person: ${PERSON('o')}, meetings: meetings} } AS items`,
    params: { ids, ...page },
  };
}
