/**
 * A crash in the middle of an ingest leaves no half report: the `ingest` command is killed
 * (SIGKILL, no chance to clean up) while it writes a folder of reports, and every report in the
 * graph then has all of its claims or is absent. Running the command again completes the graph,
 * with no duplicate: it is the graph a clean ingest gives.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { ingestInputs, expandInputs } from '../../../src/cli/ingest.js';
import { exportGraph } from '../../../src/graph/export.js';
import { ROOT } from '../../../src/paths.js';
import { claimsPerArticle } from '../../support/claims.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
let graph: Graph;
let dir: string;

before(async () => {
  graph = await openTestGraph();
  // Four copies of the five seeds under other names: twenty reports, each copy its own article.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-crash-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')))
    for (let copy = 0; copy < 4; copy++) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, `c${copy}_${f}`));
});
after(async () => {
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cliEnv = () => ({ ...process.env, LOG_LEVEL: 'debug' });

describe('an ingest killed in the middle', () => {
  it('leaves only whole reports, and running it again gives the graph of a clean ingest with no duplicate', async () => {
    const { inputs } = await expandInputs([dir]);
    await ingestInputs(graph, inputs, {});
    const clean = await exportGraph(graph, { omit: ['ingestedAt'] });
    const expected = claimsPerArticle(clean);
    await emptyGraph(graph);

    // Kill the command once it has written a few batches of two reports: it is then inside the next one's transaction or about to be.
    const child = spawn(process.execPath, [CLI, 'ingest', '--batch', '2', dir], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ingested = 0;
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        ingested += (chunk.toString().match(/"msg":"ingested"/g) ?? []).length;
        if (ingested >= 3 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.equal(child.signalCode, 'SIGKILL', 'the command was killed before it finished');

    const partial = claimsPerArticle(await exportGraph(graph));
    assert.ok(partial.size >= 3 && partial.size < expected.size, `some but not all reports are in (${partial.size})`);
    for (const [id, n] of partial) assert.equal(n, expected.get(id), `report ${id} is whole`);

    const again = spawnSync(process.execPath, [CLI, 'ingest', dir], { env: cliEnv(), encoding: 'utf8' });
    assert.equal(again.status, 0, again.stdout + again.stderr);
    assert.deepEqual(await exportGraph(graph, { omit: ['ingestedAt'] }), clean);
  });
});
