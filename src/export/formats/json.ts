/**
 * The JSON export: `{ "nodes": [...], "relationships": [...] }` in a stable order, byte for byte
 * what `JSON.stringify(exportGraph(...), null, 1)` gives, but streamed: items are sorted by an
 * external sort, so the graph never sits whole in memory.
 */
import {
  jsonNode,
  jsonRelationship,
  streamNodes,
  streamRelationships,
  type ExportOptions,
} from '../../graph/export.js';
import type { Graph } from '../../graph/driver.js';
import type { Sink } from '../output.js';
import { ExternalSorter } from '../sort.js';
import type { Progress } from '../index.js';

/** Writes one sorted array member by member, indented as `JSON.stringify(…, null, 1)` indents it at depth 2. */
async function writeArray(sink: Sink, name: string, lines: AsyncIterable<string>, last: boolean): Promise<void> {
  let first = true;
  for await (const line of lines) {
    const pretty = JSON.stringify(JSON.parse(line), null, 1).replace(/\n/g, '\n  ');
    await sink.write(`${first ? `\n "${name}": [\n  ` : ',\n  '}${pretty}`);
    first = false;
  }
  await sink.write(first ? `\n "${name}": []` : '\n ]');
  await sink.write(last ? '\n}\n' : ',');
}

export async function writeJson(
  graph: Graph,
  sink: Sink,
  options: ExportOptions & { sortChunkChars?: number },
  progress: Progress,
): Promise<void> {
  const nodes = new ExternalSorter(options.sortChunkChars);
  for await (const n of streamNodes(graph, options)) {
    nodes.add(JSON.stringify(jsonNode(n)));
    progress.node();
  }
  await sink.write('{');
  await writeArray(sink, 'nodes', nodes.sorted(), false);
  const relationships = new ExternalSorter(options.sortChunkChars);
  for await (const r of streamRelationships(graph, options)) {
    relationships.add(JSON.stringify(jsonRelationship(r)));
    progress.relationship();
  }
  await writeArray(sink, 'relationships', relationships.sorted(), true);
}
