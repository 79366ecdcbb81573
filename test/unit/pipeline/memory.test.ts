/**
 * The memory limits of an ingest process (src/pipeline/memory.ts): the main thread's, given on the
 * command line wherever the CLI is started, and the extraction workers', under which a report
 * that needs more fails alone with a clear message while the run goes on.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_REPORT_BYTES } from '../../../src/input/errors.js';
import { ROOT } from '../../../src/paths.js';
import { ExtractionPool } from '../../../src/pipeline/pool.js';
import { MAIN_HEAP_FLAG, MAIN_HEAP_MB, WORKER_HEAP_MB } from '../../../src/pipeline/memory.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');

/** A report of about `bytes` bytes: numbered paragraphs of a meeting and a quote, all different. */
function longReport(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      `Paragraph ${i}. Foreign Minister Ana Pereira met her counterpart Li Wei in Lisbon on Monday ${i}, the ministry said. ` +
      `"We agreed to deepen cooperation on trade number ${i} and on climate," Pereira told reporters after the talks.\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('').slice(0, bytes);
}

describe('the main thread heap limit', () => {
  it('is in the diplograph bin: run as a program, the CLI starts with it', () => {
    const first = fs.readFileSync(CLI, 'utf8').split('\n')[0];
    assert.equal(first, `#!/usr/bin/env -S node ${MAIN_HEAP_FLAG}`);
    // Run the file itself, as `diplograph` on the PATH is run: the shebang must work (env -S).
    const r = spawnSync(CLI, ['--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage: diplograph/);
  });

  it('is given by every npm script that runs the CLI with node', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // Scripts that give dist/src/cli/main.js to node as the program to run (not the build's chmod).
    const running = Object.entries(pkg.scripts).filter(([, s]) =>
      /\bnode\b[^&|;]*\sdist\/src\/cli\/main\.js\b/.test(s),
    );
    assert.ok(running.length >= 2, 'start and eval run the CLI');
    for (const [name, script] of running)
      assert.ok(script.includes(`node ${MAIN_HEAP_FLAG} dist/src/cli/main.js`), `${name}: ${script}`);
    assert.ok(MAIN_HEAP_MB >= 64);
  });
});

describe('the extraction workers heap limit', () => {
  const pools: ExtractionPool[] = [];
  after(() => Promise.all(pools.map((p) => p.close())));

  it('takes a long report: 256 KB of dense text, five times the longest real report', async () => {
    // The longest page in test/fixtures/real is 49 KB; this is a meeting and a quote in every
    // sentence. (512 KB of it extracts in 73 MB, 1 MB does not fit in 128 MB.)
    const pool = new ExtractionPool(1);
    pools.push(pool);
    assert.equal(pool.heapMb, WORKER_HEAP_MB);
    const r = await pool.run({ kind: 'text', input: 'long', text: longReport(256 * 1024), meta: {} });
    assert.equal(r.ok, true, r.ok ? '' : r.message);
    assert.ok(pool.heapPeak.total > 0 && pool.heapPeak.total <= (WORKER_HEAP_MB + 16) * 1048576);
  });

  it('a report over a lowered limit fails alone, saying so, and the next report is extracted', async () => {
    // 64 MB holds the model (about 50 MB) but not the extraction of 5 MB, the most a report may be.
    const pool = new ExtractionPool(1, { heapMb: 64 });
    pools.push(pool);
    const big = await pool.run({ kind: 'text', input: 'long', text: longReport(MAX_REPORT_BYTES), meta: {} });
    assert.equal(big.ok, false);
    assert.match(big.ok ? '' : big.message, /ran out of memory on this report, over the 64 MB a worker may use/);
    const small = await pool.run({ kind: 'text', input: 'short', text: longReport(400), meta: {} });
    assert.equal(small.ok, true, small.ok ? '' : small.message);
    assert.ok(small.ok && small.reports.length === 1);
  });

  it('refuses a limit too small to be one', () => {
    assert.throws(() => new ExtractionPool(1, { heapMb: 8 }), /16 MB or more, not 8/);
  });
});
