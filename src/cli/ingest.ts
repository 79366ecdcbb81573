import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { getConfig, type Config } from '../config.js';
import { Graph } from '../graph/driver.js';
import { ensureNeo4j } from '../neo4j/index.js';
import { logger } from '../log.js';
import { ROOT } from '../paths.js';
import { defaultWorkers, ingestStream, type IngestSummary, type StreamProgress } from '../pipeline.js';
import { inputsOf, tasksOf } from '../pipeline/sources.js';
import type { ArticleMeta } from '../model.js';
import type { StartupStep } from '../startup.js';

export type { IngestSummary } from '../pipeline.js';
export { emptySummary } from '../pipeline.js';

/**
 * Opens the graph (the configured NEO4J_URI, or the local Neo4j, started if needed), applies the
 * schema, runs `work`, and closes; a local Neo4j started here is stopped again at the end.
 */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>, config: Config = getConfig()): Promise<T> {
  const handle = await ensureNeo4j(config, { log: (line) => process.stderr.write(`${line}\n`) });
  const graph = Graph.forConfig(config, handle.uri);
  try {
    await graph.applySchema();
    return await work(graph);
  } finally {
    await graph.close();
    await handle.stop();
  }
}

/** Expands the command's arguments into the list of inputs (`-`, files, the report files of folders, globs). */
export async function expandInputs(args: string[]): Promise<{ inputs: string[]; unmatched: string[] }> {
  const inputs: string[] = [];
  const unmatched: string[] = [];
  for await (const input of inputsOf(args, (u) => unmatched.push(u))) inputs.push(input);
  return { inputs, unmatched };
}

/** Reports written per transaction by `ingest`: each batch commits whole or not at all. */
export const BATCH_SIZE = 25;

/** How long `ingest` waits for Neo4j to come back when it stops answering, before it stops. */
export const NEO4J_WAIT_SECONDS = 15;

export interface IngestOptions {
  batchSize?: number;
  workers?: number;
  unavailableWaitMs?: number;
  onProgress?: (p: StreamProgress) => void;
  onInput?: (input: string) => void;
}

/**
 * Ingests every input (see `inputsOf`) through the pipeline: read and extracted by worker
 * threads, written in batches of `batchSize`, one transaction each, in input order. A failing
 * input is recorded and the rest go on.
 */
export async function ingestInputs(
  graph: Graph,
  inputs: string[] | AsyncIterable<string>,
  meta: ArticleMeta,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const log = logger();
  const summary = await ingestStream(graph, tasksOf(inputs, meta), {
    workers: options.workers ?? defaultWorkers(),
    batchSize: options.batchSize ?? BATCH_SIZE,
    uniqueIds: true,
    unavailableWaitMs: options.unavailableWaitMs ?? NEO4J_WAIT_SECONDS * 1000,
    onProgress: options.onProgress,
    onInput: (input) => options.onInput?.(input),
    onReport: (input, s) => log.debug({ input, article: s.articleId, outcome: s.outcome }, 'ingested'),
  });
  for (const f of summary.failures) log.warn({ input: f.input, err: f.message }, 'ingest failed');
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const line = (label: string, x: { added: number; merged: number }) =>
    `  ${label.padEnd(11)} ${x.added} added, ${x.merged} merged into existing`;
  const out = [
    `Read ${s.reports} report${s.reports === 1 ? '' : 's'} from ${s.files} input${s.files === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s: ` +
      `${s.outcomes.added} new, ${s.outcomes.replaced} replaced (changed), ${s.outcomes.unchanged} unchanged.`,
    line('people', s.people),
    line('meetings', s.meetings),
    line('quotes', s.quotes),
    line('statements', s.statements),
    `  failures    ${s.failures.length}`,
    ...s.failures.map((f) => `    ${f.input}: ${f.message}`),
  ];
  return out.join('\n');
}

