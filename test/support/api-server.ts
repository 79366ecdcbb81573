/** Helpers for the API tests: a server on a free port over the test Neo4j, and a small HTTP client. */
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { Graph } from '../../src/graph/driver.js';
import type { ReportPipeline } from '../../src/api/context.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import type { Query } from './api-types.js';

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

export interface GraphQLResponse<T = Query> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A GraphQL request over HTTP. Its `data` is typed as the schema's root fields (`Query`) unless told otherwise. */
export async function gql<T = Query>(
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

/** The `data` of a request that must succeed: fails the test, with the errors, when it does not. */
export async function gqlData<T = Query>(
  server: ApiServer,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<T> {
  const r = await gql<T>(server, query, variables, {}, operationName);
  assert.equal(r.errors, undefined, `${operationName ?? query}: ${JSON.stringify(r.errors)}`);
  assert.ok(r.data, `${operationName ?? query}: no data`);
  return r.data;
}

/** The codes of a response's errors. */
export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
