import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import { Logger } from '../logging/logger';
import { isQueryLimitError } from '../security/limit-error';
import { currentRequest } from './request-scope';

/** Codes that go out to the client as they are; any other error is internal and masked. */
export const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
  ErrorCode.QUERY_LIMIT_EXCEEDED,
  ErrorCode.BAD_REQUEST,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorFormatterOptions {
  production: boolean;
  logger: Logger;
}

/**
 * Apollo's `formatError`: client errors go out as they are (validation errors of type-graphql gain the `field` they
 * name, limit refusals get QUERY_LIMIT_EXCEEDED); in production no message suggests a field ("Did you mean ...").
 * Anything else is an internal error: logged with the request id, and answered as INTERNAL_SERVER_ERROR with
 * `extensions.requestId` and, in production, without its message. Every code is noted for the request log.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = currentRequest();
    const result = formatError(formatted, error, options, request?.requestId);
    request?.errorCodes.push(String(result.extensions?.code));
    return result;
  };
}

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  { production, logger }: ErrorFormatterOptions,
  requestId: string | undefined,
): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  if (isQueryLimitError(formatted)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
  }
  if (code === String(ErrorCode.BAD_USER_INPUT) && !formatted.extensions?.field) {
    const validation = (formatted.extensions?.validationErrors as Array<{ property: string }> | undefined)?.[0];
    const field = validation?.property ?? fieldOfMessage(formatted.message);
    return withoutSuggestions({ ...formatted, extensions: { ...formatted.extensions, ...(field ? { field } : {}) } }, production);
  }
  if (CLIENT_CODES.has(code)) return withoutSuggestions(formatted, production);
  logger.error({ requestId, err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'internal error');
  return {
    message: production ? 'Internal server error' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}

/** In production, a message never suggests names ("Did you mean "event"?"): they would reveal the schema. */
function withoutSuggestions(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !/Did you mean/.test(formatted.message)) return formatted;
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') };
}

/**
 * The input field a graphql-js coercion message names: `Variable "$input" got invalid value "x" at
 * "input.events[2].date"` names `events[2].date` of argument `input`; otherwise the variable or argument.
 */
export function fieldOfMessage(message: string): string | undefined {
  const at = /at "(?:[A-Za-z_]\w*)\.([^"]+)"/.exec(message);
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (at) return missing ? `${at[1]}.${missing[1]}` : at[1];
  if (missing && /got invalid value/.test(message)) return missing[1];
  return /argument "([^"]+)"|\$(\w+)/.exec(message)?.slice(1).find(Boolean);
}
