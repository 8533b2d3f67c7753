import { ApolloServerPlugin } from '@apollo/server';
import { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { REQUEST_ID_HEADER, requestIdOf } from '../http/request-id';
import { currentRequest, newRequestRecord, RequestRecord } from '../http/request-scope';
import { Logger } from './logger';

/**
 * The request log (pino-http): one JSON line per HTTP request when its response is done, with `requestId`, method,
 * path (never the query string), status, `durationMs`, and for GraphQL requests the `operationName`,
 * `cypherRoundTrips` and `errorCodes`. It names the request (`x-request-id`, echoed on every response) and gives it
 * a record (`res.locals.request`) that the GraphQL layer fills in. Headers, variables and documents are never logged:
 * no API key and no article text can reach it.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      (res as ServerResponse & { locals: Record<string, unknown> }).locals.request = newRequestRecord(id);
      return id;
    },
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (req, res, error) => levelOf(req, res.statusCode, error),
    customSuccessObject: (req, res, values: { responseTime: number }) => summary(req, res, values.responseTime),
    customErrorObject: (req, res, _error, values: { responseTime: number }) => summary(req, res, values.responseTime),
    customSuccessMessage: (req, res) => (res.writableEnded && !req.readableAborted ? 'request completed' : 'request aborted'),
    customErrorMessage: () => 'request failed',
  });
}

/**
 * A request line's level says what it means: `error` for a failure of ours (500, or an error thrown), `warn` for the
 * database being out of reach (503: expected during an outage, and answered with Retry-After), `info` for the rest;
 * /ready answering 503 while Neo4j starts, or while shutting down, is its job, not a warning.
 */
export function levelOf(req: IncomingMessage & { originalUrl?: string }, status: number, error?: unknown): 'error' | 'warn' | 'info' {
  if (error || (status >= 500 && status !== 503)) return 'error';
  if (status === 503) return (req.originalUrl ?? req.url ?? '').startsWith('/ready') ? 'info' : 'warn';
  return 'info';
}

/** The record of the request this response answers. */
export function requestRecordOf(res: { locals: Record<string, unknown> }): RequestRecord | undefined {
  return res.locals.request as RequestRecord | undefined;
}

/** What the request log reads of a request's context: the round trips its executor counted, and nothing else. */
export interface RoundTripsContext {
  graph?: { readonly roundTrips: number };
}

/** Fills the request's record with the operation's name and the Cypher round trips it cost. */
export function requestLogPlugin(): ApolloServerPlugin<RoundTripsContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, request, contextValue }) {
          const record = currentRequest();
          if (!record) return;
          record.operationName = operationName ?? request.operationName ?? null;
          record.cypherRoundTrips = contextValue.graph?.roundTrips ?? 0;
        },
      };
    },
  };
}

function summary(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, durationMs: number): Record<string, unknown> {
  const path = (req.originalUrl ?? req.url ?? '').split('?')[0];
  const line: Record<string, unknown> = { method: req.method, path, status: res.statusCode, durationMs };
  const record = requestRecordOf(res as ServerResponse & { locals: Record<string, unknown> });
  if (record && path.startsWith('/graphql')) {
    line.operationName = record.operationName;
    line.cypherRoundTrips = record.cypherRoundTrips;
    line.errorCodes = record.errorCodes;
  }
  return line;
}
