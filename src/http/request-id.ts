import { randomUUID } from 'node:crypto';

/** The response header (and accepted request header) that names a request. */
export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The id of a request: the caller's `x-request-id` when it is 1 to 64 letters, digits, `-` or `_` (so a proxy's id
 * ties the logs together), otherwise a new UUID; anything else a caller sends never reaches the log.
 */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTABLE.test(header) ? header : randomUUID();
}