const wholeNumber = (flag: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} takes a whole number of ${min} or more, not "${v}"`);
  return n;
};

/** What the progress line says about a write that waits or retries. */
function retryNote(p: StreamProgress): string {
  const r = p.retry;
  if (!r) return '';
  if (r.kind === 'unavailable')
    return `waiting for Neo4j (${(r.waitedMs / 1000).toFixed(0)} s of ${(r.limitMs / 1000).toFixed(0)} s)`;
  if (r.kind === 'transient') return `retrying a batch (attempt ${r.attempt + 1}: ${r.error.slice(0, 60)})`;
  return '';
}

interface IngestFlags {
  outlet?: string;
  published?: string;
  title?: string;
  url?: string;
  batch?: number;
  workers?: number;
  wait?: number;
}

/** `ingest`'s run: a progress bar on a terminal, else a line now and then (and at once when Neo4j is waited for). */
async function ingestWithProgress(
  graph: Graph,
  paths: string[],
  opts: IngestFlags,
  unmatched: string[],
): Promise<IngestSummary> {
  const tty = process.stderr.isTTY;
  // The inputs are read lazily; counting them first (names only) gives the progress bar its end.
  let total = 0;
  if (tty) for await (const input of inputsOf(paths)) if (input) total++;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format: 'ingest [{bar}] {value}/{total} inputs, {reports} reports {note}',
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { reports: 0, note: '' });
  let inputsDone = 0;
  let last = '';
  let lastLine = Date.now();
  try {
    return await ingestInputs(
      graph,
      inputsOf(paths, (u) => unmatched.push(u)),
      { outlet: opts.outlet, published: opts.published, title: opts.title, url: opts.url },
      {
        batchSize: opts.batch,
        workers: opts.workers,
        unavailableWaitMs: opts.wait === undefined ? undefined : opts.wait * 1000,
        onInput: (input) => {
          if (input !== last) inputsDone++;
          last = input;
          bar?.update(inputsDone);
        },
        onProgress: (p) => {
          bar?.update(inputsDone, { reports: p.written, note: retryNote(p) });
          if (!bar && (p.retry || Date.now() - lastLine > 10_000)) {
            lastLine = Date.now();
            process.stderr.write(`ingest: ${p.written} reports written ${retryNote(p)}\n`);
          }
        },
      },
    );
  } finally {
    bar?.stop();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read reports and add what they say to the graph, consolidated with what is there (idempotent)')
    .argument('<paths...>', 'report files, folders, globs (quoted), or - for stdin')
    .option('--outlet <name>', 'outlet of the reports (overrides what is read from them)')
    .option('--published <date>', 'publication date YYYY-MM-DD (overrides what is read)')
    .option('--title <title>', 'title (for a single report)')
    .option('--url <url>', 'URL (for a single report; also its id)')
    .option('--batch <n>', `reports written per transaction (default ${BATCH_SIZE})`, wholeNumber('--batch', 1))
    .option(
      '--workers <n>',
      `extraction worker threads (default: CPU cores - 1, at least 1; here ${defaultWorkers()})`,
      wholeNumber('--workers', 1),
    )
    .option(
      '--wait <seconds>',
      `how long to wait for Neo4j when it stops answering before stopping (default ${NEO4J_WAIT_SECONDS})`,
      wholeNumber('--wait', 0),
    )
    .action(async (paths: string[], opts: IngestFlags) => {
      const unmatched: string[] = [];
      const summary = await withGraph((graph) => ingestWithProgress(graph, paths, opts, unmatched));
      for (const u of unmatched) summary.failures.push({ input: u, message: 'no such file, folder or matching glob' });
      console.log(formatSummary(summary));
      if (summary.stopped) console.error(`diplograph: ${summary.stopped}`);
      if (summary.failures.length || summary.stopped) process.exitCode = 1;
    });
}

/**
 * Startup step of `diplograph start`: ingests seeds/. Idempotent (unchanged reports are skipped
 * by their content hash), so every start finds the same graph.
 */
export const ingestSeedsStep: StartupStep = {
  name: 'ingest seeds/',
  run: async ({ graph, say }) => {
    const seeds = path.join(ROOT, 'seeds');
    if (!fs.existsSync(seeds)) return say('No seeds/ folder: nothing to ingest at start.');
    const s = await ingestInputs(graph, inputsOf([seeds]), {});
    say(
      `Seeds ingested: ${s.reports} reports (${s.outcomes.added} new, ${s.outcomes.replaced} changed, ${s.outcomes.unchanged} unchanged)` +
        (s.failures.length
          ? `; ${s.failures.length} failed: ${s.failures.map((f) => `${f.input}: ${f.message}`).join('; ')}`
          : '.'),
    );
  },
};
