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
import { IdClaims } from './pipeline/ids.js';
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
  const [{ decodeReport, readReportText }, { prepareArticle }] = await Promise.all([
    import('./input/index.js'),
    import('./pipeline/prepare.js'),
  ]);
  if (isArticle(input)) return prepareArticle(input);
  // A report given as text goes through the same checks as a file the CLI reads (size limit,
  // binary, encoding, empty: `decodeReport`), so the API and the CLI refuse the same reports.
  const meta = input.meta ?? {};
  const text = decodeReport(Buffer.from(input.text, 'utf8'), meta.source ?? meta.id ?? 'report');
  return prepareArticle(readReportText(text, meta));
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
  /**
   * Refuse a second input of the run that gives an article id an earlier input gave (two files
   * with one name), among the last ID_CLAIMS_CAPACITY ids (src/pipeline/ids.ts: memory stays bounded).
   */
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

/** Reports of the stream in input order, waiting for their write. */
type Batch = { input: string; report: PreparedReport }[];

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
  tasks: AsyncIterable<Task> | Iterable<Task>,
  options: StreamOptions,
): Promise<IngestSummary> {
  return new StreamRun(graph, options).run(tasks);
}

/** One run of `ingestStream`: the reading loop, the ordering of results and the writer behind them. */
class StreamRun {
  private readonly summary = emptySummary();
  private readonly started = Date.now();
  private readonly pool: ExtractionPool;
  private readonly progress: StreamProgress = { read: 0, written: 0, failures: 0, retry: null };
  // Bounds: tasks at the workers, and reports extracted but not yet written.
  private readonly maxInFlight: number;
  private readonly maxWaiting: number;
  private inFlight = 0;
  private waiting = 0;
  private wake: () => void = () => {};
  private changed = new Promise<void>((r) => (this.wake = r));
  /** Finished tasks by their place in the input, until the ones before them are done. */
  private readonly done = new Map<number, { task: Task; result: TaskResult }>();
  private next = 0;
  private lastRecordsInput: string | null = null;
  private batch: Batch = [];
  private readonly batches: Batch[] = [];
  private readonly idClaims: IdClaims | null;
  private stopped = false;
  private writeError: unknown = null;

  constructor(
    private readonly graph: Graph | null,
    private readonly options: StreamOptions,
  ) {
    this.pool = options.pool ?? new ExtractionPool(options.workers);
    this.maxInFlight = options.workers * 2 + 1;
    this.maxWaiting = options.batchSize * 2 + options.workers;
    this.idClaims = options.uniqueIds ? new IdClaims() : null;
  }

  private notify(): void {
    this.wake();
    this.changed = new Promise<void>((r) => (this.wake = r));
  }

  private report(): void {
    this.options.onProgress?.({ ...this.progress, failures: this.summary.failures.length });
  }

  private fail(input: string, message: string): void {
    this.summary.failures.push({ input, message });
  }

  async run(tasks: AsyncIterable<Task> | Iterable<Task>): Promise<IngestSummary> {
    const writer = this.writer();
    // Once the writer fails (Neo4j gone for good), stop reading.
    writer.catch((err: unknown) => {
      this.writeError = err;
      this.notify();
    });
    try {
      const seq = await this.read(tasks);
      while (!this.writeError && this.next < seq) await this.changed;
      if (this.batch.length) this.batches.push(this.batch);
      this.batch = [];
      this.stopped = true;
      this.notify();
      await writer;
      // The batches did not wait for the search indexes; the run returns once they show it all.
      await this.graph?.awaitSearchIndexes();
    } catch (err) {
      if (!(err instanceof GraphUnavailableError)) throw err;
    } finally {
      this.stopped = true;
      this.notify();
      if (!this.options.pool) await this.pool.close();
    }
    if (this.writeError instanceof GraphUnavailableError) this.summary.stopped = this.stoppedMessage();
    else if (this.writeError)
      throw this.writeError instanceof Error ? this.writeError : new Error(JSON.stringify(this.writeError));
    this.summary.seconds = (Date.now() - this.started) / 1000;
    return this.summary;
  }

