import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** The error codes the API returns in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
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
export function serviceUnavailable(message = 'The graph database is not reachable right now; try again shortly.', cause?: unknown): GraphQLError {
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

/** Codes of a driver that cannot reach the server, or lost it mid-transaction. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The transaction ran past its timeout (client-configured, or the server's db.transaction.timeout). */
const TIMED_OUT = /^Neo\.(ClientError|TransientError)\.Transaction\.TransactionTimedOut/;

/**
 * The transaction was terminated while it ran: by its timeout (Neo4j then sometimes reports the lock it was waiting
 * for, LockClientStopped, or just Terminated), by an operator, or because the database is shutting down.
 */
const TERMINATED = new Set([
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** What the executor knows about the transaction that failed: how long it ran and its timeout. */
export interface FailureContext {
  elapsedMs: number;
  timeoutMs: number;
}

/**
 * True when a driver error means the database is unreachable or unavailable (stopped, restarting, network gone),
 * as opposed to an error of the query itself.
 */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
}

/** True when Neo4j stopped a transaction for running past its timeout: the database is up, if slow. */
export function isTimeoutError(error: unknown): boolean {
  return error instanceof Neo4jError && TIMED_OUT.test(error.code);
}

/**
 * Maps a driver error to an API error: the one place where Neo4j failures become GraphQL errors.
 * - unreachable or unavailable database, or an exhausted connection pool: SERVICE_UNAVAILABLE (HTTP 503);
 * - a transaction past its timeout: QUERY_TIMEOUT; a terminated transaction counts as timed out when it had
 *   reached its timeout, else it was stopped by the database (shutting down, an operator): SERVICE_UNAVAILABLE;
 * - anything else is returned unchanged (an internal error, masked by the server's formatError).
 */
export function mapNeo4jError(error: unknown, context?: FailureContext): unknown {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (isUnavailableError(error)) return serviceUnavailable(undefined, error);
  if (TIMED_OUT.test(error.code)) return queryTimeout(context?.timeoutMs ?? 0, error);
  if (TERMINATED.has(error.code)) {
    if (context && context.timeoutMs > 0 && context.elapsedMs >= context.timeoutMs) return queryTimeout(context.timeoutMs, error);
    return serviceUnavailable('The graph database stopped this query (it may be restarting); try again shortly.', error);
  }
  if (error.message.startsWith('Connection acquisition timed out')) {
    return serviceUnavailable('The graph database is too busy to take this query now; try again shortly.', error);
  }
  return error;
}

/** True for the API error that says the database cannot answer (SERVICE_UNAVAILABLE). */
export function isServiceUnavailable(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;
}
