/**
 * The whole graph as plain data, in a stable order: for `diplograph export`, backups, and tests
 * that compare two graphs (ingest order, re-ingest, remove + ingest).
 */
import type { Graph, Row } from './driver.js';

export interface ExportedNode {
  labels: string[];
  properties: Row;
}
export interface ExportedRelationship {
  type: string;
  start: string;
  end: string;
  properties: Row;
}
export interface GraphExport {
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

export interface ExportOptions {
  /** Property names to leave out (e.g. `ingestedAt`, which differs between two ingests of one report). */
  omit?: string[];
  /** Leave out the article texts (large). */
  withoutText?: boolean;
}

function sortKeys(obj: Row, omit: Set<string>): Row {
  return Object.fromEntries(
    Object.keys(obj)
      .filter((k) => !omit.has(k))
      .sort()
      .map((k) => [k, obj[k]]),
  );
}

const json = (x: unknown) => JSON.stringify(x);

export async function exportGraph(graph: Graph, options: ExportOptions = {}): Promise<GraphExport> {
  const omit = new Set(options.omit ?? []);
  if (options.withoutText) omit.add('text');
  // Lock nodes are how concurrent writers take turns (src/graph/locks.ts), not part of the graph.
  const nodeRows = await graph.read('MATCH (n) WHERE NOT n:Lock RETURN labels(n) AS labels, properties(n) AS props');
  const relRows = await graph.read(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props',
  );
  const nodes = nodeRows
    .map((r) => ({ labels: [...(r.labels as string[])].sort(), properties: sortKeys(r.props as Row, omit) }))
    .sort((a, b) => (json(a) < json(b) ? -1 : json(a) > json(b) ? 1 : 0));
  const relationships = relRows
    .map((r) => ({
      type: r.type as string,
      start: r.start as string,
      end: r.end as string,
      properties: sortKeys(r.props as Row, omit),
    }))
    .sort((a, b) => (json(a) < json(b) ? -1 : json(a) > json(b) ? 1 : 0));
  return { nodes, relationships };
}

/** The export as Cypher statements that recreate the graph (values as literals: this is a dump, not a query). */
export function toCypher(data: GraphExport): string {
  const lit = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
    if (typeof v === 'string') return JSON.stringify(v).replace(/\\u/g, '\\u');
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return lit(JSON.stringify(v));
  };
  const map = (props: Row) =>
    `{${Object.entries(props)
      .map(([k, v]) => `\`${k}\`: ${lit(v)}`)
      .join(', ')}}`;
  const lines = data.nodes.map((n) => `CREATE (:${n.labels.map((l) => `\`${l}\``).join(':')} ${map(n.properties)});`);
  for (const r of data.relationships) {
    lines.push(
      `MATCH (a {id: ${lit(r.start)}}), (b {id: ${lit(r.end)}}) CREATE (a)-[:\`${r.type}\` ${map(r.properties)}]->(b);`,
    );
  }
  return lines.join('\n') + '\n';
}
