import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ROOT } from '../paths.js';
import { extractInputs } from './extract.js';

/** The project's copy of the shared scorer (../shared/eval/score.mjs), and the seed gold answers. */
export const SCORER = path.join(ROOT, 'test', 'fixtures', 'score.mjs');
export const GOLD_DIR = path.join(ROOT, 'test', 'fixtures', 'gold');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('extract the seed reports and score them against the gold answers (prints the table)')
    .option('--seeds <dir>', 'folder of reports to extract', SEEDS_DIR)
    .option('--gold <dir>', 'folder of gold answers (FORMAT.md v1)', GOLD_DIR)
    .option(
      '--min <key=value>',
      'exit 1 when a total is below the value, e.g. quotes.attributed.f1=0.9 (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--json', 'print the scores as JSON')
    .option('--totals', 'print only the total lines (for a sealed set: no per-report scores are shown)')
    .option('--out <file>', 'keep the predicted reports (JSON Lines) in this file')
    .action(
      async (opts: { seeds: string; gold: string; min: string[]; json?: boolean; totals?: boolean; out?: string }) => {
        const files = fs
          .readdirSync(opts.seeds)
          .filter((f) => !f.startsWith('.'))
          .sort()
          .map((f) => path.join(opts.seeds, f));
        const lines: string[] = [];
        for await (const r of extractInputs(files, { format: 'report' })) {
          lines.push(...r.lines);
          if (r.error) {
            console.error(`diplograph: ${r.error.message}`);
            process.exitCode = 1;
          }
        }
        const out =
          opts.out ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-eval-')), 'predicted.jsonl');
        fs.writeFileSync(out, perFile(lines).join('\n') + '\n');
        const args = [
          SCORER,
          opts.gold,
          out,
          ...(opts.json ? ['--json'] : []),
          ...opts.min.flatMap((m) => ['--min', m]),
        ];
        const r = spawnSync(process.execPath, args, { stdio: opts.totals ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
        if (opts.totals) {
          const totals = String(r.stdout)
            .split('\n')
            .filter((l) => l.startsWith('total') || l.startsWith('below'));
          process.stdout.write(totals.join('\n') + '\n');
        }
        if (!opts.out) fs.rmSync(path.dirname(out), { recursive: true, force: true });
        if (r.status !== 0) process.exitCode = r.status ?? 1;
      },
    );
}

interface Predicted {
  file: string;
  outlet: string | null;
  published: string | null;
  people: { name: string; aliases: string[]; roles: string[] }[];
  meetings: unknown[];
  quotes: unknown[];
  statements: unknown[];
}

/**
 * One predicted report per file, as the gold answers are written: the records of a file that holds several (a
 * feed's items, a JSON array) are scored as one report — their people merged by name, their facts listed together.
 */
export function perFile(lines: string[]): string[] {
  const byFile = new Map<string, Predicted>();
  for (const line of lines) {
    const r = JSON.parse(line) as Predicted;
    // "feed.json#3": the fourth record of feed.json
    r.file = r.file.replace(/#\d+$/, '');
    const seen = byFile.get(r.file);
    if (!seen) {
      byFile.set(r.file, r);
      continue;
    }
    for (const p of r.people) {
      const same = seen.people.find((q) => q.name === p.name);
      if (same) same.aliases = [...new Set([...same.aliases, ...p.aliases])];
      else seen.people.push(p);
    }
    seen.meetings.push(...r.meetings);
    seen.quotes.push(...r.quotes);
    seen.statements.push(...r.statements);
    seen.outlet ??= r.outlet;
    seen.published ??= r.published;
  }
  return [...byFile.values()].map((r) => JSON.stringify(r));
}
