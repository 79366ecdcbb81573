import { bestPerson, lookup } from './cypher.js';
import { value, type RelationField, type RootDef, type TypeDef } from './fields.js';
import type { Selection } from './select.js';

export const MAX_HOPS = 6;
export const MAX_DEPTH = 3;

/** The person held in a derived value (`at(v)`). */
const personAt = (at: (v: string) => string): RelationField => ({
  kind: 'one',
  type: 'Person',
  from: (v, x) => `WITH ${at(v)} AS ${x}`,
});

/** A chain of meetings (`v`: `{from, to, people, rels}`, the MET edges in order). */
export const PERSON_PATH: TypeDef = {
  from: personAt((v) => `${v}.from`),
  to: personAt((v) => `${v}.to`),
  length: value((v) => `size(${v}.rels)`),
  people: { kind: 'list', type: 'Person', from: (v, x) => `UNWIND ${v}.people AS ${x}` },
  links: {
    kind: 'list',
    type: 'PathLink',
    // Each step joins consecutive people of the chain, whatever the stored direction of its MET edge.
    from: (v, x) =>
      `UNWIND range(0, size(${v}.rels) - 1) AS ${x}_i ` +
      `WITH ${v}.rels[${x}_i] AS ${x}, {from: ${v}.people[${x}_i], to: ${v}.people[${x}_i + 1]} AS ${x}_ends`,
  },
};

/** One step of a chain: its MET edge (`v`) and the people it joins (`v_ends`). */
export const PATH_LINK: TypeDef = {
  from: personAt((v) => `${v}_ends.from`),
  to: personAt((v) => `${v}_ends.to`),
  date: value((v) => `toString(${v}.date)`),
  place: value((v) => `${v}.place`),
  meeting: {
    kind: 'one',
    type: 'Meeting',
    from: (v, x) => `MATCH (${x}:Meeting {id: ${v}.meetingId})`,
  },
};

/**
 * The shortest chain of meetings linking two people (`{fromFound, toFound, path}`: whether each
 * name designates someone, and the chain, null when there is none). The hop bound cannot be a
 * parameter in Cypher, so it is checked to be an integer in 1..MAX_HOPS before it goes into the text.
 */
const connection: RootDef = {
  kind: 'statement',
  build: (f, s, project) => {
    const maxHops = f.args.maxHops as number;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
      throw new RangeError(`maxHops must be 1..${MAX_HOPS}`);
    const x = s.fresh();
    return `WITH ${bestPerson(...lookup(s, f.args.from as string))} AS a, ${bestPerson(...lookup(s, f.args.to as string))} AS b
OPTIONAL MATCH path = shortestPath((a)-[:MET*..${maxHops}]-(b)) WHERE a <> b
WITH a, b, CASE WHEN a = b THEN {from: a, to: b, people: [a], rels: []}
  WHEN path IS NOT NULL THEN {from: a, to: b, people: nodes(path), rels: relationships(path)} END AS ${x}
RETURN {fromFound: a IS NOT NULL, toFound: b IS NOT NULL,
  path: CASE WHEN ${x} IS NULL THEN null ELSE ${project('PersonPath', x, f.of?.PersonPath, s)} END} AS value`;
  },
};

/** A neighbourhood (`v`: `{center, depth, nodes, edges, edgesTruncated}`); edges only when asked for. */
export const NEIGHBOURHOOD: TypeDef = {
  center: personAt((v) => `${v}.center`),
  depth: value((v) => `${v}.depth`),
  nodes: { kind: 'list', type: 'Person', from: (v, x) => `UNWIND ${v}.nodes AS ${x}` },
  edges: { kind: 'list', type: 'GraphEdge', from: (v, x) => `UNWIND ${v}.edges AS ${x}` },
  edgesTruncated: value((v) => `${v}.edgesTruncated`),
};

/** An edge of a neighbourhood, as the statement built it (only the parts asked for). */
export const GRAPH_EDGE: TypeDef = {
  from: value((v) => `${v}.from`),
  to: value((v) => `${v}.to`),
  meetings: value((v) => `${v}.meetings`),
  dates: value((v) => `${v}.dates`),
  meetingIds: value((v) => `${v}.meetingIds`),
};

