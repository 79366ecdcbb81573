/**
 * Two `diplograph ingest` processes at once against one Neo4j, on interleaved halves of a corpus
 * whose reports share people, quotes and meetings, writing one report per transaction so that
 * their writes interleave as much as they can, starting together on a database without its
 * schema: the graph (`diplograph export --stable`) must be the one a single sequential run gives.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { assertSameGraph } from '../../support/compare.js';
import { corpusReports } from '../../../bench/corpus.js';
import { ROOT } from '../../../src/paths.js';
import type { GraphExport } from '../../../src/graph/export.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
const COUNT = 60;
let graph: Graph;
let dir: string;

before(async () => {
  graph = await openTestGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-two-'));
  for (const half of ['a', 'b']) fs.mkdirSync(path.join(dir, half));
  let i = 0;
  for (const r of corpusReports({ count: COUNT, seed: 3 }))
    fs.writeFileSync(path.join(dir, i++ % 2 ? 'b' : 'a', r.file), r.text);
});
after(async () => {
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function exportStable(): GraphExport {
  const r = spawnSync(process.execPath, [CLI, 'export', '--stable', '--without-text'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as GraphExport;
}

function ingest(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'ingest', '--workers', '1', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('two ingest processes at once', () => {
  it(
    'give the graph of one sequential run, also when they start together on a database without its schema',
    { timeout: 900_000 },
    async () => {
      const sequential = await ingest(path.join(dir, 'a'), path.join(dir, 'b'));
      assert.equal(sequential.code, 0, sequential.out);
      assert.match(sequential.out, new RegExp(`Read ${COUNT} reports`));
      const expected = exportStable();

      await emptyGraph(graph);
      for (const row of await graph.read('SHOW CONSTRAINTS YIELD name RETURN name'))
        await graph.write(`DROP CONSTRAINT ${row.name as string}`);
      for (const row of await graph.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
        await graph.write(`DROP INDEX ${row.name as string}`);

      const [a, b] = await Promise.all([
        ingest('--batch', '1', path.join(dir, 'a')),
        ingest('--batch', '1', path.join(dir, 'b')),
      ]);
      assert.equal(a.code, 0, a.out);
      assert.equal(b.code, 0, b.out);
      assertSameGraph(exportStable(), expected, 'two processes');
    },
  );
});
