import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { isUnavailableError, mapNeo4jError } from '../../src/graph/errors';

const driverError = (code: string, message = 'from the driver') => new Neo4jError(message, code, '50N42', 'error');
const codeOf = (error: unknown) => (error instanceof GraphQLError ? error.extensions.code : 'unmapped');
const httpOf = (error: unknown) => (error as GraphQLError).extensions.http as { status: number; headers: Map<string, string> };

describe('mapping driver errors to API errors', () => {
  it('makes an unreachable or unavailable database SERVICE_UNAVAILABLE with HTTP 503 and Retry-After', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']) {
      const mapped = mapNeo4jError(driverError(code)) as GraphQLError;
      expect(codeOf(mapped)).toBe('SERVICE_UNAVAILABLE');
      expect(httpOf(mapped).status).toBe(503);
      expect([...httpOf(mapped).headers]).toEqual([['retry-after', '2']]);
      expect(mapped.message).toBe('The graph database is not reachable right now; try again shortly.');
      expect(isUnavailableError(driverError(code))).toBe(true);
    }
  });

  it('makes a timed-out transaction QUERY_TIMEOUT naming the limit', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
    ]) {
      const mapped = mapNeo4jError(driverError(code), { elapsedMs: 2_300, timeoutMs: 200 }) as GraphQLError;
      expect(mapped.extensions).toEqual({ code: 'QUERY_TIMEOUT', timeoutMs: 200 });
      expect(mapped.message).toMatch(/^The query took too long: it was stopped after the 200 ms limit\./);
    }
  });

  it('tells a transaction terminated at its timeout from one the database stopped early (shutting down)', () => {
    const lockWait = driverError('Neo.ClientError.Transaction.LockClientStopped');
    expect(codeOf(mapNeo4jError(lockWait, { elapsedMs: 5_600, timeoutMs: 5_000 }))).toBe('QUERY_TIMEOUT');
    expect(codeOf(mapNeo4jError(lockWait, { elapsedMs: 40, timeoutMs: 5_000 }))).toBe('SERVICE_UNAVAILABLE');
    expect(codeOf(mapNeo4jError(driverError('Neo.ClientError.Transaction.Terminated'), { elapsedMs: 40, timeoutMs: 5_000 }))).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(isUnavailableError(lockWait)).toBe(false); // it does not by itself mean the database is gone
  });

  it('makes an exhausted connection pool SERVICE_UNAVAILABLE (busy), not an internal error', () => {
    const mapped = mapNeo4jError(driverError('N/A', 'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 50'));
    expect(codeOf(mapped)).toBe('SERVICE_UNAVAILABLE');
    expect((mapped as GraphQLError).message).toMatch(/too busy/);
  });

  it('leaves query errors and API errors as they are', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(syntax)).toBe(syntax);
    const apiError = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(mapNeo4jError(apiError)).toBe(apiError);
    const plain = new Error('not from Neo4j');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});
