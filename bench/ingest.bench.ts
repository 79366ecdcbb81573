/**
 * End-to-end ingest throughput into the local Neo4j over the news-like corpus (bench/corpus.ts:
 * events reported by several outlets, names drawn Zipf-like), through the pipeline
 * `diplograph ingest` uses: worker threads read and extract, the main thread writes batches of
 * 25 reports in order behind them. In the same run, the extraction-only rate of the same corpus
 * through the same workers (no graph): their ratio says what the graph costs. The rate of each
 * tenth of the corpus says whether a report costs more as the graph grows; the peak RSS of this
 * process (main thread and workers), with the main thread's heap and the workers' heaps apart,
 * whether memory grows with the corpus. Run through `npm run bench`, the process has the main
 * thread heap limit the CLI has (src/pipeline/memory.ts), so it measures what `diplograph ingest`
 * would use (but for the GraphQL and export modules the CLI also loads: about 15 MB of heap).
 *
 * Before any measured run, a warm-up ingests `--warmup N` reports (default 200) of another corpus,
 * not counted: a cold Neo4j (JIT, query plans, page cache) is much slower in its first minutes.
 *
 * The bench uses its own Neo4j data folder (.neo4j/bench-data, free ports; DIPLOGRAPH_BENCH_DATA_DIR
 * overrides it) and empties that database first: it never touches the graph `npm start` serves.
 *
 * Run: `npm run bench -- ingest [--count N] [--workers W] [--seed S] [--batch B] [--compare W0]
 * [--no-extract-only] [--extract-count N] [--warmup N] [--worker-heap-mb M] [--profile] [--heap-snapshots DIR]`.
 * `--extract-count N` measures extraction only on the first N reports. `--profile` prints where the
 * write time went, by statement, with the rows each returned (a statement whose rows per report grow
 * reads more as the graph grows). `--heap-snapshots DIR` writes the main thread's heap after a full
 * GC at tenths 1, 5 and 10 (what stays live; the RSS of such a run is not comparable). `--worker-heap-mb` runs the workers under another heap limit.
 * `--compare W0` runs W and W0 workers alternately, W W0 W0 W, each on fresh workers into an
 * emptied graph, and takes the speed-up of W over W0 from the matched pairs (first with second,
 * fourth with third) and their geometric mean, so that neither configuration gets the warmer Neo4j
 * or the quieter minutes (e.g. `--count 800 --workers 2 --compare 1 --extract-count 200`, a few
 * minutes). The last line is `BENCH {json}`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { performance } from 'node:perf_hooks';
import { corpusTasks, emptyBenchGraph, openBenchGraph } from './support.js';
import { BATCH_SIZE } from '../src/cli/ingest.js';
import { defaultWorkers, ExtractionPool, ingestStream, type IngestSummary } from '../src/pipeline.js';
import { heapLimitMb, MAIN_HEAP_ARGS, MAIN_HEAP_FLAG, WORKER_HEAP_MB } from '../src/pipeline/memory.js';
import type { WorkerHeapPeak } from '../src/pipeline/pool.js';
import type { Graph, StatementTime } from '../src/graph/driver.js';

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
/** `--heap-snapshots DIR`: the main thread's heap written to DIR after a full GC at tenths 1, 5 and 10 of the first run. */
const snapshotAt = process.argv.indexOf('--heap-snapshots');
const snapshotDir = snapshotAt > 0 ? process.argv[snapshotAt + 1] : undefined;
/** Extraction only on the first N reports (default all): on a busy machine, the baseline in less time. */
const extractCount = arg('extract-count', count);
/** Reports of another corpus ingested first and not counted (a cold Neo4j is slower). */
const warmupCount = arg('warmup', Math.min(count, 200));
/** Each worker's heap limit (default the CLI's), to measure another. */
const workerHeapMb = arg('worker-heap-mb', WORKER_HEAP_MB);
for (const [name, v, min] of [
  ['count', count, 10],
  ['workers', workers, 1],
  ['batch', batchSize, 1],
  ['extract-count', extractCount, 1],
  ['warmup', warmupCount, 0],
  ['worker-heap-mb', workerHeapMb, 16],
] as const)
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} takes a whole number of ${min} or more, not ${v}`);

const mb = (bytes: number) => Math.round(bytes / 1048576);
const load = () => os.loadavg()[0]!.toFixed(1);

/** Peaks sampled every 250 ms (RSS of the whole process; the main thread's heap), reset per phase. */
interface Peaks {
  rss: number;
  heapUsed: number;
  heapTotal: number;
}
const zero = (): Peaks => ({ rss: 0, heapUsed: 0, heapTotal: 0 });
let peaks = zero();
/** The RSS peak since the last tenth of an end-to-end run. */
let tenthRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  tenthRss = Math.max(tenthRss, m.rss);
  peaks.rss = Math.max(peaks.rss, m.rss);
  peaks.heapUsed = Math.max(peaks.heapUsed, m.heapUsed);
  peaks.heapTotal = Math.max(peaks.heapTotal, m.heapTotal);
};
const sampler = setInterval(sample, 250);
sampler.unref();
/** Runs `work`, returning the peaks sampled while it ran. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; peaks: Peaks }> {
  const outer = peaks;
  peaks = zero();
  try {
    const value = await work();
    sample();
    return { value, peaks };
  } finally {
    for (const k of ['rss', 'heapUsed', 'heapTotal'] as const) outer[k] = Math.max(outer[k], peaks[k]);
    peaks = outer;
  }
}

/** Workers started and warmed up (compromise loaded in each) before any clock starts. */
async function warmPool(n: number): Promise<ExtractionPool> {
  const pool = new ExtractionPool(n, { heapMb: workerHeapMb });
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
    `extraction only, ${pool.size} worker(s), ${n < count ? `first ${n} reports` : 'all reports'}: ${(s.reports / seconds).toFixed(1)} reports/s (${seconds.toFixed(0)} s), load ${load()}`,
  );
  return s.reports / seconds;
}

interface EndToEnd {
  perSec: number;
  /**
   * CPU time per report written: Neo4j's process (null when it is not a local one), this process
   * (all threads), and its main thread alone (the writer; null off Linux).
   */
  neo4jCpuMs: number | null;
  nodeCpuMs: number;
  mainCpuMs: number | null;
  seconds: number;
  tenths: number[];
  rssByTenthMb: number[];
  summary: IngestSummary;
  /** With `--profile`: the statement times summed up to each tenth's end (one copy per tenth). */
  profileByTenth: StatementTimes[];
}

async function endToEnd(graph: Graph, pool: ExtractionPool, n = count, corpusSeed = seed): Promise<EndToEnd> {
  await emptyBenchGraph(graph);
  await graph.applySchema();
  const t0 = performance.now();
  const marks: { at: number; done: number; rss: number; cpu: number | null; mainCpu: number | null }[] = [];
  const tenth = n / 10;
  let written = 0;
  const minute = setInterval(
    () =>
      console.log(
        `  … ${written} of ${n} written (${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)} MB, load ${load()})`,
      ),
    60_000,
  );
  tenthRss = 0;
  const profileByTenth: StatementTimes[] = [];
  const neo4jCpu0 = neo4jCpuSeconds();
  const nodeCpu0 = process.cpuUsage();
  const mainCpu0 = mainThreadCpuSeconds();
  let summary: IngestSummary;
  try {
    summary = await ingestStream(graph, corpusTasks(n, corpusSeed), {
      workers: pool.size,
      batchSize,
      pool,
      onProgress: (p) => {
        written = p.written;
        while (p.written >= (marks.length + 1) * tenth - 1e-9 && marks.length < 10) {
          const prev = marks[marks.length - 1] ?? { at: t0, done: 0, cpu: neo4jCpu0, mainCpu: mainCpu0 };
          const m = {
            at: performance.now(),
            done: p.written,
            rss: tenthRss,
            cpu: neo4jCpuSeconds(),
            mainCpu: mainThreadCpuSeconds(),
          };
          const perReport = (a: number | null, b: number | null) =>
            a === null || b === null ? '?' : Math.round(((b - a) * 1000) / (m.done - prev.done));
          const cpuMs = perReport(prev.cpu, m.cpu);
          const mainMs = perReport(prev.mainCpu, m.mainCpu);
          marks.push(m);
          if (graph.statementTimes) profileByTenth.push(copyTimes(graph.statementTimes));
          tenthRss = 0;
          const heap = process.memoryUsage();
          // Each tenth as it is reached: a run stopped early still says how far it got and how fast.
          console.log(
            `  tenth ${marks.length}: ${m.done} written, ${((m.done - prev.done) / ((m.at - prev.at) / 1000)).toFixed(1)} reports/s, RSS ${mb(m.rss)} MB (main thread heap ${mb(heap.heapUsed)} of ${mb(heap.heapTotal)} MB, outside it ${mb(heap.external)} MB; workers' largest heap so far ${mb(pool.heapPeak.used)} of ${mb(pool.heapPeak.total)} MB), CPU per report: Neo4j ${cpuMs} ms, main thread ${mainMs} ms; load ${load()}`,
          );
          if (snapshotDir && [1, 5, 10].includes(marks.length)) heapSnapshot(`tenth-${marks.length}`);
        }
      },
    });
  } finally {
    clearInterval(minute);
  }
  const seconds = (performance.now() - t0) / 1000;
  const neo4jCpu1 = neo4jCpuSeconds();
  const nodeCpu = process.cpuUsage(nodeCpu0);
  const mainCpu1 = mainThreadCpuSeconds();
  const mainCpuMs =
    mainCpu0 === null || mainCpu1 === null ? null : Math.round(((mainCpu1 - mainCpu0) * 1000) / summary.reports);
  const neo4jCpuMs =
    neo4jCpu0 === null || neo4jCpu1 === null ? null : Math.round(((neo4jCpu1 - neo4jCpu0) * 1000) / summary.reports);
  const nodeCpuMs = Math.round((nodeCpu.user + nodeCpu.system) / 1000 / summary.reports);
  console.log(
    `CPU per report written: Neo4j ${neo4jCpuMs ?? '?'} ms, this process (all threads) ${nodeCpuMs} ms, its main thread (the writer) ${mainCpuMs ?? '?'} ms`,
  );
  const tenths = marks.map((m, i) => {
    const prev = i === 0 ? { at: t0, done: 0 } : marks[i - 1]!;
    return Math.round(((m.done - prev.done) / ((m.at - prev.at) / 1000)) * 10) / 10;
  });
  console.log(
    `end to end, ${pool.size} worker(s): ${(summary.reports / seconds).toFixed(1)} reports/s (${seconds.toFixed(0)} s), by tenth ${tenths.join(', ')}; load ${load()}`,
  );
  return {
    perSec: summary.reports / seconds,
    neo4jCpuMs,
    nodeCpuMs,
    mainCpuMs,
    seconds,
    tenths,
    rssByTenthMb: marks.map((m) => mb(m.rss)),
    summary,
    profileByTenth,
  };
}

