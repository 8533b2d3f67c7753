import { GraphQLError, GraphQLFormattedError } from 'graphql';
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

/**
 * graphql-js refuses a document with more tokens than `parseOptions.maxTokens` as a syntax error; this gives that
 * refusal the limit's code, or returns undefined for any other error.
 */
export function tokenLimitOf(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  // graphql-js 16 says "more that"; a later version may mend the typo.
  const tokens = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/.exec(formatted.message);
  if (!tokens) return undefined;
  const max = Number(tokens[1]);
  return {
    message: `The document has more than ${max} tokens; at most ${max} are allowed.`,
    extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: 'tokens', max },
  };
}
