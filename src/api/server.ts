/**
 * The GraphQL server: Apollo Server on node:http, with `/graphql`, `/health` and `/ready`.
 * We use Apollo's HTTP integration API (`executeHTTPGraphQLRequest`) rather than
 * `startStandaloneServer` because the standalone server cannot answer other paths.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApolloServer,
  HeaderMap,
  type ApolloServerPlugin,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Graph } from '../graph/driver.js';
import { MAX_REPORT_BYTES } from '../input/index.js';
import { makeContext, type Context, type ReportPipeline } from './context.js';
import { makeFormatError } from './errors.js';
import { apiSchema } from './schema.js';

/**
 * Request bodies above this size are refused: room for the largest report the mutation accepts
 * (MAX_REPORT_BYTES, the CLI's limit too; the pipeline refuses a larger one) with its JSON
 * escapes and the other fields. The report's own limit is checked by the pipeline, not here.
 */
const MAX_BODY_BYTES = MAX_REPORT_BYTES + 1024 * 1024;
/** How long `/ready` waits for Neo4j before saying it is not ready. */
const READY_TIMEOUT_MS = 2_000;

/**
 * Limits that keep one request from costing the server much: nesting depth (a person's meetings'
 * participants' meetings… is a depth of about 8; 12 leaves room for Relay's `edges { node }`),
 * aliases (the cheap way to multiply work), a cost estimate and the size of the document.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 2_000,
};

export interface ApiServerOptions {
  graph: Graph;
  config: Pick<Config, 'HOST' | 'PORT' | 'API_KEY' | 'GRAPHQL_INTROSPECTION'>;
  log: Logger;
  /** The ingest pipeline behind the mutations; null turns them off. */
  pipeline: ReportPipeline | null;
}

export interface ApiServer {
  /** `http://host:port/graphql`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Whether the `Authorization` header carries the key; compared in constant time. */
export function hasKey(header: string | undefined, key: string | undefined): boolean {
  if (!key || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(match[1]!), digest(key));
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config, log } = options;
  const httpServer = http.createServer();
  const apollo = apolloServer(httpServer, await apiSchema(), config, log);
  await apollo.start();
  const handle = requestHandler(apollo, options);
  let requests = 0;
  httpServer.on('request', (req, res) => {
    const id = ++requests;
    handle(req, res, id).catch((err: unknown) => {
      log.error({ err, request: id }, 'request failed outside GraphQL');
      if (!res.headersSent)
        send(res, 500, {
          errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    // Apollo's drain plugin closes the listener, waits for requests in flight, then stops.
    stop: () => apollo.stop(),
  };
}

/** Apollo Server over the schema, with the limits, the error formatting and the landing page. */
function apolloServer(
  httpServer: http.Server,
  schema: GraphQLSchema,
  config: ApiServerOptions['config'],
  log: Logger,
): ApolloServer<Context> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    // Tokens are counted by graphql-js's own parser (`parseOptions` below): armor's plugin for it
    // re-parses the document and turns syntax errors into 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // Suggestions ("Did you mean …?") only leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !config.GRAPHQL_INTROSPECTION },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema,
    introspection: config.GRAPHQL_INTROSPECTION,
    // Apollo's CSRF prevention (on by default, kept on explicitly): a GET or a "simple" POST that a
    // browser could send cross-site without a preflight is refused unless it carries a header
    // such as `apollo-require-preflight` or a JSON content type.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (`diplograph start` stops the steps in order on SIGINT/SIGTERM).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError: makeFormatError(log),
    validationRules: protection.validationRules,
    plugins: [
      // No cache hints are set, and the cache-control plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      // graphql-armor's typings point at Apollo's CommonJS build; the objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.GRAPHQL_INTROSPECTION
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** Answers one HTTP request: `/health`, `/ready`, or a GraphQL request handed to Apollo. */
function requestHandler(apollo: ApolloServer<Context>, options: ApiServerOptions) {
  const { graph, config, log, pipeline } = options;
  return async (req: http.IncomingMessage, res: http.ServerResponse, id: number): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') return ready(graph, res);
    if (url.pathname !== '/graphql' && url.pathname !== '/graphql/')
      return send(res, 404, { error: 'not found: the GraphQL endpoint is /graphql' });

    const raw = await readBody(req);
    if (raw === null)
      return send(res, 413, {
        errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }],
      });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if (/^application\/(.+\+)?json/i.test(headers.get('content-type') ?? '') && raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
    }
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const reqLog = log.child({ request: id });
    const access = {
      authorized: hasKey(headers.get('authorization'), config.API_KEY),
      mutationsEnabled: Boolean(config.API_KEY),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: () => Promise.resolve(makeContext(graph, reqLog, access, pipeline)),
    });
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.statusCode = httpStatus(result);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}

/** `/ready`: 200 while Neo4j answers within READY_TIMEOUT_MS, else 503. */
async function ready(graph: Graph, res: http.ServerResponse): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      graph.read('RETURN 1 AS ok'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
      }),
    ]);
    send(res, 200, { status: 'ready', neo4j: 'up' });
  } catch {
    send(res, 503, { status: 'not ready', neo4j: 'down' });
  } finally {
    clearTimeout(timer);
  }
}

/** The codes of GraphQL request errors: the document does not parse or validate, or the variables do not coerce. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The HTTP status of Apollo's answer, per the GraphQL-over-HTTP spec: a well-formed request
 * answered with `application/json` SHOULD get 200 whatever GraphQL request error it raised (the
 * errors are in the body), where Apollo says 400 for a document that does not parse or validate
 * and for variables that do not coerce. Only those answers change; a malformed request (bad JSON,
 * no query), a CSRF refusal and every `application/graphql-response+json` answer (where 400 is
 * right) keep Apollo's status.
 */
export function httpStatus(result: HTTPGraphQLResponse): number {
  const status = result.status ?? 200;
  if (status !== 400 || result.body.kind !== 'complete') return status;
  if (!/^application\/json\s*(;|$)/i.test(result.headers.get('content-type') ?? '')) return status;
  try {
    const body = JSON.parse(result.body.string) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const requestErrors =
      !('data' in body) &&
      Array.isArray(body.errors) &&
      body.errors.length > 0 &&
      body.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)));
    return requestErrors ? 200 : status;
  } catch {
    return status;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The body as UTF-8 text, or null when it is over the limit. */
async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
