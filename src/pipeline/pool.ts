/**
 * A pool of extraction worker threads (src/pipeline/worker.ts). Extraction is CPU work on one
 * report at a time, so N workers use N cores while the main thread writes to Neo4j. A worker
 * that dies (a crash, out of memory on a pathological report) fails only its current task and is
 * replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_HEAP_MB } from './memory.js';
import type { Task, TaskResult, WorkerReply } from './tasks.js';

export { WORKER_HEAP_MB } from './memory.js';

/** The default number of workers: one core for each, less one for the writer and Neo4j; at least one. */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

interface Slot {
  worker: Worker;
  current: { task: Task; resolve: (r: TaskResult) => void } | null;
}

export interface PoolOptions {
  /** Each worker's old-generation heap limit in MB (default WORKER_HEAP_MB). */
  heapMb?: number;
}

/** The largest worker heap seen after a task, in bytes: in use (live and not yet collected) and reserved. */
export interface WorkerHeapPeak {
  used: number;
  total: number;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: Task; resolve: (r: TaskResult) => void }[] = [];
  private closed = false;
  readonly heapMb: number;
  /** The largest heap any worker reported after a task (for the benchmark). */
  readonly heapPeak: WorkerHeapPeak = { used: 0, total: 0 };

  constructor(
    readonly size: number,
    options: PoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`the number of workers must be 1 or more, not ${size}`);
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
    if (!Number.isInteger(this.heapMb) || this.heapMb < 16)
      throw new Error(`a worker's heap limit must be a whole number of 16 MB or more, not ${this.heapMb}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker, current: null };
    slot.worker.on('message', ({ result, heap }: WorkerReply) => {
      this.heapPeak.used = Math.max(this.heapPeak.used, heap.used);
      this.heapPeak.total = Math.max(this.heapPeak.total, heap.total);
      const done = slot.current;
      slot.current = null;
      done?.resolve(result);
      this.dispatch();
    });
    const lost = (why: string) => {
      if (this.closed) return;
      const done = slot.current;
      slot.current = null;
      done?.resolve({ ok: false, name: 'WorkerError', message: `the extraction worker stopped (${why})` });
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', (err) =>
      lost(
        (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `it ran out of memory on this report, over the ${this.heapMb} MB a worker may use`
          : err.message,
      ),
    );
    slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage(slot.current.task);
    }
  }

  /** Runs a task on the next free worker. */
  run(task: Task): Promise<TaskResult> {
    if (this.closed) return Promise.resolve({ ok: false, name: 'Error', message: 'the extraction pool is closed' });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks not done are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
