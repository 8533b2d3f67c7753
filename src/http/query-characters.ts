import { RequestHandler } from 'express';
import { queryLimitError } from '../security/limit-error';
import { sendGraphQLError } from './http-errors';

/**
 * Refuses a GraphQL document longer than `max` characters before it is even parsed (QUERY_LIMIT_EXCEEDED,
 * `limit: "characters"`, HTTP 400). Variables do not count: an article's text travels in them.
 */
export function queryCharactersLimit(max: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > max) {
      const message = `The document has ${query.length} characters; at most ${max} are allowed.`;
      sendGraphQLError(res, queryLimitError('characters', max, query.length, message), 400);
      return;
    }
    next();
  };
}
