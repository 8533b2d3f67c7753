import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { digestKey } from '../config';
import { ErrorCode } from '../http/errors';

/** Who is asking: whether the request carried a valid API key. */
export interface Access {
  /** A valid key was presented. */
  authenticated: boolean;
  /** A key was presented (valid or not). */
  presented: boolean;
  /** Writes are possible at all (keys are configured). */
  writesEnabled: boolean;
}

/**
 * Reads `Authorization: Bearer <key>` and checks it against the configured key digests in constant time. The key
 * itself is never stored or logged.
 */
export function accessOf(authorization: string | undefined, digests: Buffer[]): Access {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const presented = !!authorization;
  if (!match) return { authenticated: false, presented, writesEnabled: digests.length > 0 };
  const digest = digestKey(match[1]);
  let authenticated = false;
  for (const candidate of digests) authenticated = timingSafeEqual(candidate, digest) || authenticated;
  return { authenticated, presented, writesEnabled: digests.length > 0 };
}

/** Throws unless the request may write: FORBIDDEN when writes are disabled, else UNAUTHENTICATED without a valid key. */
export function requireWriter(access: Access): void {
  if (!access.writesEnabled) {
    throw new GraphQLError('Writes are disabled on this server: no API_KEYS are configured.', {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
  }
  if (!access.authenticated) throw unauthenticated(access);
}

/** The error for a request without a valid key. */
export function unauthenticated(access: Access): GraphQLError {
  return new GraphQLError(access.presented ? 'The API key is not valid.' : 'This needs an API key: send `Authorization: Bearer <key>`.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}
