/**
 * A Cypher script that rebuilds the graph in an empty database: one statement per line (no raw
 * newline inside a statement, so a runner may split on lines), run by cypher-shell
 * (`cypher-shell -f graph.cypher`) or `diplograph`'s tests. Nodes are created in batches with a
 * temporary label and id (as APOC's export does), relationships matched through them, and the
 * temporary label, id and constraint removed at the end. Values keep their Neo4j types (1.0 stays
 * a FLOAT, dates stay DATEs).
 */
import type { Graph } from '../../graph/driver.js';
import { streamNodes, streamRelationships, type ExportOptions } from '../../graph/export.js';
import type { Sink } from '../output.js';
import { asText, type PropType } from '../values.js';
import type { Progress } from '../index.js';

export const IMPORT_LABEL = '_DiplographImport';
export const IMPORT_ID = '_importId';
const BATCH_ROWS = 100;
const BATCH_CHARS = 16_000;

export const quoteName = (name: string) => `\`${name.replace(/`/g, '``')}\``;

function scalar(value: unknown, type: PropType['type']): string {
  if (value === null || value === undefined) return 'null';
  switch (type) {
    case 'integer':
      return asText(value);
    case 'float': {
      const n = value as number;
      if (Number.isNaN(n)) return '(0.0/0.0)';
      if (!Number.isFinite(n)) return n > 0 ? '(1.0/0.0)' : '(-1.0/0.0)';
      return Number.isInteger(n) ? n.toFixed(1) : String(n);
    }
    case 'boolean':
      return value ? 'true' : 'false';
    case 'date':
    case 'datetime':
    case 'localdatetime':
    case 'time':
    case 'localtime':
    case 'duration':
      return `${type}(${JSON.stringify(asText(value))})`;
    case 'point':
      return `point(${map(value as Record<string, unknown>, {})})`;
    default:
      return JSON.stringify(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** A Cypher literal of a property value of the given type. */
export function literal(value: unknown, type: PropType = { type: 'string', list: false }): string {
  if (type.list && Array.isArray(value)) return `[${value.map((v) => scalar(v, type.type)).join(', ')}]`;
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  if (!type.list && typeof value === 'number' && type.type === 'string') return String(value);
  return scalar(value, type.type);
}

/** A Cypher map literal of properties with their types (numbers without a type stay as they are). */
export function map(props: Record<string, unknown>, types: Record<string, PropType>): string {
  const entries = Object.entries(props).map(([k, v]) => {
    const t = types[k] ?? {
      type: typeof v === 'number' ? 'integer' : typeof v === 'boolean' ? 'boolean' : 'string',
      list: Array.isArray(v),
    };
    return `${quoteName(k)}: ${literal(v, t)}`;
  });
  return `{${entries.join(', ')}}`;
}

/** Groups consecutive rows with the same key into batches bounded in rows and characters. */
class Batcher {
  private key = '';
  private rows: string[] = [];
  private chars = 0;
  constructor(private readonly flush: (key: string, rows: string[]) => Promise<void>) {}

  async add(key: string, row: string): Promise<void> {
    if (
      this.rows.length &&
      (key !== this.key || this.rows.length >= BATCH_ROWS || this.chars + row.length > BATCH_CHARS)
    )
      await this.end();
    this.key = key;
    this.rows.push(row);
    this.chars += row.length;
  }

  async end(): Promise<void> {
    if (this.rows.length) await this.flush(this.key, this.rows);
    this.rows = [];
    this.chars = 0;
  }
}

export async function writeCypher(graph: Graph, sink: Sink, options: ExportOptions, progress: Progress): Promise<void> {
  const label = quoteName(IMPORT_LABEL);
  const id = quoteName(IMPORT_ID);
  await sink.write(
    `// Diplograph graph export: rebuilds the graph in an empty Neo4j 5 database (cypher-shell -f FILE).\n` +
      `CREATE CONSTRAINT diplograph_import_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.${id} IS UNIQUE;\n`,
  );
  const nodes = new Batcher(async (labels, rows) =>
    sink.write(`UNWIND [${rows.join(', ')}] AS row CREATE (n${labels}:${label}) SET n = row;\n`),
  );
  for await (const n of streamNodes(graph, options)) {
    const props = { ...n.properties, [IMPORT_ID]: n.eid };
    await nodes.add(n.labels.map((l) => `:${quoteName(l)}`).join(''), map(props, n.types));
    progress.node();
  }
  await nodes.end();
  const rels = new Batcher(async (type, rows) =>
    sink.write(
      `UNWIND [${rows.join(', ')}] AS row MATCH (a:${label} {${id}: row.s}) MATCH (b:${label} {${id}: row.e}) ` +
        `CREATE (a)-[r:${type}]->(b) SET r = row.p;\n`,
    ),
  );
  for await (const r of streamRelationships(graph, options)) {
    await rels.add(
      quoteName(r.type),
      `{s: ${literal(r.start)}, e: ${literal(r.end)}, p: ${map(r.properties, r.types)}}`,
    );
    progress.relationship();
  }
  await rels.end();
  await sink.write(
    `MATCH (n:${label}) CALL { WITH n REMOVE n:${label}, n.${id} } IN TRANSACTIONS OF 10000 ROWS;\n` +
      `DROP CONSTRAINT diplograph_import_id IF EXISTS;\n`,
  );
}
