import { ErrorRequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';
import { Logger } from '../logging/logger';
import { requestRecordOf } from '../logging/request-log';
import { queryLimitError } from '../security/limit-error';

/** Answers with one GraphQL error (a refusal made before Apollo Server sees the request), in GraphQL's JSON shape. */
export function sendGraphQLError(res: Response, error: GraphQLError, status: number): void {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  requestRecordOf(res)?.errorCodes.push(String(extensions.code));
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}

/**
 * Errors that reach Express (a body over the size limit, a body that is not JSON, an unsupported charset, a bug in a
 * route) become coded GraphQL-shaped JSON errors, never Express's HTML page with a stack trace. Unexpected ones are
 * logged with the request id and answered as INTERNAL_SERVER_ERROR with `extensions.requestId`.
 */
export function httpErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: { type?: string; status?: number; expose?: boolean; length?: number }, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error.type === 'entity.too.large') {
      const message = `The request body has ${error.length} bytes; at most ${bodyLimit} are allowed.`;
      sendGraphQLError(res, queryLimitError('body', bodyLimit, error.length, message), 413);
      return;
    }
    const status = typeof error.status === 'number' ? error.status : 500;
    if (status < 500 && error.expose) {
      const message = error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : String((error as Error).message);
      sendGraphQLError(res, new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST } }), status);
      return;
    }
    const requestId = requestRecordOf(res)?.requestId;
    logger.error({ requestId, err: error, path: req.path }, 'internal error');
    sendGraphQLError(
      res,
      new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }),
      500,
    );
  };
}
