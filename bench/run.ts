/**
 * `npm run bench [-- NAME… [--flag value…]]`: runs every `bench/*.bench.js` (compiled), or those
 * whose name starts with a NAME, one after the other, each in its own Node process so that one
 * benchmark's heap does not weigh on the next; flags go to every benchmark run
 * (`npm run bench -- ingest --count 20000 --workers 2`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const only = firstFlag < 0 ? args : args.slice(0, firstFlag);
const flags = firstFlag < 0 ? [] : args.slice(firstFlag);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f.replace(/\.bench\.js$/, '')}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, f), ...flags], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (files.length === 0) console.log('no benchmarks found');
process.exitCode = failed ? 1 : 0;
