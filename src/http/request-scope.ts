import { AsyncLocalStorage } from 'node:async_hooks';

/** What the request log says about one GraphQL request, filled in while it is served. */
export interface RequestRecord {
  requestId: string;
  /** The operation's name, when it has one and the document got that far. */
  operationName: string | null;
  /** Cypher statements the request sent (its executor's count). */
  cypherRoundTrips: number;
  /** `extensions.code` of every error in the response, in order. */
  errorCodes: string[];
}

const scope = new AsyncLocalStorage<RequestRecord>();

/** A fresh record for the request with this id. */
export function newRequestRecord(requestId: string): RequestRecord {
  return { requestId, operationName: null, cypherRoundTrips: 0, errorCodes: [] };
}

/** Runs `work` (and everything it awaits) as part of the request `record` describes. */
export function runInRequest<T>(record: RequestRecord, work: () => T): T {
  return scope.run(record, work);
}

/** The record of the request being served, if any (error formatting and plugins fill it in). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}
