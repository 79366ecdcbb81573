/**
 * Neo4j going away and coming back: the API answers SERVICE_UNAVAILABLE (and /ready 503) while it
 * is down, and serves again by itself once it is back, without a restart of the API server.
 * Runs only on the project's local test Neo4j, which it stops and always starts again.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getConfig } from '../../../src/config.js';
import { Graph } from '../../../src/graph/driver.js';
import { LocalNeo4j } from '../../../src/neo4j/index.js';
import type { ApiServer } from '../../../src/api/server.js';
import { testNeo4jKind, openTestGraph } from '../../support/graph.js';
import { writeFixture } from '../../support/api-fixture.js';
import { codes, gql, gqlData, startTestServer } from '../../support/api-server.js';

const local = testNeo4jKind() === 'local';
let graph: Graph;
let apiGraph: Graph;
let server: ApiServer;

before(async () => {
  if (!local) return;
  graph = await openTestGraph();
  await writeFixture(graph);
  // The server's own driver, set up as `diplograph start` sets it: short retries, query timeout.
  const c = getConfig();
  apiGraph = Graph.forConfig(c, c.NEO4J_URI!, { queryTimeoutMs: c.QUERY_TIMEOUT_MS, maxRetryTimeMs: 2_000 });
  server = await startTestServer(apiGraph);
});
after(async () => {
  await server?.stop();
  await apiGraph?.close();
  await graph?.close();
});

const QUERY = '{ person(name: "Okafor") { name meetings { totalCount } } }';

test(
  'a stopped Neo4j gives SERVICE_UNAVAILABLE and /ready 503; once restarted it is served again',
  { skip: !local && 'needs the local test Neo4j', timeout: 240_000 },
  async () => {
    const base = server.url.replace(/\/graphql$/, '');
    assert.equal((await gqlData(server, QUERY)).person?.meetings.totalCount, 2);

    const neo4j = new LocalNeo4j(getConfig());
    await neo4j.stop();
    try {
      const started = Date.now();
      const down = await gql(server, QUERY);
      const seconds = (Date.now() - started) / 1000;
      console.log(`answered SERVICE_UNAVAILABLE in ${seconds.toFixed(1)} s`);
      assert.deepEqual(codes(down), ['SERVICE_UNAVAILABLE']);
      assert.ok(seconds < 15, `answered within 15 s (took ${seconds.toFixed(1)} s)`);
      assert.doesNotMatch(JSON.stringify(down), /bolt:|ECONNREFUSED|stack/i);
      assert.equal((await fetch(`${base}/ready`)).status, 503);
      assert.equal((await fetch(`${base}/health`)).status, 200, 'the process itself is healthy');
    } finally {
      await neo4j.start();
    }

    // The driver reconnects on its own: poll until the same server answers again.
    const deadline = Date.now() + 60_000;
    let last = await gql(server, QUERY);
    while (last.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      last = await gql(server, QUERY);
    }
    assert.equal(last.errors, undefined, JSON.stringify(last.errors));
    assert.equal(last.data?.person?.name, 'Tomas Okafor');
    assert.equal((await fetch(`${base}/ready`)).status, 200);
  },
);
