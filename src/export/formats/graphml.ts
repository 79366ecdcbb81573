/**
 * GraphML for Gephi, yEd and graph libraries: every property a typed key (`attr.type` boolean,
 * long, double or string; lists as JSON text, temporal values as ISO text), the node labels in
 * `labels` (`:Person`, as Neo4j's APOC writes them), a `label` caption, and the relationship type
 * in `type`. Written as a stream.
 */
import type { Graph } from '../../graph/driver.js';
import { graphSchema, streamNodes, streamRelationships, type ExportOptions } from '../../graph/export.js';
import type { Sink } from '../output.js';
import { widen, type PropType } from '../values.js';
import { caption } from '../captions.js';
import type { Progress } from '../index.js';

const GRAPHML_TYPES: Partial<Record<PropType['type'], string>> = {
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
};

/** Escapes text for XML; characters XML 1.0 forbids (most control characters) become U+FFFD. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function value(v: unknown, t: PropType): string {
  if (t.list || Array.isArray(v) || (typeof v === 'object' && v !== null)) return JSON.stringify(v);
  if (t.type === 'float' && typeof v === 'number' && Number.isInteger(v)) return v.toFixed(1);
  return String(v);
}

interface Key {
  id: string;
  type: PropType;
}

export async function writeGraphml(
  graph: Graph,
  sink: Sink,
  options: ExportOptions,
  progress: Progress,
): Promise<void> {
  const schema = await graphSchema(graph, options);
  const keys = (domain: 'node' | 'edge', props: Record<string, PropType[]>[]) => {
    const all = new Map<string, PropType[]>();
    for (const p of props) for (const [k, types] of Object.entries(p)) all.set(k, [...(all.get(k) ?? []), ...types]);
    const out = new Map<string, Key>();
    [...all.keys()]
      .sort()
      .forEach((k, i) => out.set(k, { id: `${domain === 'node' ? 'n' : 'e'}${i}`, type: widen(all.get(k)!) }));
    return out;
  };
  const nodeKeys = keys(
    'node',
    schema.nodes.map((n) => n.properties),
  );
  const edgeKeys = keys(
    'edge',
    schema.relationships.map((r) => r.properties),
  );
  const keyLine = (id: string, domain: string, name: string, type: string) =>
    `  <key id="${id}" for="${domain}" attr.name="${xml(name)}" attr.type="${type}"/>\n`;
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keyLine('labels', 'node', 'labels', 'string') +
    keyLine('label', 'node', 'label', 'string') +
    keyLine('type', 'edge', 'type', 'string');
  for (const [name, k] of nodeKeys)
    head += keyLine(
      k.id,
      'node',
      name,
      GRAPHML_TYPES[k.type.type] && !k.type.list ? GRAPHML_TYPES[k.type.type]! : 'string',
    );
  for (const [name, k] of edgeKeys)
    head += keyLine(
      k.id,
      'edge',
      name,
      GRAPHML_TYPES[k.type.type] && !k.type.list ? GRAPHML_TYPES[k.type.type]! : 'string',
    );
  await sink.write(`${head}  <graph id="diplograph" edgedefault="directed">\n`);
  const data = (id: string, v: string) => `<data key="${id}">${xml(v)}</data>`;
  const props = (p: Record<string, unknown>, types: Record<string, PropType>, ks: Map<string, Key>) =>
    Object.keys(p)
      .sort()
      .filter((k) => p[k] !== null && p[k] !== undefined && ks.has(k))
      .map((k) => data(ks.get(k)!.id, value(p[k], types[k] ?? ks.get(k)!.type)))
      .join('');
  for await (const n of streamNodes(graph, options)) {
    await sink.write(
      `    <node id="${xml(n.eid)}">${data('labels', n.labels.map((l) => `:${l}`).join(''))}${data('label', caption(n.labels, n.properties))}${props(n.properties, n.types, nodeKeys)}</node>\n`,
    );
    progress.node();
  }
  for await (const r of streamRelationships(graph, options)) {
    await sink.write(
      `    <edge id="${xml(r.eid)}" source="${xml(r.start)}" target="${xml(r.end)}">${data('type', r.type)}${props(r.properties, r.types, edgeKeys)}</edge>\n`,
    );
    progress.relationship();
  }
  await sink.write('  </graph>\n</graphml>\n');
}
