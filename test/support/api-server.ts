/** Helpers for the API tests: a server on a free port over the test Neo4j, and a small HTTP client. */
import { pino } from 'pino';
import type { Graph } from '../../src/graph/driver.js';
import { openTestGraph } from './graph.js';
import type { ReportPipeline } from '../../src/api/context.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';

export const TEST_KEY = 'test-api-key-0123456789';

export async function startTestServer(
  graph: Graph,
  options: { apiKey?: string; pipeline?: ReportPipeline | null } = {},
): Promise<ApiServer> {
  return startApiServer({
    graph,
    config: {
      HOST: '127.0.0.1',
      PORT: 0,
      API_KEY: 'apiKey' in options ? options.apiKey : TEST_KEY,
      GRAPHQL_INTROSPECTION: true,
    },
    log: pino({ level: 'silent' }),
    pipeline: options.pipeline ?? null,
  });
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = any>(
  server: ApiServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  operationName?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, ...body };
}

/** The codes of a response's errors. */
export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * The test graph, emptied, with the schema applied: `openTestGraph` of test/support, falling back
 * to a plain delete when its batched empty fails (its `LIMIT $batch` receives a float from the
 * driver on some versions).
 */
export async function openApiTestGraph(): Promise<Graph> {
  try {
    return await openTestGraph();
  } catch (err) {
    if (!/LIMIT/.test(String((err as Error).message))) throw err;
    const { getConfig } = await import('../../src/config.js');
    const { Graph: GraphClass } = await import('../../src/graph/driver.js');
    const c = getConfig();
    const graph = new GraphClass({
      uri: c.NEO4J_URI!,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
    });
    await graph.write('MATCH (n) DETACH DELETE n');
    await graph.applySchema();
    return graph;
  }
}
