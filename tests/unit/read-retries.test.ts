import { GraphQLError } from 'graphql';
import { Driver, Neo4jError } from 'neo4j-driver';
import { GraphExecutor, READ_ATTEMPTS } from '../../src/graph/executor';

/**
 * The executor's retry policy for reads (one auto-commit transaction each): a driver whose sessions fail the first
 * runs with a given error, then answer. Only the policy is under test here; reads against Neo4j itself are tested by
 * every integration test.
 */
function driverFailing(
  times: number,
  error: Error,
): { driver: Driver; runs: () => number; sessions: () => { mode: string; closed: boolean }[] } {
  let runs = 0;
  const sessions: { mode: string; closed: boolean }[] = [];
  const driver = {
    session: ({ defaultAccessMode }: { defaultAccessMode: string }) => {
      const session = { mode: defaultAccessMode, closed: false };
      sessions.push(session);
      return {
        run: async (_cypher: string, _params: unknown, config: { timeout: number }) => {
          runs += 1;
          expect(config.timeout).toBe(5_000);
          if (runs <= times) throw error;
          return { records: [{ toObject: () => ({ answer: 'Tokyo' }) }] };
        },
        close: async () => void (session.closed = true),
      };
    },
  } as unknown as Driver;
  return { driver, runs: () => runs, sessions: () => sessions };
}

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N05', 'error');

describe('reads: one auto-commit transaction, retried on transient failures only', () => {
  it('retries a transient failure and answers, in one READ session that is closed', async () => {
    const fake = driverFailing(2, transient());
    const graph = new GraphExecutor(fake.driver, 'neo4j');
    await expect(graph.read({ cypher: 'RETURN 1', params: {} })).resolves.toEqual([{ answer: 'Tokyo' }]);
    expect(fake.runs()).toBe(3);
    expect(graph.roundTrips).toBe(3);
    expect(fake.sessions()).toEqual([{ mode: 'READ', closed: true }]);
  });

  it(`gives up after ${READ_ATTEMPTS} tries with the last error, its session closed`, async () => {
    const fake = driverFailing(10, transient());
    const failure = await new GraphExecutor(fake.driver, 'neo4j').read({ cypher: 'RETURN 1', params: {} }).catch((error: unknown) => error);
    // A deadlock has no API error of its own: the last driver error comes back (the error formatter masks it).
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe('Neo.TransientError.Transaction.DeadlockDetected');
    expect(fake.runs()).toBe(READ_ATTEMPTS);
    expect(fake.sessions()).toEqual([{ mode: 'READ', closed: true }]);
  });

  it('does not retry a client error or an unreachable database', async () => {
    for (const code of ['Neo.ClientError.Statement.SyntaxError', 'ServiceUnavailable', 'Neo.TransientError.General.DatabaseUnavailable']) {
      const fake = driverFailing(10, new Neo4jError('no', code, '42000', 'error'));
      const failure = await new GraphExecutor(fake.driver, 'neo4j')
        .read({ cypher: 'RETURN 1', params: {} })
        .catch((error: unknown) => error);
      expect(fake.runs()).toBe(1);
      if (code === 'Neo.ClientError.Statement.SyntaxError') expect((failure as Neo4jError).code).toBe(code);
      else expect((failure as GraphQLError).extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
  });
});
