import {
  bestPerson,
  luceneContains,
  lookupExpr,
  nameLookup,
  normName,
  PAGE,
  PERSON,
  personCandidates,
  type CypherQuery,
  type Page,
} from './cypher.js';

/** The Person a name designates (full name, surname or alias), or no row. */
export function personByName(name: string): CypherQuery {
  const params = nameLookup('name', name);
  return {
    cypher: `WITH ${bestPerson(...lookupExpr('name', params))} AS p WHERE p IS NOT NULL RETURN ${PERSON('p')} AS person`,
    params,
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
  // Candidates from the fulltext index when it can find them all (see cypher.ts), then the same test.
  const lucene = q ? luceneContains(q) : null;
  const cond =
    '$q IS NULL OR toLower(p.name) CONTAINS $q OR any(al IN coalesce(p.aliases, []) WHERE toLower(al) CONTAINS $q)';
  // One pass over the matches (a procedure call cannot open the COUNT subquery of `pageQuery`).
  return {
    cypher: `${personCandidates('p', lucene ? '$lucene' : null, cond)}
WITH p, COUNT { (p)<-[:MENTIONS]-() } AS mentions ORDER BY mentions DESC, p.name, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, [p IN matched[toInteger($skip)..toInteger($skip) + toInteger($limit)] | ${PERSON('p')}] AS items`,
    params: { q, lucene, ...page },
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