/**
 * One ring of a breadth-first walk over MET: the people met by the frontier and not seen yet.
 * Walking ring by ring visits each person once, where a variable-length pattern would follow
 * every path (people who met many times are linked by many MET edges, one per meeting).
 */
const ring = (maxOthers: string) => `CALL (frontier, seen) {
  UNWIND CASE WHEN size(seen) > ${maxOthers} THEN [] ELSE frontier END AS f
  MATCH (f)-[:MET]-(x:Person)
  WITH DISTINCT x WHERE NOT x IN seen
  RETURN collect(x) AS ring
}
WITH c, seen + ring AS seen, ring AS frontier`;

/** Which parts of the edges a selection asks for (over every alias of `edges`). */
function edgeParts(selection: Selection | undefined): Set<string> {
  const parts = new Set<string>();
  for (const f of Object.values(selection ?? {})) {
    if (f.field === 'edgesTruncated') parts.add('count');
    if (f.field === 'edges') for (const e of Object.values(f.of?.GraphEdge ?? {})) parts.add(e.field);
    if (f.field === 'edges') parts.add('count');
  }
  return parts;
}

/**
 * The edges among `nodes`: one per pair that met, with how many meetings (and their dates and
 * ids when asked for), most meetings first, then nearest the centre first (the walk's order of
 * `nodes`), at most `maxEdges`; `edgesTruncated` when more pairs met. Pairs are counted and
 * ranked first (by numbers and node references only: sorting thousands of pairs by their ids'
 * text cost more than the rest of the walk); dates and ids are read for the kept pairs only.
 */
function edges(parts: Set<string>, maxEdges: string): string {
  if (!parts.has('count')) return 'WITH c, nodes, [] AS edges, false AS edgesTruncated';
  const fields = [
    'from: a.id, to: b.id, meetings: meetings',
    parts.has('dates')
      ? 'dates: COLLECT { MATCH (a)-[r:MET]->(b) WHERE r.date IS NOT NULL RETURN DISTINCT toString(r.date) AS d ORDER BY d }'
      : '',
    parts.has('meetingIds')
      ? 'meetingIds: COLLECT { MATCH (a)-[r:MET]->(b) WHERE r.meetingId IS NOT NULL RETURN DISTINCT r.meetingId AS i ORDER BY i }'
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  // A MET edge without a meeting id (none are written so) counts as a meeting of its own.
  return `CALL (nodes) {
  UNWIND range(0, size(nodes) - 1) AS rank
  WITH nodes[rank] AS a, rank
  MATCH (a)-[r:MET]->(b:Person) WHERE b IN nodes
  WITH rank, a, b, count(DISTINCT r.meetingId) + count(CASE WHEN r.meetingId IS NULL THEN 1 END) AS meetings
  ORDER BY meetings DESC, rank, elementId(b)
  LIMIT ${maxEdges} + 1
  WITH collect({${fields}}) AS found
  RETURN found[0..${maxEdges}] AS edges, size(found) > ${maxEdges} AS edgesTruncated
}
WITH c, nodes, edges, edgesTruncated`;
}

/**
 * The people within `depth` meetings of a person (nearest first, at most `maxNodes`), and the
 * edges among them when asked for: what a client needs to draw the graph. No row when the name
 * designates nobody.
 */
const neighbourhood: RootDef = {
  kind: 'statement',
  build: (f, s, project) => {
    const depth = f.args.depth as number;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
      throw new RangeError(`depth must be 1..${MAX_DEPTH}`);
    const maxOthers = s.int((f.args.maxNodes as number) - 1);
    const maxEdges = s.int(f.args.maxEdges as number);
    const x = s.fresh();
    return `WITH ${bestPerson(...lookup(s, f.args.name as string))} AS c
WHERE c IS NOT NULL
WITH c, [c] AS seen, [c] AS frontier
${Array.from({ length: depth }, () => ring(maxOthers)).join('\n')}
WITH c, seen[0..${maxOthers} + 1] AS nodes
${edges(edgeParts(f.of?.Neighbourhood), maxEdges)}
WITH {center: c, depth: ${s.param(depth)}, nodes: nodes, edges: edges, edgesTruncated: edgesTruncated} AS ${x}
RETURN ${project('Neighbourhood', x, f.of?.Neighbourhood, s)} AS value`;
  },
};

export const PATH_ROOTS: Record<string, RootDef> = { connection, neighbourhood };
