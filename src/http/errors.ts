import { GraphQLError } from 'graphql';

/**
 * The API's errors: the codes it returns in `extensions.code`, and the errors it raises with them. Formatting (what a
 * client sees of each, masking in production) is beside them in format-error.ts; Neo4j failures are mapped to these in
 * src/graph/errors.ts.
 */

/** The error codes the API returns in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The HTTP request is not a GraphQL request (not JSON, batched, blocked as a possible CSRF): Apollo's code. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request exceeds a query limit (depth, cost, aliases, ...): `extensions.limit` names which. */
  QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED',
  /** A Cypher transaction ran longer than its server-side timeout and was terminated (NEO4J_TX_TIMEOUT_MS). */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Seconds a client should wait before trying again after SERVICE_UNAVAILABLE (the `Retry-After` header). */
export const RETRY_AFTER_SECONDS = 2;

/** A client error that names the argument or input field at fault (`extensions.field`). */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/**
 * SERVICE_UNAVAILABLE: the database cannot answer now. The HTTP response becomes 503 with `Retry-After`, so load
 * balancers and clients know to back off and try again; the message never includes driver internals.
 */
export function serviceUnavailable(
  message = 'The graph database is not reachable right now; try again shortly.',
  cause?: unknown,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

/** QUERY_TIMEOUT: the query took longer than the server-side transaction timeout allows and was stopped. */
export function queryTimeout(timeoutMs: number, cause?: unknown): GraphQLError {
  return new GraphQLError(
    `The query took too long: it was stopped after the ${timeoutMs} ms limit. Ask for less (smaller pages, fewer hops, a narrower filter).`,
    { extensions: { code: ErrorCode.QUERY_TIMEOUT, timeoutMs }, originalError: cause instanceof Error ? cause : undefined },
  );
}
