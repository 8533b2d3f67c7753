import { Driver, RecordShape } from 'neo4j-driver';
import { Row, rowsOf } from '../../src/graph/executor';
import { BenchParams } from './bench.params';
import { BenchQuery } from './bench.queries';
import { RequestOutcome } from './bench.runner';

/**
 * The baseline of a dashboard query: its one hand-written Cypher statement through neo4j-driver as one auto-commit
 * read transaction (a session per request, the cheapest way through the driver and the way the API runs a read),
 * the rows turned into plain values as the API turns its own (rowsOf).
 */
export async function runBaseline(driver: Driver, database: string, query: BenchQuery, params: BenchParams): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const rows = rowsOf(await session.run<RecordShape>(query.baseline.cypher, query.baseline.params(params)));
    query.baseline.shape?.(rows);
    return rows;
  } finally {
    await session.close();
  }
}

/** One baseline request as the load runner counts it: an error or no rows is an error. */
export async function baselineOutcome(driver: Driver, database: string, query: BenchQuery, params: BenchParams): Promise<RequestOutcome> {
  const rows = await runBaseline(driver, database, query, params);
  if (rows.length === 0) return { ok: false, error: 'no rows' };
  return { ok: true, roundTrips: 1 };
}
