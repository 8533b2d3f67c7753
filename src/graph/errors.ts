import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, queryTimeout, serviceUnavailable } from '../http/errors';

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
