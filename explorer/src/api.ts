import { fragmentsByName, withFragments } from './fragments';
import fragmentsText from './queries/fragments.graphql';

/** An answer of the API with errors: the first error's message and code (BAD_USER_INPUT, SERVICE_UNAVAILABLE, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The API's endpoint: the explorer is served by the API, so it is on the same origin. */
export const ENDPOINT = '/graphql';

const FRAGMENTS = fragmentsByName(fragmentsText);

/** The operation with the shared fragments (queries/fragments.graphql) it spreads. */
export function operationText(operation: string): string {
  return withFragments(operation, FRAGMENTS);
}

/** Where the API key given to the explorer is kept: this tab's session storage, never sent anywhere but /graphql. */
const KEY_STORAGE = 'diplomatic-events-explorer:api-key';

/** The API key this tab was given (for an API whose reads need one, READ_REQUIRES_AUTH), if any. */
export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

/** Keeps an API key for this tab's queries, or forgets it (null). */
export function setApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** Runs one of the explorer's operations against the API and returns its data; errors become an ApiError. */
export async function graphql<T>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(apiKey() ? { authorization: `Bearer ${apiKey()}` } : {}),
      },
      body: JSON.stringify({ query: operationText(operation), variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED') {
    throw new ApiError(`${first.message} Enter a key under “API key” at the top of the page.`, 'UNAUTHENTICATED');
  }
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
