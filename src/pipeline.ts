/**
 * The ingest use-case: reports in, the consolidated graph updated, what changed out. The CLI
 * (`diplograph ingest`, the seeds at start), the GraphQL mutations and the benchmark all come here.
 *
 * - One report (`ingestReport`, the mutation) is read, extracted and written in this thread.
 * - A stream of reports (`ingestStream`) is read and extracted by a pool of worker threads, while
 *   this thread writes what they return to Neo4j: writes overlap with extraction. Results are
 *   put back in input order and written in batches of `batchSize` reports, one transaction each,
 *   committed in order. Memory stays bounded: inputs are read only as workers get free, and at
 *   most a few batches wait for their write.
 */
import type { Graph, RetryEvent } from './graph/driver.js';
import { GraphUnavailableError } from './graph/driver.js';
import { findArticles, removeArticle, writePrepared, type PreparedReport, type WriteStats } from './graph/write.js';
import { reconsolidate as reconsolidateGraph, type ReconsolidateProgress } from './graph/reconsolidate.js';
import { ExtractionPool } from './pipeline/pool.js';
import type { Task, TaskResult } from './pipeline/tasks.js';
import type { Article, ArticleMeta } from './model.js';

export type { WriteStats } from './graph/write.js';
export type { Task } from './pipeline/tasks.js';
export { defaultWorkers, ExtractionPool } from './pipeline/pool.js';

/** A report already read into an `Article`, or its text with what the caller knows about it. */
export type ReportInput = Article | { text: string; meta?: ArticleMeta };

function isArticle(input: ReportInput): input is Article {
  return 'contentHash' in input && 'id' in input;
}

/** Reading and extraction, loaded when first needed: a process that leaves them to its workers never loads them. */
async function prepareInProcess(input: ReportInput): Promise<PreparedReport> {
  const [{ readReportText }, { prepareArticle }] = await Promise.all([
    import('./input/index.js'),
    import('./pipeline/prepare.js'),
  ]);
  return prepareArticle(isArticle(input) ? input : readReportText(input.text, input.meta ?? {}));
}

/** Ingests one report. The same report again changes nothing; a changed version replaces the old. */
export async function ingestReport(graph: Graph, input: ReportInput): Promise<WriteStats> {
  return (await writePrepared(graph, [await prepareInProcess(input)]))[0]!;
}

/**
 * Ingests several reports in one transaction (all or none), in this thread. The resulting graph
 * is the same as ingesting them one by one.
 */
export async function ingestReports(graph: Graph, inputs: ReportInput[]): Promise<WriteStats[]> {
  const prepared: PreparedReport[] = [];
  for (const input of inputs) prepared.push(await prepareInProcess(input));
  return writePrepared(graph, prepared);
}

/**
 * Removes a report, by article id, URL or the path it was read from, and every fact only it
 * supported. Returns one entry per article removed (none when nothing matched).
 */
export async function removeReport(graph: Graph, ref: string): Promise<WriteStats[]> {
  const ids = await findArticles(graph, ref);
  const out: WriteStats[] = [];
  for (const id of ids) out.push(await removeArticle(graph, id));
  return out;
}

/** Rebuilds every block from its claims (after the consolidation rules changed). */
export function reconsolidate(graph: Graph, onProgress?: (p: ReconsolidateProgress) => void) {
  return reconsolidateGraph(graph, { onProgress });
}

export interface IngestSummary {
  /** Inputs read whole (a file, a JSON Lines file, stdin). */
  files: number;
  reports: number;
  outcomes: Record<'added' | 'replaced' | 'unchanged', number>;
  people: { added: number; merged: number };
  meetings: { added: number; merged: number };
  quotes: { added: number; merged: number };
  statements: { added: number; merged: number };
  failures: { input: string; message: string }[];
  seconds: number;
  /** Why the run stopped before the end (Neo4j went away), or null. */
  stopped: string | null;
}

export function emptySummary(): IngestSummary {
  const z = () => ({ added: 0, merged: 0 });
  return {
    files: 0,
    reports: 0,
    outcomes: { added: 0, replaced: 0, unchanged: 0 },
    people: z(),
    meetings: z(),
    quotes: z(),
    statements: z(),
    failures: [],
    seconds: 0,
    stopped: null,
  };
}

function add(summary: IngestSummary, s: WriteStats): void {
  summary.reports++;
  if (s.outcome === 'added' || s.outcome === 'replaced' || s.outcome === 'unchanged') summary.outcomes[s.outcome]++;
  for (const k of ['people', 'meetings', 'quotes', 'statements'] as const) {
    summary[k].added += s[k].added;
    summary[k].merged += s[k].merged;
  }
}

export interface StreamProgress {
  /** Tasks (inputs, records) read and extracted so far. */
  read: number;
  /** Reports written (or, without a graph, extracted) so far. */
  written: number;
  failures: number;
  /** Set while a write waits for Neo4j or retries. */
  retry: RetryEvent | null;
}

export interface StreamOptions {
  /** Extraction worker threads (at least 1). */
  workers: number;
  /** Reports per write transaction. */
  batchSize: number;
  /** Refuse a second input of the run that gives an article id an earlier input gave (two files with one name). */
  uniqueIds?: boolean;
  /** How long a write waits for an unreachable Neo4j before the run stops. */
  unavailableWaitMs?: number;
  onProgress?: (p: StreamProgress) => void;
  /** Hears each input as it is done (in input order). */
  onInput?: (input: string, ok: boolean) => void;
  /** Hears each report written. */
  onReport?: (input: string, stats: WriteStats) => void;
  /** Workers to use (and leave open) instead of starting `workers` new ones. */
  pool?: ExtractionPool;
}

