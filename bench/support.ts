/**
 * What the benchmarks share: a Neo4j of their own (free ports, a data folder apart from the one
 * `npm start` serves), emptying it, and writing a corpus the way `diplograph ingest` does.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { Graph } from '../src/graph/driver.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j/index.js';
import { freePort } from '../src/neo4j/net.js';
import { ROOT } from '../src/paths.js';
import { ingestReport, ingestReports } from '../src/pipeline.js';
import { BATCH_SIZE } from '../src/cli/ingest.js';
import type { Article } from '../src/model.js';

/**
 * Starts (or reuses, when NEO4J_BOLT_PORT and NEO4J_HTTP_PORT name the ports it runs on) the
 * bench's own local Neo4j in `.neo4j/<folder>` unless `dataDir` is given.
 */
export async function openBenchGraph(
  folder: string,
  dataDir?: string,
): Promise<{ graph: Graph; neo4j: Neo4jHandle; auth: { user: string; password: string } }> {
  const config = parseConfig({
    ...process.env,
    NEO4J_URI: undefined,
    DIPLOGRAPH_DATA_DIR: dataDir || path.join(ROOT, '.neo4j', folder),
    // Free ports unless given (to reuse a bench Neo4j left running on known ports).
    NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT || String(await freePort()),
    NEO4J_HTTP_PORT: process.env.NEO4J_HTTP_PORT || String(await freePort()),
  });
  const neo4j = await ensureNeo4j(config, { log: (line) => console.log(line) });
  const graph = Graph.forConfig(config, neo4j.uri, { queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  return { graph, neo4j, auth: { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD } };
}

/** Deletes everything, 1,000 nodes per transaction (a big graph at once would pass Neo4j's transaction memory limit). */
export async function emptyBenchGraph(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.write('MATCH (n) WITH n LIMIT 1000 DETACH DELETE n RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) return;
  }
}

/**
 * Writes `articles` as `diplograph ingest` does: BATCH_SIZE reports per transaction, and a batch
 * that fails (e.g. Neo4j's transaction memory limit) written again one report at a time. Prints
 * progress every minute; `afterBatch` hears how many are done.
 */
export async function ingestCorpus(
  graph: Graph,
  articles: Article[],
  afterBatch: (done: number) => void = () => {},
): Promise<void> {
  const t0 = performance.now();
  let done = 0;
  const progress = setInterval(
    () =>
      console.log(
        `  … ${done}/${articles.length} reports ingested (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      ),
    60_000,
  );
  try {
    for (let i = 0; i < articles.length; i += BATCH_SIZE) {
      const batch = articles.slice(i, i + BATCH_SIZE);
      try {
        await ingestReports(graph, batch);
      } catch {
        for (const a of batch) await ingestReport(graph, a);
      }
      done += batch.length;
      afterBatch(done);
    }
  } finally {
    clearInterval(progress);
  }
}
