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
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A client error that names the argument or input field at fault (`extensions.field`). */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps a driver error to an API error: the one place where Neo4j failures become GraphQL errors. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable'))) {
    return new GraphQLError('The graph database is not reachable right now; try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      originalError: error,
    });
  }
  return error;
}
