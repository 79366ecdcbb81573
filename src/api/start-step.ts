/** The `diplograph start` step that serves the GraphQL API (plugged into src/cli/start.ts). */
import { logger } from '../log.js';
import { Graph } from '../graph/driver.js';
import { ingestReport, removeReport } from '../pipeline.js';
import type { StartupStep } from '../startup.js';
import { startApiServer } from './server.js';

/** API reads give up retrying after this long, so that a client hears "Neo4j is down" in seconds. */
const API_RETRY_MS = 3_000;

export const serveGraphqlStep: StartupStep = {
  name: 'serve GraphQL',
  run: async ({ config, neo4j, say, address, onStop }) => {
    // Its own driver: short retries and the query timeout for API reads, apart from the ingest's.
    const graph = Graph.forConfig(config, neo4j.uri, {
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      maxRetryTimeMs: API_RETRY_MS,
    });
    const server = await startApiServer({
      graph,
      config,
      log: logger().child({ component: 'api' }),
      pipeline: { ingestReport, removeReport },
    });
    onStop(async () => {
      await server.stop();
      await graph.close();
    });
    say(
      `GraphQL API listening${config.API_KEY ? ' (mutations on, with the API key)' : ' (mutations off: set API_KEY to enable them)'}.`,
    );
    address('GraphQL (Apollo Sandbox)', server.url);
    address('Health', server.url.replace(/\/graphql$/, '/ready'));
  },
};
