import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getConfig } from '../../../src/config.js';
import { LocalNeo4j } from '../../../src/neo4j/index.js';
import { freePort } from '../../../src/neo4j/net.js';
import { ROOT } from '../../../src/paths.js';
import { testNeo4jKind } from '../../support/graph.js';

describe(
  'diplograph start',
  { skip: testNeo4jKind() !== 'local' && 'needs the local Neo4j of the test command' },
  () => {
    it('reuses a running Neo4j, prints the Bolt and Browser addresses, and on SIGTERM exits 0 leaving that Neo4j running', async () => {
      const config = getConfig();
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'start'], {
        // Without NEO4J_URI, as `npm start` runs on a fresh clone: it finds the local Neo4j running.
        env: { ...process.env, NEO4J_URI: '', PORT: String(await freePort()) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      const deadline = Date.now() + 120_000;
      while (!output.includes('Press Ctrl-C to stop.') && child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.match(output, /Graph schema applied/);
      assert.match(output, new RegExp(`Bolt: +bolt://127\\.0\\.0\\.1:${config.NEO4J_BOLT_PORT}`));
      assert.match(output, new RegExp(`Neo4j Browser: +http://127\\.0\\.0\\.1:${config.NEO4J_HTTP_PORT}/browser/`));

      child.kill('SIGTERM');
      assert.equal(await exited, 0, output);
      assert.match(output, /Stopped\./);
      assert.doesNotMatch(output, /Stopping Neo4j/, 'it did not start this Neo4j, so it leaves it running');
      assert.equal(new LocalNeo4j(config).status().running, true);
    });
  },
);
