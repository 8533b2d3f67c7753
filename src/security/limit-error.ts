import { GraphQLError } from 'graphql';
import { ErrorCode } from '../http/errors';

/** The limits a request can exceed (the `extensions.limit` of a QUERY_LIMIT_EXCEEDED error). */
export type QueryLimitName = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens' | 'characters' | 'body';

/**
 * A request refused because it exceeds a limit: `extensions.code` QUERY_LIMIT_EXCEEDED, `extensions.limit` names the
 * limit, `extensions.max` its value and `extensions.actual` what the request had (when known); HTTP status 400.
 */
export function queryLimitError(limit: QueryLimitName, max: number | string, actual: number | undefined, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.QUERY_LIMIT_EXCEEDED,
      limit,
      max,
      ...(actual === undefined ? {} : { actual }),
      http: { status: 400 },
    },
  });
}

/** Whether an error (raw or formatted) is a refusal by a query limit. */
export function isQueryLimitError(error: { extensions?: Readonly<Record<string, unknown>> }): boolean {
  return typeof error.extensions?.limit === 'string';
}
