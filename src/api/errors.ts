/**
 * The errors a client can see. Each carries `extensions.code` and a message that says what to do;
 * `formatError` is the one gate every error passes on its way out, and it lets through neither a
 * stack trace nor a driver message (which could quote Cypher).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { GraphAuthError, GraphTimeoutError, GraphUnavailableError } from '../graph/driver.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT';

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** An argument is out of range or malformed; the message names the argument and what it accepts. */
export const badUserInput = (argumentName: string, message: string) =>
  coded('BAD_USER_INPUT', message, { argumentName });
export const notFound = (what: string) => coded('NOT_FOUND', what);
export const unauthenticated = (message: string) => coded('UNAUTHENTICATED', message);

const SERVICE_UNAVAILABLE = {
  message: 'The graph database is not reachable right now; try again in a few seconds.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};
const TIMEOUT = {
  message:
    'The query took too long and was stopped; ask for fewer items (smaller `first`, lower `depth`) and try again.',
  extensions: { code: 'QUERY_TIMEOUT' },
};
const INTERNAL = { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/** Codes whose messages we wrote ourselves or Apollo wrote about the request, safe to show as they are. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
]);

/**
 * Argument literals of the wrong type ("first: \"ten\"", "from: \"June\"") fail GraphQL
 * validation; to a client they are bad input like any other, so they get the same code.
 */
const BAD_LITERAL = /(^Expected value of type|cannot represent)/;

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { path: formatted.path, locations: formatted.locations };
    if (original instanceof GraphUnavailableError) return { ...SERVICE_UNAVAILABLE, ...where };
    if (original instanceof GraphTimeoutError) return { ...TIMEOUT, ...where };
    if (original instanceof GraphAuthError) {
      log.error({ err: original }, 'Neo4j refused the credentials');
      return { ...SERVICE_UNAVAILABLE, ...where };
    }
    const given = formatted.extensions?.code;
    const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
    if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_LITERAL.test(formatted.message)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (SAFE_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while answering a GraphQL request');
    return { ...INTERNAL, ...where };
  };
}
