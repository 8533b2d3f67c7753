import { Driver } from 'neo4j-driver';
import { schemaStatements } from '../graph/constraints';

/** The names of the constraints and indexes that start-up creates (read from its own statements). */
export function expectedSchemaNames(): string[] {
  return schemaStatements().map((statement) => {
    const name = /^CREATE (?:CONSTRAINT|(?:FULLTEXT |RANGE |TEXT |POINT )?INDEX) (\w+) IF NOT EXISTS/.exec(statement.cypher)?.[1];
    if (!name) throw new Error(`A schema statement without a name: ${statement.cypher}`);
    return name;
  });
}

/**
 * Which of the expected constraints and indexes are missing or not yet online. Uniqueness constraints are backed by
 * an index of the same name, so one `SHOW INDEXES` answers for both. Auto-commit, no driver retries: a readiness
 * check must answer quickly, not wait out an outage.
 */
export async function missingSchema(driver: Driver, database: string, timeoutMs: number): Promise<string[]> {
  const expected = expectedSchemaNames();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(
      'SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state',
      { names: expected },
      { timeout: timeoutMs },
    );
    const online = new Set(
      result.records.filter((record) => record.get('state') === 'ONLINE').map((record) => record.get('name') as string),
    );
    return expected.filter((name) => !online.has(name));
  } finally {
    await session.close().catch(() => undefined);
  }
}
