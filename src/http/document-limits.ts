import { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { queryLimitError } from '../security/limit-error';
import { sendGraphQLError } from './http-errors';

/**
 * Refuses a GraphQL document before it is parsed (QUERY_LIMIT_EXCEEDED, HTTP 400) when it is longer than
 * `characters`, or has more than `tokens` tokens (counted with graphql-js's own lexer, as its parser counts them:
 * comments are characters, not tokens). Variables do not count: an article's text travels in them.
 */
export function documentLimits(limits: { characters: number; tokens: number }): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    if (query.length > limits.characters) {
      const message = `The document has ${query.length} characters; at most ${limits.characters} are allowed.`;
      sendGraphQLError(res, queryLimitError('characters', limits.characters, query.length, message), 400);
      return;
    }
    if (moreTokensThan(query, limits.tokens)) {
      const message = `The document has more than ${limits.tokens} tokens; at most ${limits.tokens} are allowed.`;
      sendGraphQLError(res, queryLimitError('tokens', limits.tokens, undefined, message), 400);
      return;
    }
    next();
  };
}

/** Whether a document has more than `max` tokens; a document the lexer refuses is left to the parser to report. */
export function moreTokensThan(document: string, max: number): boolean {
  const lexer = new Lexer(new Source(document));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) if (++count > max) return true;
  } catch (error) {
    if (error instanceof GraphQLError) return false;
    throw error;
  }
  return false;
}
