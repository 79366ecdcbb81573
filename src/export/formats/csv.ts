/**
 * A folder laid out for `neo4j-admin database import full`: one nodes file per label set
 * (`:ID`, typed property columns, `:LABEL`), one relationships file per type (`:START_ID`,
 * `:END_ID`, `:TYPE`, typed property columns), and `import.sh`, the command that imports it.
 * Node ids are Neo4j element ids (unique whatever the labels); lists are joined by U+001F (the
 * `--array-delimiter` of import.sh), since `;`, the default, occurs in quotes. Empty lists are
 * left out (neo4j-admin reads an empty field as no value).
 */
import fs from 'node:fs';
import { stringify } from 'csv-stringify';
import type { Graph } from '../../graph/driver.js';
import { graphSchema, streamNodes, streamRelationships, type ExportOptions } from '../../graph/export.js';
import { once } from 'node:events';
import { ExportError, type AtomicDir } from '../output.js';
import { widen, type PropType } from '../values.js';
import type { Progress } from '../index.js';

export const ARRAY_DELIMITER = '\u001f';

const ADMIN_TYPES: Record<PropType['type'], string> = {
  string: 'string',
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  localdatetime: 'localdatetime',
  time: 'time',
  localtime: 'localtime',
  duration: 'duration',
  point: 'point',
};

const headerOf = (key: string, t: PropType) => `${key}:${ADMIN_TYPES[t.type]}${t.list ? '[]' : ''}`;
const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_') || '_';

function cell(value: unknown, t: PropType, where: string): string | null {
  if (value === null || value === undefined) return null;
  const one = (v: unknown) => {
    const s = t.type === 'point' || (typeof v === 'object' && v !== null) ? JSON.stringify(v) : String(v);
    if (t.list && s.includes(ARRAY_DELIMITER))
      throw new ExportError(`${where} has a list value containing U+001F, the array delimiter of the CSV bundle`);
    return s;
  };
  if (Array.isArray(value)) return value.length ? value.map(one).join(ARRAY_DELIMITER) : null;
  return one(value);
}

interface Table {
  columns: { key: string; type: PropType }[];
  out: ReturnType<typeof stringify>;
  file: string;
  closed: Promise<unknown>;
}

function openTable(dir: AtomicDir, file: string, first: string[], columns: Table['columns'], last: string[]): Table {
  const stream = fs.createWriteStream(dir.file(file));
  const out = stringify({ quoted_empty: true, record_delimiter: '\n' });
  out.pipe(stream);
  out.write([...first, ...columns.map((c) => headerOf(c.key, c.type)), ...last]);
  return { columns, out, file, closed: once(stream, 'close') };
}

async function row(table: Table, values: (string | null)[]): Promise<void> {
  if (!table.out.write(values)) await once(table.out, 'drain');
}

export async function writeCsvBundle(
  graph: Graph,
  dir: AtomicDir,
  options: ExportOptions,
  progress: Progress,
): Promise<string[]> {
  const schema = await graphSchema(graph, options);
  const columnsOf = (props: Record<string, PropType[]>) =>
    Object.keys(props)
      .sort()
      .map((key) => ({ key, type: widen(props[key]!) }));
  const nodeTables = new Map<string, Table>();
  schema.nodes.forEach((s, i) => {
    const file = `nodes-${String(i + 1).padStart(2, '0')}-${safeName(s.labels.join('_'))}.csv`;
    nodeTables.set(s.labels.join(':'), openTable(dir, file, [':ID'], columnsOf(s.properties), [':LABEL']));
  });
  const relTables = new Map<string, Table>();
  schema.relationships.forEach((s, i) => {
    const file = `relationships-${String(i + 1).padStart(2, '0')}-${safeName(s.type)}.csv`;
    relTables.set(s.type, openTable(dir, file, [':START_ID', ':END_ID', ':TYPE'], columnsOf(s.properties), []));
  });
  for await (const n of streamNodes(graph, options)) {
    const table = nodeTables.get(n.labels.join(':'));
    if (!table)
      throw new ExportError(`the graph changed during the export: a node with labels ${n.labels.join(':')} appeared`);
    const where = `node ${n.eid}`;
    await row(table, [
      n.eid,
      ...table.columns.map((c) => cell(n.properties[c.key], c.type, where)),
      n.labels.join(ARRAY_DELIMITER),
    ]);
    progress.node();
  }
  for await (const r of streamRelationships(graph, options)) {
    const table = relTables.get(r.type);
    if (!table) throw new ExportError(`the graph changed during the export: a relationship of type ${r.type} appeared`);
    const where = `relationship ${r.eid}`;
    await row(table, [r.start, r.end, r.type, ...table.columns.map((c) => cell(r.properties[c.key], c.type, where))]);
    progress.relationship();
  }
  const tables = [...nodeTables.values(), ...relTables.values()];
  for (const t of tables) t.out.end();
  // Every file is complete and closed before the folder is renamed into place.
  await Promise.all(tables.map((t) => t.closed));
  const nodesArgs = [...nodeTables.values()].map((t) => `--nodes="$here/${t.file}"`);
  const relArgs = [...relTables.values()].map((t) => `--relationships="$here/${t.file}"`);
  fs.writeFileSync(
    dir.file('import.sh'),
    [
      '#!/bin/sh',
      '# Imports this bundle into a new, empty database (default: neo4j) of a stopped Neo4j 5:',
      '#   NEO4J_HOME=/path/to/neo4j sh import.sh [DATABASE]',
      'here=$(cd "$(dirname "$0")" && pwd)',
      // The database name goes first: the --nodes and --relationships options take several files each.
      `exec "\${NEO4J_HOME:?set NEO4J_HOME}/bin/neo4j-admin" database import full "\${1:-neo4j}" --array-delimiter=U+001F --multiline-fields=true \\`,
      ...[...nodesArgs, ...relArgs].map((a, i, all) => `  ${a}${i < all.length - 1 ? ' \\' : ''}`),
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return tables.map((t) => t.file);
}
