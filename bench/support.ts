/**
 * What the benchmarks share: a Neo4j of their own (free ports, a data folder apart from the one
 * `npm start` serves), emptying it, and writing the corpus through the ingest pipeline.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { Graph } from '../src/graph/driver.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j/index.js';
import { freePort } from '../src/neo4j/net.js';
import { ROOT } from '../src/paths.js';
import { defaultWorkers, ingestStream, type IngestSummary, type StreamProgress, type Task } from '../src/pipeline.js';
import { BATCH_SIZE } from '../src/cli/ingest.js';
import { corpusReports } from './corpus.js';

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

/**
 * Deletes everything in batches (a big graph at once would pass Neo4j's transaction memory limit):
 * relationships first, 10,000 per transaction, so that a head of state's thousands of MENTIONS do
 * not all go in the transaction that deletes the node; then the nodes.
 */
export async function emptyBenchGraph(graph: Graph): Promise<void> {
  await graph.autoCommit('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await graph.autoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** The corpus as pipeline tasks, generated as the workers ask for them. */
export function* corpusTasks(count: number, seed: number, first = count): Generator<Task> {
  let n = 0;
  for (const r of corpusReports({ count, seed })) {
    if (n++ >= first) return;
    yield { kind: 'text', input: r.file, text: r.text, meta: { id: r.file, source: r.file } };
  }
}

/**
 * Writes the corpus as `diplograph ingest` does (the same pipeline: worker threads extract,
 * batches of BATCH_SIZE reports are written in order), printing progress every minute.
 */
export async function ingestCorpus(
  graph: Graph,
  count: number,
  seed = 1,
  onProgress: (p: StreamProgress) => void = () => {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  let written = 0;
  const progress = setInterval(
    () => console.log(`  … ${written}/${count} reports ingested (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
    60_000,
  );
  try {
    return await ingestStream(graph, corpusTasks(count, seed), {
      workers: defaultWorkers(),
      batchSize: BATCH_SIZE,
      onProgress: (p) => {
        written = p.written;
        onProgress(p);
      },
    });
  } finally {
    clearInterval(progress);
  }
}
