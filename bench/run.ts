/**
 * `npm run bench`: runs every `bench/*.bench.js` (compiled) one after the other, each in its own
 * Node process so that one benchmark's heap does not weigh on the next, and prints their reports.
 * Each runs with the main-thread heap limit of the CLI (src/pipeline/memory.ts).
 * Names come first (`npm run bench -- api`); the options after them go to each benchmark
 * (`npm run bench -- api --peer --duration 5`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAIN_HEAP_ARGS } from '../src/pipeline/memory.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('--'));
const only = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f.replace(/\.bench\.js$/, '')}\n`);
  // The main thread's heap limit the CLI runs with (src/cli/main.ts's shebang), so that a bench
  // measures the memory `diplograph` would use.
  const r = spawnSync(process.execPath, ['--expose-gc', ...MAIN_HEAP_ARGS, path.join(here, f), ...options], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
if (files.length === 0) console.log('no benchmarks found');
process.exitCode = failed ? 1 : 0;