  /** Hands the tasks to the workers as they get free; returns how many there were. */
  private async read(tasks: AsyncIterable<Task> | Iterable<Task>): Promise<number> {
    let seq = 0;
    for await (const task of tasks) {
      while (!this.writeError && (this.inFlight >= this.maxInFlight || this.waiting >= this.maxWaiting))
        await this.changed;
      if (this.writeError) break;
      const mine = seq++;
      this.inFlight++;
      void this.pool.run(task).then((result) => {
        this.inFlight--;
        if (result.ok) this.waiting += result.reports.length;
        this.done.set(mine, { task, result });
        this.advance();
      });
    }
    return seq;
  }

  private stoppedMessage(): string {
    const n = this.summary.reports;
    return (
      `Neo4j stopped answering: ${n} report${n === 1 ? ' was' : 's were'} written before it went away ` +
      `(each batch of ${this.options.batchSize} is written whole or not at all, so none is half-written). ` +
      'Run the same command again once Neo4j is back: it continues where this run stopped, since reports already in the graph are skipped.'
    );
  }

  /** Takes finished tasks in input order into batches. */
  private advance(): void {
    for (let entry = this.done.get(this.next); entry; entry = this.done.get(this.next)) {
      this.done.delete(this.next++);
      const { task, result } = entry;
      this.progress.read++;
      let ok = result.ok;
      if (!result.ok) this.fail(task.input, result.message);
      else if (!this.claimIds(task.input, result.reports)) {
        ok = false;
        this.waiting -= result.reports.length;
      } else {
        // A JSON Lines file is one input, however many records it holds (they come in a row).
        if (task.kind !== 'record' || task.input !== this.lastRecordsInput) this.summary.files++;
        if (task.kind === 'record') this.lastRecordsInput = task.input;
        for (const r of result.reports) {
          this.batch.push({ input: task.input, report: r });
          if (this.batch.length >= this.options.batchSize) {
            this.batches.push(this.batch);
            this.batch = [];
          }
        }
      }
      this.options.onInput?.(task.input, ok);
    }
    this.notify();
  }

  /** With `uniqueIds`, refuses an input whose report ids an earlier input of the run gave. */
  private claimIds(input: string, reports: PreparedReport[]): boolean {
    const clash = this.idClaims?.claim(
      input,
      reports.map((r) => r.article.id),
    );
    if (!clash) return true;
    this.fail(
      input,
      `report id "${clash.id}" is already taken by ${clash.owner} in this run (ids are URLs, else file names): give the files distinct names, or ingest them as JSON records with a url or id`,
    );
    return false;
  }

  /** Writes the batches in order as they fill, until the run has stopped and none is left. */
  private async writer(): Promise<void> {
    for (;;) {
      const items = this.batches.shift();
      if (items) {
        await this.writeBatch(items);
        this.waiting -= items.length;
        this.report();
        this.notify();
        continue;
      }
      if (this.stopped) return;
      await this.changed;
    }
  }

  private async writeBatch(items: Batch): Promise<void> {
    if (!this.graph) {
      this.progress.written += items.length;
      this.summary.reports += items.length;
      return;
    }
    const results = await this.writeResults(this.graph, items);
    this.progress.retry = null;
    for (const [i, r] of results.entries()) {
      if (r instanceof Error) this.fail(items[i]!.input, r.message);
      else {
        add(this.summary, r);
        this.progress.written++;
        this.options.onReport?.(items[i]!.input, r);
      }
    }
  }

  /** The batch in one transaction; if that fails (one report it cannot take), report by report. */
  private async writeResults(graph: Graph, items: Batch): Promise<(WriteStats | Error)[]> {
    const onRetry = (e: RetryEvent) => {
      this.progress.retry = e.kind === 'recovered' ? null : e;
      this.report();
    };
    const tx = { unavailableWaitMs: this.options.unavailableWaitMs, onRetry, deferSearchRefresh: true };
    try {
      return await writePrepared(
        graph,
        items.map((i) => i.report),
        tx,
      );
    } catch (err) {
      if (err instanceof GraphUnavailableError) throw err;
      const results: (WriteStats | Error)[] = [];
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
      return results;
    }
  }
}
