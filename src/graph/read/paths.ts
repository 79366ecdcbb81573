import { bestPerson, lookupExpr, nameLookup, PERSON, type CypherQuery } from './cypher.js';

export const MAX_HOPS = 6;
export const MAX_DEPTH = 3;

/**
 * The shortest chain of meetings linking two people. The hop bound cannot be a parameter in
 * Cypher, so it is checked to be an integer in 1..MAX_HOPS before it goes into the text.
 */
export function shortestConnection(from: string, to: string, maxHops: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    throw new RangeError(`maxHops must be 1..${MAX_HOPS}`);
  const params = { ...nameLookup('from', from), ...nameLookup('to', to) };
  return {
    cypher: `WITH ${bestPerson(...lookupExpr('from', params))} AS a, ${bestPerson(...lookupExpr('to', params))} AS b
OPTIONAL MATCH path = shortestPath((a)-[:MET*..${maxHops}]-(b)) WHERE a <> b
RETURN CASE WHEN a IS NULL THEN null ELSE ${PERSON('a')} END AS fromPerson,
  CASE WHEN b IS NULL THEN null ELSE ${PERSON('b')} END AS toPerson,
  a = b AS same,
  [n IN nodes(path) | ${PERSON('n')}] AS people,
  [r IN relationships(path) | {from: startNode(r).id, to: endNode(r).id, meetingId: r.meetingId, date: toString(r.date), place: r.place}] AS links`,
    params,
  };
}

/**
 * One ring of a breadth-first walk over MET: the people met by the frontier and not seen yet.
 * Walking ring by ring visits each person once, where a variable-length pattern would follow
 * every path (people who met many times are linked by many MET edges, one per meeting).
 */
const RING = `CALL (frontier, seen) {
  UNWIND CASE WHEN size(seen) > toInteger($maxOthers) THEN [] ELSE frontier END AS f
  MATCH (f)-[:MET]-(x:Person)
  WITH DISTINCT x WHERE NOT x IN seen
  RETURN collect(x) AS ring
}
WITH c, seen + ring AS seen, ring AS frontier`;

/**
 * The people within `depth` meetings of a person (nearest first), and one edge per pair of them that met (with
 * how many meetings and when), capped at `maxNodes` people: what a client needs to draw the graph.
 */
export function neighbourhood(name: string, depth: number, maxNodes: number): CypherQuery {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new RangeError(`depth must be 1..${MAX_DEPTH}`);
  const lookup = nameLookup('name', name);
  return {
    cypher: `WITH ${bestPerson(...lookupExpr('name', lookup))} AS c
WHERE c IS NOT NULL
WITH c, [c] AS seen, [c] AS frontier
${Array.from({ length: depth }, () => RING).join('\n')}
WITH c, seen[0..toInteger($maxOthers) + 1] AS nodes
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r:MET]->(b:Person) WHERE b IN nodes
  WITH a, b, count(DISTINCT coalesce(r.meetingId, elementId(r))) AS meetings, collect(DISTINCT toString(r.date)) AS dates,
       collect(DISTINCT r.meetingId) AS meetingIds
  RETURN collect({from: a.id, to: b.id, meetings: meetings, dates: [d IN dates WHERE d IS NOT NULL], meetingIds: [i IN meetingIds WHERE i IS NOT NULL]}) AS edges
}
RETURN ${PERSON('c')} AS center, [n IN nodes | ${PERSON('n')}] AS nodes, edges`,
    params: { ...lookup, maxOthers: maxNodes - 1 },
  };
}