/**
 * Ingests a stream of tasks (src/pipeline/sources.ts) through the extraction workers, writing
 * batches in input order. Without a graph it only reads and extracts (the benchmark's baseline).
 * A bad input is recorded and the others go on; a batch that fails is written again report by
 * report, so only the failing report is lost. If Neo4j goes away and does not come back within
 * `unavailableWaitMs`, the run stops: what was written stays (batches commit whole), and running
 * it again continues, since reports already in the graph are skipped.
 */
export async function ingestStream(
  graph: Graph | null,
  tasks: AsyncIterable<Task>,
  options: StreamOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const started = Date.now();
  const pool = options.pool ?? new ExtractionPool(options.workers);
  const progress: StreamProgress = { read: 0, written: 0, failures: 0, retry: null };
  const report = () => options.onProgress?.({ ...progress, failures: summary.failures.length });
  const fail = (input: string, message: string) => summary.failures.push({ input, message });

  // Bounds: tasks at the workers, and reports extracted but not yet written.
  const maxInFlight = options.workers * 2 + 1;
  const maxWaiting = options.batchSize * 2 + options.workers;
  let inFlight = 0;
  let waiting = 0;
  let wake: () => void = () => {};
  let changed = new Promise<void>((r) => (wake = r));
  const notify = () => {
    wake();
    changed = new Promise<void>((r) => (wake = r));
  };

  const done = new Map<number, { task: Task; result: TaskResult }>();
  let next = 0;
  let batch: { input: string; report: PreparedReport }[] = [];
  const batches: (typeof batch)[] = [];
  const idsFrom = options.uniqueIds ? new Map<string, string>() : null;
  let stopped = false;

  /** Takes finished tasks in input order into batches. */
  const advance = () => {
    for (let entry = done.get(next); entry; entry = done.get(next)) {
      done.delete(next++);
      const { task, result } = entry;
      progress.read++;
      let ok = result.ok;
      if (!result.ok) fail(task.input, result.message);
      else if (idsFrom) {
        const clash = result.reports.find((r) => (idsFrom.get(r.article.id) ?? task.input) !== task.input);
        if (clash) {
          ok = false;
          waiting -= result.reports.length;
          fail(
            task.input,
            `report id "${clash.article.id}" is already taken by ${idsFrom.get(clash.article.id)} in this run (ids are URLs, else file names): give the files distinct names, or ingest them as JSON records with a url or id`,
          );
        } else for (const r of result.reports) idsFrom.set(r.article.id, task.input);
      }
      if (ok && result.ok) {
        if (task.kind !== 'record') summary.files++;
        for (const r of result.reports) {
          batch.push({ input: task.input, report: r });
          if (batch.length >= options.batchSize) {
            batches.push(batch);
            batch = [];
          }
        }
      }
      options.onInput?.(task.input, ok);
    }
    notify();
  };

  const writeBatch = async (items: typeof batch) => {
    if (!graph) {
      progress.written += items.length;
      summary.reports += items.length;
      return;
    }
    const onRetry = (e: RetryEvent) => {
      progress.retry = e.kind === 'recovered' ? null : e;
      report();
    };
    const tx = { unavailableWaitMs: options.unavailableWaitMs, onRetry };
    let results: (WriteStats | Error)[];
    try {
      results = await writePrepared(
        graph,
        items.map((i) => i.report),
        tx,
      );
    } catch (err) {
      if (err instanceof GraphUnavailableError) throw err;
      // One report the batch cannot take (too big for a transaction, a bug): write them one by one.
      results = [];
      for (const item of items)
        results.push(
          await writePrepared(graph, [item.report], tx).then(
            (r) => r[0]!,
            (e: unknown) => {
              if (e instanceof GraphUnavailableError) throw e;
              return e instanceof Error ? e : new Error(String(e));
            },
          ),
        );
    }
    progress.retry = null;
    for (const [i, r] of results.entries()) {
      if (r instanceof Error) fail(items[i]!.input, r.message);
      else {
        add(summary, r);
        progress.written++;
        options.onReport?.(items[i]!.input, r);
      }
    }
  };

  const writer = (async () => {
    for (;;) {
      const items = batches.shift();
      if (items) {
        await writeBatch(items);
        waiting -= items.length;
        report();
        notify();
        continue;
      }
      if (stopped) return;
      await changed;
    }
  })();
  // Once the writer fails (Neo4j gone for good), stop reading.
  let writeError: unknown = null;
  writer.catch((err: unknown) => {
    writeError = err;
    notify();
  });

  let seq = 0;
  try {
    for await (const task of tasks) {
      while (!writeError && (inFlight >= maxInFlight || waiting >= maxWaiting)) await changed;
      if (writeError) break;
      const mine = seq++;
      inFlight++;
      void pool.run(task).then((result) => {
        inFlight--;
        if (result.ok) waiting += result.reports.length;
        done.set(mine, { task, result });
        advance();
      });
    }
    while (!writeError && next < seq) await changed;
    if (batch.length) batches.push(batch);
    batch = [];
    stopped = true;
    notify();
    await writer;
  } catch (err) {
    if (!(err instanceof GraphUnavailableError)) throw err;
  } finally {
    stopped = true;
    notify();
    if (!options.pool) await pool.close();
  }
  if (writeError instanceof GraphUnavailableError)
    summary.stopped =
      `Neo4j stopped answering: ${summary.reports} report${summary.reports === 1 ? ' was' : 's were'} written before it went away ` +
      `(each batch of ${options.batchSize} is written whole or not at all, so none is half-written). ` +
      'Run the same command again once Neo4j is back: it continues where this run stopped, since reports already in the graph are skipped.';
  else if (writeError) throw writeError;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