/** One measured run of a configuration: fresh workers, extraction only (unless turned off), then end to end. */
interface Run {
  workers: number;
  xOnly: number | null;
  e2e: EndToEnd;
  peaks: Peaks;
  workerHeap: WorkerHeapPeak;
}

async function measureRun(graph: Graph, n: number): Promise<Run> {
  const { value, peaks: p } = await measured(async () => {
    const pool = await warmPool(n);
    try {
      const xOnly = extractOnly ? await extractionOnly(pool) : null;
      const e2e = await endToEnd(graph, pool);
      return { xOnly, e2e, workerHeap: { ...pool.heapPeak } };
    } finally {
      await pool.close();
    }
  });
  return { workers: n, ...value, peaks: p };
}

/**
 * A run that is not counted, so that no measured run pays for a cold Neo4j (JIT, page cache):
 * a first run on a cold JVM was a third slower than the same run after it.
 */
async function warmUp(graph: Graph): Promise<void> {
  if (warmupCount === 0) return;
  await emptyBenchGraph(graph);
  await graph.applySchema();
  const pool = await warmPool(workers);
  try {
    const t0 = performance.now();
    const s = await ingestStream(graph, corpusTasks(warmupCount, seed + 2000), { workers, batchSize, pool });
    if (s.failures.length) throw new Error(`the warm-up failed: ${s.failures[0]!.input}: ${s.failures[0]!.message}`);
    console.log(
      `warm-up (not counted): ${s.reports} reports of another corpus end to end, ${(s.reports / ((performance.now() - t0) / 1000)).toFixed(1)} reports/s, load ${load()}`,
    );
  } finally {
    await pool.close();
  }
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const ratio2 = (x: number) => Math.round(x * 100) / 100;

const { graph, neo4j } = await openBenchGraph('bench-data', process.env.DIPLOGRAPH_BENCH_DATA_DIR);
try {
  const mainHeapLimitMb = heapLimitMb();
  console.log(
    `corpus: ${count} reports (corpusReports({ count: ${count}, seed: ${seed} })), ${workers} extraction worker(s), batches of ${batchSize}; ` +
      `${os.availableParallelism()} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at start; heap limits: main thread ${mainHeapLimitMb} MB` +
      `${MAIN_HEAP_ARGS.every((a) => process.execArgv.includes(a)) ? ` (${MAIN_HEAP_FLAG}, as the CLI runs)` : ` (not the CLI's ${MAIN_HEAP_FLAG}: run it through npm run bench)`}, each worker ${workerHeapMb} MB`,
  );
  await warmUp(graph);
  // With --compare, the two configurations alternate A B B A, each run on fresh workers into an
  // emptied graph, and the speed-up is taken from the matched pairs (A1/B1, A2/B2): a drift of
  // the machine's load or of Neo4j's warmth weighs on both configurations alike.
  const order = compare > 0 ? [workers, compare, compare, workers] : [workers];
  const runs: Run[] = [];
  for (const [i, n] of order.entries()) {
    if (order.length > 1) console.log(`\nrun ${i + 1} of ${order.length}: ${n} worker(s)`);
    if (profile && i === 0) graph.statementTimes = new Map();
    runs.push(await measureRun(graph, n));
    if (profile && i === 0) {
      printProfile(graph.statementTimes!, runs[0]!.e2e);
      graph.statementTimes = null;
    }
  }
  const main = runs[0]!;
  const { xOnly, e2e } = main;
  const [counts] = (await graph.read(
    'CALL () { MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  )) as { nodes: number; relationships: number }[];
  const statements = graph.queryCount;
  let comparison: {
    order: number[];
    runs: { workers: number; extractOnlyPerSec: number | null; endToEndPerSec: number; peakRssMb: number }[];
    pairRatios: number[];
    extractOnlyPairRatios: number[] | null;
    speedup: number;
  } | null = null;
  let baseline: { workers: number; extractOnlyPerSec: number | null; endToEndPerSec: number } | null = null;
  if (compare > 0) {
    const [a1, b1, b2, a2] = runs as [Run, Run, Run, Run];
    const pairs: [Run, Run][] = [
      [a1, b1],
      [a2, b2],
    ];
    const pairRatios = pairs.map(([a, b]) => a.e2e.perSec / b.e2e.perSec);
    const xRatios = extractOnly ? pairs.map(([a, b]) => a.xOnly! / b.xOnly!) : null;
    comparison = {
      order,
      runs: runs.map((r) => ({
        workers: r.workers,
        extractOnlyPerSec: r.xOnly === null ? null : round(r.xOnly),
        endToEndPerSec: round(r.e2e.perSec),
        peakRssMb: mb(r.peaks.rss),
      })),
      pairRatios: pairRatios.map(ratio2),
      extractOnlyPairRatios: xRatios?.map(ratio2) ?? null,
      speedup: ratio2(geomean(pairRatios)),
    };
    baseline = {
      workers: compare,
      extractOnlyPerSec: extractOnly ? round(mean([b1.xOnly!, b2.xOnly!])) : null,
      endToEndPerSec: round(mean([b1.e2e.perSec, b2.e2e.perSec])),
    };
  }
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  const s = e2e.summary;
  const workerHeap = runs.filter((r) => r.workers === workers).map((r) => r.workerHeap);
  const memory = {
    mainHeapLimitMb,
    workerHeapLimitMb: workerHeapMb,
    // Of the runs with `workers` workers (with --compare, the first and the last).
    peakRssMb: mb(Math.max(...runs.filter((r) => r.workers === workers).map((r) => r.peaks.rss))),
    mainHeapUsedPeakMb: mb(Math.max(...runs.map((r) => r.peaks.heapUsed))),
    mainHeapTotalPeakMb: mb(Math.max(...runs.map((r) => r.peaks.heapTotal))),
    workerHeapUsedPeakMb: mb(Math.max(...workerHeap.map((h) => h.used))),
    workerHeapTotalPeakMb: mb(Math.max(...workerHeap.map((h) => h.total))),
  };

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
    `| peak RSS of this process (main thread + workers) | ${peakRssMb} MB over the whole bench; ${memory.peakRssMb} MB in the ${workers}-worker runs; first run by tenth ${e2e.rssByTenthMb.join(', ')} MB |`,
  );
  console.log(
    `| heaps (peak in use / reserved) | main thread ${memory.mainHeapUsedPeakMb} / ${memory.mainHeapTotalPeakMb} MB (limit ${mainHeapLimitMb}); a worker ${memory.workerHeapUsedPeakMb} / ${memory.workerHeapTotalPeakMb} MB (limit ${workerHeapMb}) |`,
  );
  console.log(`| graph | ${counts!.nodes} nodes, ${counts!.relationships} relationships |`);
  console.log(`| Cypher statements | ${(statements / (count * runs.length + warmupCount)).toFixed(1)} per report |`);
  if (comparison && baseline)
    console.log(
      `| ${workers} against ${compare} worker(s), runs in the order ${order.join(' ')} | end to end ${comparison.runs.map((r) => r.endToEndPerSec).join(', ')} reports/s; speed-up of ${workers} over ${compare} by matched pair ${comparison.pairRatios.join(', ')}, geometric mean ${comparison.speedup}×${comparison.extractOnlyPairRatios ? `; extraction only ${comparison.extractOnlyPairRatios.join(', ')}` : ''} |`,
    );
  console.log(
    `BENCH ${JSON.stringify({
      bench: 'ingest',
      reports: count,
      workers,
      batch: batchSize,
      warmup: warmupCount,
      extractOnlyPerSec: xOnly === null ? null : round(xOnly),
      endToEndPerSec: round(e2e.perSec),
      ratio: xOnly === null ? null : ratio2(e2e.perSec / xOnly),
      tenths: e2e.tenths,
      lastOverFirstTenth: ratio2(e2e.tenths[9]! / e2e.tenths[0]!),
      peakRssMb,
      memory,
      neo4jCpuMsPerReport: e2e.neo4jCpuMs,
      nodeCpuMsPerReport: e2e.nodeCpuMs,
      mainThreadCpuMsPerReport: e2e.mainCpuMs,
      rssByTenthMb: e2e.rssByTenthMb,
      failures: s.failures.length,
      nodes: counts!.nodes,
      relationships: counts!.relationships,
      statementsPerReport: Math.round((statements / (count * runs.length + warmupCount)) * 10) / 10,
      baseline,
      speedup: comparison?.speedup ?? null,
      comparison,
      cpus: os.availableParallelism(),
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    })}`,
  );
} finally {
  clearInterval(sampler);
  await graph.close();
  await neo4j.stop();
}

/** CPU seconds a process or thread has used, from its stat(5) file (Linux /proc; null elsewhere). */
function procCpuSeconds(statFile: string): number | null {
  try {
    const fields = fs.readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds the local Neo4j's process has used (null for a configured NEO4J_URI). */
function neo4jCpuSeconds(): number | null {
  const status = neo4j.local?.status();
  return status?.running ? procCpuSeconds(`/proc/${status.state.pid}/stat`) : null;
}

/** CPU seconds this process's main thread has used (the writer; its thread id is the process id). */
function mainThreadCpuSeconds(): number | null {
  return procCpuSeconds(`/proc/self/task/${process.pid}/stat`);
}

/** Writes the main thread's heap (after a full GC, when --expose-gc gave one) to `snapshotDir`. */
function heapSnapshot(name: string): void {
  if (!snapshotDir) return;
  fs.mkdirSync(snapshotDir, { recursive: true });
  (globalThis as { gc?: () => void }).gc?.();
  const file = v8.writeHeapSnapshot(path.join(snapshotDir, `${name}.heapsnapshot`));
  console.log(`  heap snapshot ${file} (heap in use ${mb(process.memoryUsage().heapUsed)} MB after GC)`);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

type StatementTimes = Map<string, StatementTime>;
function copyTimes(times: StatementTimes): StatementTimes {
  return new Map([...times].map(([k, t]) => [k, { ...t }]));
}

/**
 * `--profile`: where the end-to-end run's write time went, by statement (client-side, round trip
 * included), and for each statement its time per report in the first and in the last tenth of the
 * corpus: a statement whose cost grows with the graph shows a last ÷ first well above 1. Listed
 * twice: the slowest in total, then those that grew the most (last minus first, per report).
 */
function printProfile(times: StatementTimes, run: EndToEnd): void {
  const rows = [...times].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((n, [, t]) => n + t.ms, 0) / 1000;
  const tenths = run.profileByTenth;
  const perTenth = run.summary.reports / 10;
  /** ms per report of a statement in tenth `i` (0-based). */
  const tenthMs = (key: string, i: number) =>
    ((tenths[i]?.get(key)?.ms ?? 0) - (i === 0 ? 0 : (tenths[i - 1]?.get(key)?.ms ?? 0))) / perTenth;
  /** Rows a statement returned per report in tenth `i` (0-based). */
  const tenthRows = (key: string, i: number) =>
    ((tenths[i]?.get(key)?.rows ?? 0) - (i === 0 ? 0 : (tenths[i - 1]?.get(key)?.rows ?? 0))) / perTenth;
  const line = ([cypher, t]: [string, StatementTime]) => {
    const first = tenthMs(cypher, 0);
    const last = tenthMs(cypher, 9);
    const rows = `rows/report ${tenthRows(cypher, 0).toFixed(1)} → ${tenthRows(cypher, 9).toFixed(1)}, at most ${t.maxRows} in one call; params ${(t.paramBytes / run.summary.reports / 1024).toFixed(1)} KB/report, rows read ${(t.rowBytes / run.summary.reports / 1024).toFixed(1)} KB/report`;
    return `  ${(t.ms / 1000).toFixed(1).padStart(7)} s ${String(t.count).padStart(6)}×  ${first.toFixed(2).padStart(6)} → ${last.toFixed(2).padStart(6)} ms/report (${first > 0 ? (last / first).toFixed(1) : '?'}×; ${rows})  ${cypher}`;
  };
  console.log(
    `\nstatements: ${total.toFixed(0)} s of ${run.seconds.toFixed(0)} s end to end; the ${PROFILE_TOP} slowest in total (total, count, first → last tenth per report):`,
  );
  for (const row of rows.slice(0, PROFILE_TOP)) console.log(line(row));
  if (tenths.length < 10) return;
  const growth = (key: string) => tenthMs(key, 9) - tenthMs(key, 0);
  const sumTenth = (i: number) => rows.reduce((n, [k]) => n + tenthMs(k, i), 0);
  console.log(
    `\nall statements: ${sumTenth(0).toFixed(1)} ms/report in the first tenth, ${sumTenth(9).toFixed(1)} in the last; the ${PROFILE_TOP} that grew the most:`,
  );
  for (const row of [...rows].sort((a, b) => growth(b[0]) - growth(a[0])).slice(0, PROFILE_TOP)) console.log(line(row));
}
