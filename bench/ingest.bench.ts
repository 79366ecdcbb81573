/**
 * End-to-end ingest throughput into the local Neo4j over the news-like corpus (bench/corpus.ts:
 * events reported by several outlets, names drawn Zipf-like), through the pipeline
 * `diplograph ingest` uses: worker threads read and extract, the main thread writes batches of
 * 25 reports in order behind them. In the same run, the extraction-only rate of the same corpus
 * through the same workers (no graph): their ratio says what the graph costs. The rate of each
 * tenth of the corpus says whether a report costs more as the graph grows; the peak RSS of this
 * process (main thread and workers) whether memory grows with the corpus.
 *
 * The bench uses its own Neo4j data folder (.neo4j/bench-data, free ports; DIPLOGRAPH_BENCH_DATA_DIR
 * overrides it) and empties that database first: it never touches the graph `npm start` serves.
 *
 * Run: `npm run bench -- ingest [--count N] [--workers W] [--seed S] [--batch B] [--compare W0]
 * [--no-extract-only] [--extract-count N] [--profile]`. `--extract-count N` measures extraction only on the
 * first N reports. `--profile` prints where the write time went, by statement. `--compare W0` also ingests the corpus with W0 workers (into an emptied
 * graph) and reports the speed-up of W over W0. The last line is `BENCH {json}`.
 */
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { corpusTasks, emptyBenchGraph, openBenchGraph } from './support.js';
import { BATCH_SIZE } from '../src/cli/ingest.js';
import { defaultWorkers, ExtractionPool, ingestStream, type IngestSummary } from '../src/pipeline.js';
import type { Graph } from '../src/graph/driver.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const count = arg('count', 20_000);
const seed = arg('seed', 1);
const workers = arg('workers', defaultWorkers());
const batchSize = arg('batch', BATCH_SIZE);
const compare = arg('compare', 0);
const extractOnly = !process.argv.includes('--no-extract-only');
const profile = process.argv.includes('--profile');
const PROFILE_TOP = arg('profile-top', 15);
/** Extraction only on the first N reports (default all): on a busy machine, the baseline in less time. */
const extractCount = arg('extract-count', count);
for (const [name, v, min] of [
  ['count', count, 10],
  ['workers', workers, 1],
  ['batch', batchSize, 1],
  ['extract-count', extractCount, 1],
] as const)
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} takes a whole number of ${min} or more, not ${v}`);

const mb = (bytes: number) => Math.round(bytes / 1048576);
let rssNow = 0;
const sampler = setInterval(() => (rssNow = Math.max(rssNow, process.memoryUsage().rss)), 250);
sampler.unref();

/** Workers started and warmed up (compromise loaded in each) before any clock starts. */
async function warmPool(n: number): Promise<ExtractionPool> {
  const pool = new ExtractionPool(n);
  const tasks = [];
  for (const t of corpusTasks(n, seed + 1000)) tasks.push(pool.run(t));
  await Promise.all(tasks);
  return pool;
}

async function extractionOnly(pool: ExtractionPool): Promise<number> {
  const t0 = performance.now();
  const n = Math.min(count, extractCount);
  const s = await ingestStream(null, corpusTasks(count, seed, n), { workers: pool.size, batchSize, pool });
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `extraction only, ${pool.size} worker(s), ${n < count ? `first ${n} reports` : 'all reports'}: ${(s.reports / seconds).toFixed(1)} reports/s (${seconds.toFixed(0)} s)`,
  );
  return s.reports / seconds;
}

interface EndToEnd {
  perSec: number;
  /** CPU time per report written: Neo4j's process (null when it is not a local one) and this process (all threads). */
  neo4jCpuMs: number | null;
  nodeCpuMs: number;
  seconds: number;
  tenths: number[];
  rssByTenthMb: number[];
  summary: IngestSummary;
}

async function endToEnd(graph: Graph, pool: ExtractionPool): Promise<EndToEnd> {
  await emptyBenchGraph(graph);
  await graph.applySchema();
  const t0 = performance.now();
  const marks: { at: number; done: number; rss: number; cpu: number | null }[] = [];
  const tenth = count / 10;
  let written = 0;
  const minute = setInterval(
    () =>
      console.log(
        `  … ${written} of ${count} written (${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)} MB, load ${os.loadavg()[0]!.toFixed(1)})`,
      ),
    60_000,
  );
  rssNow = 0;
  const neo4jCpu0 = neo4jCpuSeconds();
  const nodeCpu0 = process.cpuUsage();
  let summary: IngestSummary;
  try {
    summary = await ingestStream(graph, corpusTasks(count, seed), {
      workers: pool.size,
      batchSize,
      pool,
      onProgress: (p) => {
        written = p.written;
        while (p.written >= (marks.length + 1) * tenth - 1e-9 && marks.length < 10) {
          const prev = marks[marks.length - 1] ?? { at: t0, done: 0, cpu: neo4jCpu0 };
          const m = { at: performance.now(), done: p.written, rss: rssNow, cpu: neo4jCpuSeconds() };
          const cpuMs =
            m.cpu === null || prev.cpu === null ? '?' : Math.round(((m.cpu - prev.cpu) * 1000) / (m.done - prev.done));
          marks.push(m);
          rssNow = 0;
          // Each tenth as it is reached: a run stopped early still says how far it got and how fast.
          console.log(
            `  tenth ${marks.length}: ${m.done} written, ${((m.done - prev.done) / ((m.at - prev.at) / 1000)).toFixed(1)} reports/s, peak RSS ${mb(m.rss)} MB (main thread heap ${mb(process.memoryUsage().heapTotal)} MB), Neo4j CPU ${cpuMs} ms/report, load ${os.loadavg()[0]!.toFixed(1)}`,
          );
        }
      },
    });
  } finally {
    clearInterval(minute);
  }
  const seconds = (performance.now() - t0) / 1000;
  const neo4jCpu1 = neo4jCpuSeconds();
  const nodeCpu = process.cpuUsage(nodeCpu0);
  const neo4jCpuMs =
    neo4jCpu0 === null || neo4jCpu1 === null ? null : Math.round(((neo4jCpu1 - neo4jCpu0) * 1000) / summary.reports);
  const nodeCpuMs = Math.round((nodeCpu.user + nodeCpu.system) / 1000 / summary.reports);
  console.log(`CPU per report written: Neo4j ${neo4jCpuMs ?? '?'} ms, this process (all threads) ${nodeCpuMs} ms`);
  const tenths = marks.map((m, i) => {
    const prev = i === 0 ? { at: t0, done: 0 } : marks[i - 1]!;
    return Math.round(((m.done - prev.done) / ((m.at - prev.at) / 1000)) * 10) / 10;
  });
  console.log(
    `end to end, ${pool.size} worker(s): ${(summary.reports / seconds).toFixed(1)} reports/s (${seconds.toFixed(0)} s), by tenth ${tenths.join(', ')}`,
  );
  return {
    perSec: summary.reports / seconds,
    neo4jCpuMs,
    nodeCpuMs,
    seconds,
    tenths,
    rssByTenthMb: marks.map((m) => mb(m.rss)),
    summary,
  };
}

const { graph, neo4j } = await openBenchGraph('bench-data', process.env.DIPLOGRAPH_BENCH_DATA_DIR);
try {
  console.log(
    `corpus: ${count} reports (corpusReports({ count: ${count}, seed: ${seed} })), ${workers} extraction worker(s), batches of ${batchSize}; ` +
      `${os.availableParallelism()} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at start`,
  );
  const pool = await warmPool(workers);
  const xOnly = extractOnly ? await extractionOnly(pool) : null;
  if (profile) graph.statementTimes = new Map();
  const e2e = await endToEnd(graph, pool);
  await pool.close();
  if (graph.statementTimes) printProfile(graph.statementTimes, e2e.seconds);
  const [counts] = (await graph.read(
    'CALL () { MATCH (n) WHERE NOT n:Lock RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  )) as { nodes: number; relationships: number }[];
  const statements = graph.queryCount;
  let baseline: { workers: number; extractOnlyPerSec: number | null; endToEndPerSec: number } | null = null;
  if (compare > 0) {
    const other = await warmPool(compare);
    const x0 = extractOnly ? await extractionOnly(other) : null;
    const e0 = await endToEnd(graph, other);
    await other.close();
    baseline = {
      workers: compare,
      extractOnlyPerSec: x0 === null ? null : round(x0),
      endToEndPerSec: round(e0.perSec),
    };
  }
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  const s = e2e.summary;

  console.log('');
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| reports | ${count} (${s.outcomes.added} added, ${s.failures.length} failed) |`);
  if (xOnly !== null) console.log(`| extraction only | ${xOnly.toFixed(1)} reports/s |`);
  console.log(
    `| end to end | ${e2e.perSec.toFixed(1)} reports/s (${e2e.seconds.toFixed(0)} s)${xOnly ? `, ${(e2e.perSec / xOnly).toFixed(2)}× extraction only` : ''} |`,
  );
  console.log(`| by tenth of the corpus (reports/s) | ${e2e.tenths.join(', ')} |`);
  console.log(`| last tenth ÷ first tenth | ${(e2e.tenths[9]! / e2e.tenths[0]!).toFixed(2)} |`);
  console.log(
    `| peak RSS of this process (main thread + workers) | ${peakRssMb} MB; by tenth ${e2e.rssByTenthMb.join(', ')} MB |`,
  );
  console.log(`| graph | ${counts!.nodes} nodes, ${counts!.relationships} relationships |`);
  console.log(`| Cypher statements | ${(statements / count).toFixed(1)} per report |`);
  if (baseline)
    console.log(
      `| ${compare} worker(s) instead | end to end ${baseline.endToEndPerSec} reports/s${baseline.extractOnlyPerSec ? `, extraction only ${baseline.extractOnlyPerSec}` : ''}; speed-up of ${workers} over ${compare}: ${(e2e.perSec / baseline.endToEndPerSec).toFixed(2)}× |`,
    );
  console.log(
    `BENCH ${JSON.stringify({
      bench: 'ingest',
      reports: count,
      workers,
      batch: batchSize,
      extractOnlyPerSec: xOnly === null ? null : round(xOnly),
      endToEndPerSec: round(e2e.perSec),
      ratio: xOnly === null ? null : Math.round((e2e.perSec / xOnly) * 100) / 100,
      tenths: e2e.tenths,
      lastOverFirstTenth: Math.round((e2e.tenths[9]! / e2e.tenths[0]!) * 100) / 100,
      peakRssMb,
      neo4jCpuMsPerReport: e2e.neo4jCpuMs,
      nodeCpuMsPerReport: e2e.nodeCpuMs,
      rssByTenthMb: e2e.rssByTenthMb,
      failures: s.failures.length,
      nodes: counts!.nodes,
      relationships: counts!.relationships,
      statementsPerReport: Math.round((statements / count) * 10) / 10,
      baseline,
      speedup: baseline ? Math.round((e2e.perSec / baseline.endToEndPerSec) * 100) / 100 : null,
      cpus: os.availableParallelism(),
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    })}`,
  );
} finally {
  clearInterval(sampler);
  await graph.close();
  await neo4j.stop();
}

/** CPU seconds the local Neo4j's process has used (Linux /proc; null elsewhere or for a configured NEO4J_URI). */
function neo4jCpuSeconds(): number | null {
  const status = neo4j.local?.status();
  if (!status?.running) return null;
  try {
    const fields = fs.readFileSync(`/proc/${status.state.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** `--profile`: where the end-to-end run's write time went, by statement (client-side, round trip included). */
function printProfile(times: Map<string, { count: number; ms: number }>, seconds: number): void {
  const rows = [...times].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((n, [, t]) => n + t.ms, 0) / 1000;
  console.log(
    `\nstatements: ${total.toFixed(0)} s of ${seconds.toFixed(0)} s end to end; the ${PROFILE_TOP} slowest in total:`,
  );
  for (const [cypher, t] of rows.slice(0, PROFILE_TOP))
    console.log(`  ${(t.ms / 1000).toFixed(1).padStart(7)} s ${String(t.count).padStart(6)}×  ${cypher}`);
}
