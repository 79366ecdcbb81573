import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { getConfig, type Config } from '../config.js';
import { Graph } from '../graph/driver.js';
import { ensureNeo4j } from '../neo4j/index.js';
import { readReportFile, readReportStdin } from '../input/index.js';
import { logger } from '../log.js';
import { ROOT } from '../paths.js';
import type { WriteStats } from '../pipeline.js';
import type { StartupStep } from '../startup.js';
import { writeExtraction, writeExtractions } from '../graph/write.js';
import { extract } from '../extract/index.js';
import type { Article, ArticleMeta, Extraction } from '../model.js';

/** File names `ingest DIR` picks up inside a folder. */
const REPORT_GLOB = '**/*.{txt,text,md,html,htm,json,jsonl,ndjson}';

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

/** Expands the command's arguments: `-` (stdin), files, folders (their report files), globs. */
export async function expandInputs(args: string[]): Promise<{ inputs: string[]; unmatched: string[] }> {
  const inputs: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push('-');
      continue;
    }
    const stat = fs.statSync(arg, { throwIfNoEntry: false });
    if (stat?.isFile()) inputs.push(arg);
    else if (stat?.isDirectory())
      inputs.push(...(await fg(REPORT_GLOB, { cwd: arg, onlyFiles: true })).sort().map((f) => path.join(arg, f)));
    else {
      const found = (await fg(arg, { onlyFiles: true })).sort();
      if (found.length) inputs.push(...found);
      else unmatched.push(arg);
    }
  }
  return { inputs: [...new Set(inputs)], unmatched };
}

export interface IngestSummary {
  files: number;
  reports: number;
  outcomes: Record<'added' | 'replaced' | 'unchanged', number>;
  people: { added: number; merged: number };
  meetings: { added: number; merged: number };
  quotes: { added: number; merged: number };
  statements: { added: number; merged: number };
  failures: { input: string; message: string }[];
  seconds: number;
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

/** Reports written per transaction by `ingest`: each batch commits whole or not at all. */
export const BATCH_SIZE = 25;

/**
 * Ingests every input. Reports are read and extracted one by one (a failing input is recorded
 * and the rest go on) and written in batches of `batchSize`, one transaction each; when a batch
 * fails, its reports are written one at a time so that only the failing one is lost.
 */
export async function ingestInputs(
  graph: Graph,
  inputs: string[],
  meta: ArticleMeta,
  onFile: (input: string, done: number) => void = () => {},
  batchSize = BATCH_SIZE,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const started = Date.now();
  const log = logger();
  let batch: { input: string; extraction: Extraction }[] = [];
  const fail = (input: string, err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    summary.failures.push({ input, message });
    log.warn({ input, err: message }, 'ingest failed');
  };
  const flush = async () => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    let results: (WriteStats | Error)[];
    try {
      results = await writeExtractions(
        graph,
        items.map((i) => i.extraction),
      );
    } catch {
      results = [];
      for (const item of items)
        results.push(
          await writeExtraction(graph, item.extraction).catch((e: unknown) =>
            e instanceof Error ? e : new Error(String(e)),
          ),
        );
    }
    for (const [i, r] of results.entries()) {
      if (r instanceof Error) fail(items[i]!.input, r);
      else {
        add(summary, r);
        log.debug({ input: items[i]!.input, article: r.articleId, outcome: r.outcome }, 'ingested');
      }
    }
  };
  // A report's id is its URL, else its file name: two files of one run with the same name (say
  // two folders of `index.html`) would silently replace each other, so the second one fails.
  const idsFrom = new Map<string, string>();
  for (const [i, input] of inputs.entries()) {
    try {
      const articles: Article[] =
        input === '-' ? await readReportStdin({ ...meta, source: 'stdin' }) : await readReportFile(input, meta);
      for (const article of articles) {
        const first = idsFrom.get(article.id);
        if (first !== undefined && first !== input) {
          throw new Error(
            `report id "${article.id}" is already taken by ${first} in this run (ids are URLs, else file names): give the files distinct names, or ingest them as JSON records with a url or id`,
          );
        }
      }
      for (const article of articles) idsFrom.set(article.id, input);
      for (const article of articles) batch.push({ input, extraction: extract(article) });
      summary.files++;
    } catch (err) {
      fail(input, err);
    }
    if (batch.length >= batchSize) await flush();
    onFile(input, i + 1);
  }
  await flush();
  summary.seconds = (Date.now() - started) / 1000;
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

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read reports and add what they say to the graph, consolidated with what is there (idempotent)')
    .argument('<paths...>', 'report files, folders, globs (quoted), or - for stdin')
    .option('--outlet <name>', 'outlet of the reports (overrides what is read from them)')
    .option('--published <date>', 'publication date YYYY-MM-DD (overrides what is read)')
    .option('--title <title>', 'title (for a single report)')
    .option('--url <url>', 'URL (for a single report; also its id)')
    .option('--batch <n>', `reports written per transaction (default ${BATCH_SIZE})`, (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`--batch takes a whole number of reports of 1 or more, not "${v}"`);
      return n;
    })
    .action(
      async (
        paths: string[],
        opts: { outlet?: string; published?: string; title?: string; url?: string; batch?: number },
      ) => {
        const { inputs, unmatched } = await expandInputs(paths);
        const summary = await withGraph(async (graph) => {
          const bar =
            process.stderr.isTTY && inputs.length > 1
              ? new cliProgress.SingleBar(
                  { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
                  cliProgress.Presets.shades_classic,
                )
              : null;
          bar?.start(inputs.length, 0, { file: '' });
          try {
            return await ingestInputs(
              graph,
              inputs,
              { outlet: opts.outlet, published: opts.published, title: opts.title, url: opts.url },
              (input, done) => bar?.update(done, { file: path.basename(input) }),
              opts.batch,
            );
          } finally {
            bar?.stop();
          }
        });
        for (const u of unmatched)
          summary.failures.push({ input: u, message: 'no such file, folder or matching glob' });
        console.log(formatSummary(summary));
        if (summary.failures.length) process.exitCode = 1;
      },
    );
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
    const { inputs } = await expandInputs([seeds]);
    const s = await ingestInputs(graph, inputs, {});
    say(
      `Seeds ingested: ${s.reports} reports (${s.outcomes.added} new, ${s.outcomes.replaced} changed, ${s.outcomes.unchanged} unchanged)` +
        (s.failures.length
          ? `; ${s.failures.length} failed: ${s.failures.map((f) => `${f.input}: ${f.message}`).join('; ')}`
          : '.'),
    );
  },
};
