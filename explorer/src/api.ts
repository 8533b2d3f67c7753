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

/** Runs one of the explorer's operations against the API and returns its data; errors become an ApiError. */
export async function graphql<T>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operationText(operation), variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
