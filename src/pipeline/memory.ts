/**
 * The memory limits of an ingest process, kept in one place: the CLI's shebang and npm scripts
 * (the main thread: the writer, neo4j-driver, batches) and the extraction workers' resourceLimits.
 *
 * V8 sizes a heap it is given no limit for from the machine's memory, and then lets garbage pile
 * up far beyond what is alive before it collects: the writer's heap rose to 150–190 MB and a
 * worker's toward its limit, although neither keeps much alive. With a limit it collects earlier.
 */
import v8 from 'node:v8';

/**
 * Each extraction worker's old-generation heap. A worker keeps about 50 MB alive (the compromise
 * model, the knowledge tables) and, under this limit, stayed at 58 MB in use and 67 MB reserved
 * over 2,000 bench reports. News reports are 2–50 KB (the longest real page in test/fixtures/real
 * is 49 KB); 512 KB of dense text (a meeting and a quote in every sentence) extracts in 73 MB, 1 MB
 * of it does not fit (under the former 384 MB limit 1 MB did and 5 MB did not). A report that
 * needs more fails alone, with a message that says so; the run goes on.
 */
export const WORKER_HEAP_MB = 128;

/**
 * The main thread's old-generation heap, set on the command line (`--max-old-space-size`) since
 * a running heap's limit cannot change: in the `diplograph` bin's shebang (src/cli/main.ts), in
 * package.json's scripts that run the CLI, and by `npm run bench` for the benchmarks. During the
 * ingest of 2,000 bench reports the writer's heap peaked at 57 MB in use and 82 MB reserved under
 * it, against 142 and 166 MB without a limit (V8's default here is 4 GB).
 */
export const MAIN_HEAP_MB = 128;

/**
 * The main thread's young generation: 4 MB semi-spaces instead of V8's default of up to 16 MB. The writer allocates
 * much short-lived data per batch (query rows, parameters); with the default the young generation grew to fill its
 * room before each scavenge. Two 2,000-report bench runs back to back: peak RSS 231 → 208 MB, main heap used/reserved
 * 61/92 → 52/67 MB, main-thread CPU 9 → 10 ms per report (README, Ingest).
 */
export const MAIN_SEMI_SPACE_MB = 4;

/** The Node options that give the main thread its limits, one argument each (for a spawned `node`). */
export const MAIN_HEAP_ARGS = [`--max-old-space-size=${MAIN_HEAP_MB}`, `--max-semi-space-size=${MAIN_SEMI_SPACE_MB}`];

/** The same options as they are written on a command line: the bin's shebang and package.json's scripts. */
export const MAIN_HEAP_FLAG = MAIN_HEAP_ARGS.join(' ');

/** The heap limit of the calling thread, in MB (V8 adds a little to the old generation's for the young one). */
export function heapLimitMb(): number {
  return Math.round(v8.getHeapStatistics().heap_size_limit / 1048576);
}
