/** The seed reports ingested into a test graph, the way `diplograph ingest seeds/` does it. */
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { Graph } from '../../src/graph/driver.js';
import { ingestInputs } from '../../src/cli/ingest.js';
import { ROOT } from '../../src/paths.js';

export const SEED_FILES = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(ROOT, 'seeds', f));

export async function ingestSeeds(graph: Graph): Promise<void> {
  const summary = await ingestInputs(graph, SEED_FILES, {});
  assert.deepEqual(summary.failures, []);
}

/**
 * Node counts by label set and relationship counts by type, as Neo4j counts them; the `Lock`
 * nodes concurrent writers take turns on (src/graph/locks.ts) and the `QuoteKey` nodes quotes are
 * looked up by (src/graph/consolidate.ts) are not part of the graph.
 */
export async function graphCounts(
  graph: Graph,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  for (const r of await graph.read(
    'MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN labels(n) AS labels, count(*) AS n',
  ))
    nodes[[...(r.labels as string[])].sort().join(':')] = r.n as number;
  const relationships: Record<string, number> = {};
  for (const r of await graph.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n'))
    relationships[r.type as string] = r.n as number;
  return { nodes, relationships };
}
