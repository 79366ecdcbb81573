/**
 * Reading the whole graph for `diplograph export`, backups, and tests that compare two graphs
 * (ingest order, re-ingest, remove + ingest). Nodes and relationships are streamed from Neo4j
 * (see `Graph.stream`), never collected whole, except by `exportGraph`, the in-memory form the
 * tests compare.
 */
import type { Graph, Row } from './driver.js';
import { parseValueType, typeMap, type PropType } from '../export/values.js';
import { compareStrings } from '../export/sort.js';

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

/** A node as streamed: its element id, labels, properties and their Neo4j types. */
export interface NodeRecord {
  eid: string;
  labels: string[];
  properties: Row;
  types: Record<string, PropType>;
}

/** A relationship as streamed, with both ends by element id and by their `id` property. */
export interface RelationshipRecord {
  eid: string;
  type: string;
  start: string;
  end: string;
  startId: string | null;
  endId: string | null;
  startLabels: string[];
  endLabels: string[];
  properties: Row;
  types: Record<string, PropType>;
}

/** The shape of the graph, aggregated by Neo4j: label sets and relationship types with counts and property types. */
export interface GraphSchema {
  nodes: { labels: string[]; count: number; properties: Record<string, PropType[]> }[];
  relationships: { type: string; count: number; properties: Record<string, PropType[]> }[];
}

// Lock nodes (how concurrent writers take turns, src/graph/locks.ts) and QuoteKey nodes (the keys
// quotes are looked up by, src/graph/consolidate.ts) are not part of the graph.
const NODES = `MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) | [k, valueType(n[k])]] AS types`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b) RETURN elementId(r) AS eid, type(r) AS type,
  elementId(a) AS start, elementId(b) AS end, a.id AS startId, b.id AS endId,
  labels(a) AS startLabels, labels(b) AS endLabels, properties(r) AS props,
  [k IN keys(r) | [k, valueType(r[k])]] AS types`;

function dropOmitted(props: Row, types: Record<string, PropType>, omit: Set<string>): void {
  for (const k of omit) {
    delete props[k];
    delete types[k];
  }
}

export async function* streamNodes(graph: Graph, options: ExportOptions = {}): AsyncGenerator<NodeRecord> {
  const omit = omitted(options);
  for await (const row of graph.stream(NODES)) {
    const properties = row.props as Row;
    const types = typeMap(row.types);
    dropOmitted(properties, types, omit);
    yield { eid: row.eid as string, labels: [...(row.labels as string[])].sort(), properties, types };
  }
}

export async function* streamRelationships(
  graph: Graph,
  options: ExportOptions = {},
): AsyncGenerator<RelationshipRecord> {
  const omit = omitted(options);
  for await (const row of graph.stream(RELATIONSHIPS)) {
    const properties = row.props as Row;
    const types = typeMap(row.types);
    dropOmitted(properties, types, omit);
    yield {
      eid: row.eid as string,
      type: row.type as string,
      start: row.start as string,
      end: row.end as string,
      startId: (row.startId as string | null) ?? null,
      endId: (row.endId as string | null) ?? null,
      startLabels: [...(row.startLabels as string[])].sort(),
      endLabels: [...(row.endLabels as string[])].sort(),
      properties,
      types,
    };
  }
}

/** Label sets, relationship types, their counts and property types (aggregated in Neo4j: small whatever the graph). */
export async function graphSchema(graph: Graph, options: ExportOptions = {}): Promise<GraphSchema> {
  const omit = omitted(options);
  const setKey = (labels: unknown) => [...(labels as string[])].sort().join(':');
  // Property types per label set (or relationship type); one property may have several types.
  const propertiesBy = (rows: Row[], keyOf: (r: Row) => string) => {
    const out = new Map<string, Record<string, PropType[]>>();
    for (const r of rows) {
      if (omit.has(r.key as string)) continue;
      const props = out.get(keyOf(r)) ?? {};
      props[r.key as string] = (r.types as string[]).map(parseValueType);
      out.set(keyOf(r), props);
    }
    return out;
  };
  const labelSets = await graph.read(
    'MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey WITH labels(n) AS labels RETURN labels, count(*) AS count',
  );
  const nodeProps = propertiesBy(
    await graph.read(
      'MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey UNWIND keys(n) AS key RETURN labels(n) AS labels, key, collect(DISTINCT valueType(n[key])) AS types',
    ),
    (r) => setKey(r.labels),
  );
  const relTypes = await graph.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
  const relProps = propertiesBy(
    await graph.read(
      'MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS types',
    ),
    (r) => r.type as string,
  );
  return {
    nodes: labelSets
      .map((r) => ({
        labels: [...(r.labels as string[])].sort(),
        count: r.count as number,
        properties: nodeProps.get(setKey(r.labels)) ?? {},
      }))
      .sort((a, b) => compareStrings(a.labels.join(':'), b.labels.join(':'))),
    relationships: relTypes
      .map((r) => ({
        type: r.type as string,
        count: r.count as number,
        properties: relProps.get(r.type as string) ?? {},
      }))
      .sort((a, b) => compareStrings(a.type, b.type)),
  };
}

function omitted(options: ExportOptions): Set<string> {
  const omit = new Set(options.omit ?? []);
  if (options.withoutText) omit.add('text');
  return omit;
}

function sortKeys(obj: Row): Row {
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, obj[k]]),
  );
}

/** The node of the stable JSON export: sorted labels, properties by key. */
export function jsonNode(n: NodeRecord): ExportedNode {
  return { labels: n.labels, properties: sortKeys(n.properties) };
}

/** The relationship of the stable JSON export: both ends by their `id` property. */
export function jsonRelationship(r: RelationshipRecord): ExportedRelationship {
  return { type: r.type, start: r.startId as string, end: r.endId as string, properties: sortKeys(r.properties) };
}

/** The whole graph as plain data in a stable order (everything in memory: for tests and small graphs). */
export async function exportGraph(graph: Graph, options: ExportOptions = {}): Promise<GraphExport> {
  const byJson = <T>(items: T[]) =>
    items
      .map((item) => [JSON.stringify(item), item] as const)
      .sort((a, b) => compareStrings(a[0], b[0]))
      .map(([, item]) => item);
  const nodes: ExportedNode[] = [];
  for await (const n of streamNodes(graph, options)) nodes.push(jsonNode(n));
  const relationships: ExportedRelationship[] = [];
  for await (const r of streamRelationships(graph, options)) relationships.push(jsonRelationship(r));
  return { nodes: byJson(nodes), relationships: byJson(relationships) };
}
