/**
 * Neo4j killed (SIGKILL, no shutdown) in the middle of `diplograph ingest`, as a crash or an
 * OOM-killer would. The test runs its own local Neo4j in a temporary folder (not the shared test
 * instance, which other files use), then:
 * - the ingest stops within seconds, saying how many reports went in and that running it again continues;
 * - after a restart (Neo4j recovers from its transaction log), the graph holds exactly that many
 *   articles, each one whole (all of its claims, as in a clean run);
 * - running the command again completes it, and the graph is the graph of one clean run
 *   (`export --stable`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type Config } from '../../../src/config.js';
import { Graph } from '../../../src/graph/driver.js';
import { ensureNeo4j, type Neo4jHandle } from '../../../src/neo4j/index.js';
import { freePort } from '../../../src/neo4j/net.js';
import { exportGraph } from '../../../src/graph/export.js';
import { emptyGraph, testNeo4jKind } from '../../support/graph.js';
import { ROOT } from '../../../src/paths.js';
import { claimsPerArticle } from '../../support/claims.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
const COPIES = 4;
let dir: string;
let dataDir: string;
let config: Config;
let neo4j: Neo4jHandle | undefined;

/** The test command's local Neo4j has fetched the jars; with a configured NEO4J_URI it may not have. */
const skip = testNeo4jKind() !== 'local' ? 'needs the project-run local Neo4j (its jars)' : false;

before(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-killed-'));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-killed-neo4j-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')))
    for (let copy = 0; copy < COPIES; copy++)
      fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, `c${copy}_${f}`));
  config = parseConfig({
    ...process.env,
    NEO4J_URI: undefined,
    DIPLOGRAPH_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: '256m',
    NEO4J_PAGECACHE: '64m',
  });
  neo4j = await ensureNeo4j(config);
});
after(async () => {
  await neo4j?.stop();
  for (const d of [dir, dataDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const cliEnv = () => ({
  ...process.env,
  NEO4J_URI: neo4j!.uri,
  NEO4J_USER: config.NEO4J_USER,
  NEO4J_PASSWORD: config.NEO4J_PASSWORD,
});

async function withGraph<T>(work: (g: Graph) => Promise<T>): Promise<T> {
  const g = Graph.forConfig(config, neo4j!.uri);
  try {
    return await work(g);
  } finally {
    await g.close();
  }
}

const stableExport = () => {
  const r = spawnSync(process.execPath, [CLI, 'export', '--stable', '--format', 'json'], {
    env: cliEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

describe('Neo4j killed with SIGKILL during an ingest', { skip }, () => {
  it(
    'stops within seconds; after a restart every stored report is whole; running again gives the graph of a clean run',
    { timeout: 900_000 },
    async () => {
      const status = neo4j!.local!.status();
      assert.ok(status.running, 'the test Neo4j runs');
      const pid = status.state.pid;
      const child = spawn(process.execPath, [CLI, 'ingest', '--batch', '2', '--workers', '1', '--wait', '3', dir], {
        env: { ...cliEnv(), LOG_LEVEL: 'debug' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let ingested = 0;
      let killedAt = 0;
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => {
        output += c.toString();
        ingested += (c.toString().match(/"msg":"ingested"/g) ?? []).length;
        if (ingested >= 4 && !killedAt) {
          killedAt = Date.now();
          process.kill(pid, 'SIGKILL');
        }
      });
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      const seconds = (Date.now() - killedAt) / 1000;
      assert.ok(killedAt > 0, `Neo4j was killed (${output})`);
      assert.equal(code, 1, output);
      assert.ok(seconds < 30, `stopped ${seconds.toFixed(1)} s after Neo4j was killed`);
      const said = /Neo4j stopped answering: (\d+) reports? (?:was|were) written before it went away/.exec(output);
      assert.ok(said, output);
      assert.match(output, /Run the same command again/);
      const written = Number(said[1]);
      assert.ok(written >= 4 && written < 5 * COPIES, `${written} written`);

      // Restart: the same folder, recovered by Neo4j from its transaction log.
      neo4j = await ensureNeo4j(config);
      const afterCrash = await withGraph((g) => exportGraph(g));
      const partial = claimsPerArticle(afterCrash);
      assert.equal(partial.size, written, 'the count said is the count in the graph');

      const again = spawnSync(process.execPath, [CLI, 'ingest', '--workers', '1', dir], {
        env: cliEnv(),
        encoding: 'utf8',
      });
      assert.equal(again.status, 0, again.stdout + again.stderr);
      assert.match(
        again.stdout,
        new RegExp(`${5 * COPIES - written} new, 0 replaced \\(changed\\), ${written} unchanged`),
      );
      const resumed = stableExport();

      // A clean run of the same folder, in the emptied database.
      await withGraph(async (g) => {
        await emptyGraph(g);
        await g.applySchema();
      });
      const clean = spawnSync(process.execPath, [CLI, 'ingest', '--workers', '1', dir], {
        env: cliEnv(),
        encoding: 'utf8',
      });
      assert.equal(clean.status, 0, clean.stdout + clean.stderr);
      const cleanClaims = claimsPerArticle(await withGraph((g) => exportGraph(g)));
      for (const [id, n] of partial) assert.equal(n, cleanClaims.get(id), `article ${id} was stored whole`);
      assert.equal(resumed, stableExport(), 'the resumed graph is the graph of a clean run');
    },
  );
});
