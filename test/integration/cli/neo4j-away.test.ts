/**
 * Neo4j going away in the middle of `diplograph ingest`: the connection is cut (a TCP proxy in
 * front of the test Neo4j stops forwarding and refuses new connections). The command must not
 * spend minutes retrying report after report: it waits a short, visible while (`--wait`), then
 * stops, saying how many reports went in and that running it again continues. Every report in
 * the graph is whole, and running the command again completes it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { openTestGraph } from '../../support/graph.js';
import { getConfig } from '../../../src/config.js';
import { ROOT } from '../../../src/paths.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
let graph: Graph;
let dir: string;

before(async () => {
  graph = await openTestGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-away-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')))
    for (let copy = 0; copy < 4; copy++) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, `c${copy}_${f}`));
});
after(async () => {
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A TCP proxy to Neo4j's Bolt port that can be cut. */
async function proxy(target: URL): Promise<{ port: number; cut(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe('Neo4j going away during an ingest', () => {
  it(
    'stops within seconds, says how many reports went in and that running it again continues; running it again completes',
    { timeout: 600_000 },
    async () => {
      const bolt = new URL(getConfig().NEO4J_URI!.replace(/^[a-z+]+:/, 'http:'));
      const p = await proxy(bolt);
      const child = spawn(process.execPath, [CLI, 'ingest', '--batch', '2', '--workers', '1', '--wait', '3', dir], {
        env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${p.port}`, LOG_LEVEL: 'debug' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let ingested = 0;
      let cutAt = 0;
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        ingested += (c.toString().match(/"msg":"ingested"/g) ?? []).length;
        if (ingested >= 4 && !cutAt) {
          cutAt = Date.now();
          p.cut();
        }
      });
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      const seconds = (Date.now() - cutAt) / 1000;
      assert.ok(cutAt > 0, `the connection was cut (${stdout}${stderr})`);
      assert.equal(code, 1, stdout + stderr);
      assert.ok(seconds < 30, `stopped ${seconds.toFixed(1)} s after Neo4j went away`);
      assert.match(stderr, /waiting for Neo4j/, 'the wait is shown');
      const said = /Neo4j stopped answering: (\d+) reports? (?:was|were) written before it went away/.exec(stderr);
      assert.ok(said, stderr);
      assert.match(stderr, /Run the same command again/);

      const rows = await graph.read('MATCH (a:Article) RETURN count(a) AS n');
      assert.equal(rows[0]!.n, Number(said[1]), 'the count said is the count in the graph');
      assert.ok(Number(said[1]) >= 4 && Number(said[1]) < 20);

      const again = spawnSync(process.execPath, [CLI, 'ingest', '--workers', '1', dir], { encoding: 'utf8' });
      assert.equal(again.status, 0, again.stdout + again.stderr);
      assert.match(
        again.stdout,
        new RegExp(`${20 - Number(said[1])} new, 0 replaced \\(changed\\), ${said[1]} unchanged`),
      );
    },
  );
});
