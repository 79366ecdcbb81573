/**
 * End-to-end ingest throughput into the local Neo4j: reports/s and relationships/s of
 * `ingestReports` (extract → consolidate → one write transaction per batch of 25 reports, as
 * `diplograph ingest` does) over the
 * generated corpus (bench/corpus.ts, ≥ 2,000 reports made from the seeds with other names,
 * places, dates and outlets), next to the extraction-only rate of the same corpus in the same
 * run, and the Node process's peak memory.
 *
 * The bench uses its own Neo4j data folder (.neo4j/bench-data, free ports; DIPLOGRAPH_BENCH_DATA_DIR
 * overrides it) and empties that database first: it never touches the graph `npm start` serves.
 *
 * Run: `npm run bench -- ingest` (or `node dist/bench/ingest.bench.js [--count N] [--seed S]`).
 */
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.js';
import { emptyBenchGraph, ingestCorpus, openBenchGraph } from './support.js';
import { readReportText } from '../src/input/index.js';
import { extract } from '../src/extract/index.js';
import { BATCH_SIZE } from '../src/cli/ingest.js';
import type { Article } from '../src/model.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const count = arg('count', 2000);
const seed = arg('seed', 1);

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
sampler.unref();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const { graph, neo4j } = await openBenchGraph('bench-data', process.env.DIPLOGRAPH_BENCH_DATA_DIR);
try {
  await emptyBenchGraph(graph);
  await graph.applySchema();

  const corpus = generateCorpus({ count, seed });
  const articles: Article[] = corpus.map((r) => readReportText(r.text, { id: r.file, source: r.file }));
  const words = corpus.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
  console.log(
    `corpus: ${articles.length} reports, ${words} words (generateCorpus({ count: ${count}, seed: ${seed} }))`,
  );

  // Extraction only: the same articles, no graph.
  let t0 = performance.now();
  for (const a of articles) extract(a);
  const extractSeconds = (performance.now() - t0) / 1000;
  console.log(
    `extraction only: ${(articles.length / extractSeconds).toFixed(1)} reports/s (${extractSeconds.toFixed(1)} s)`,
  );

  // End to end: extraction, consolidation and the write transaction of every report, as
  // `diplograph ingest` does; the rate per quarter of the corpus shows how a batch's cost grows
  // as later reports merge into bigger name blocks.
  t0 = performance.now();
  const quarter = Math.max(BATCH_SIZE, Math.floor(articles.length / 4));
  const quarters: { upTo: number; seconds: number; reports: number }[] = [];
  let lastMark = t0;
  let lastDone = 0;
  await ingestCorpus(graph, articles, (done) => {
    if (done % quarter < BATCH_SIZE || done === articles.length) {
      const now = performance.now();
      quarters.push({ upTo: done, seconds: (now - lastMark) / 1000, reports: done - lastDone });
      lastMark = now;
      lastDone = done;
    }
  });
  const ingestSeconds = (performance.now() - t0) / 1000;
  const [counts] = (await graph.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  )) as { nodes: number; relationships: number }[];
  const relationships = counts!.relationships;

  console.log('');
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| reports | ${articles.length} |`);
  console.log(
    `| extraction only | ${(articles.length / extractSeconds).toFixed(1)} reports/s (${extractSeconds.toFixed(1)} s) |`,
  );
  console.log(
    `| end-to-end ingest | ${(articles.length / ingestSeconds).toFixed(1)} reports/s (${ingestSeconds.toFixed(1)} s) |`,
  );
  console.log(
    `| end-to-end by quarter | ${quarters.map((q) => `${q.upTo - q.reports + 1}–${q.upTo}: ${(q.reports / q.seconds).toFixed(1)}/s`).join(', ')} |`,
  );
  console.log(
    `| relationships written | ${(relationships / ingestSeconds).toFixed(0)} relationships/s (${relationships} in the final graph, ${counts!.nodes} nodes) |`,
  );
  console.log(
    `| Cypher statements | ${graph.queryCount} (${(graph.queryCount / articles.length).toFixed(1)} per report) |`,
  );
  console.log(`| peak memory (Node) | heap ${mb(peakHeap)}, RSS ${mb(process.resourceUsage().maxRSS * 1024)} |`);
} finally {
  clearInterval(sampler);
  await graph.close();
  await neo4j.stop();
}
