import { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { CypherQuery } from './cypher';
import { mapNeo4jError } from './errors';
import { toPlain } from './values';

/** Rows of a query as plain objects (Neo4j values converted by toPlain). */
export type Row = Record<string, unknown>;

/**
 * The only code that talks to Neo4j: runs built queries in managed transactions (reads through executeRead, writes
 * through executeWrite), closes every session in `finally`, maps driver errors in one place, and counts round trips.
 */
export class GraphExecutor {
  /** Cypher statements sent since this executor was made (one request's executor: that request's round trips). */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** The same database with a fresh round-trip counter: one per GraphQL request. */
  forRequest(): GraphExecutor {
    return new GraphExecutor(this.driver, this.database);
  }

  /** Runs one read query and returns its rows. */
  async read(query: CypherQuery): Promise<Row[]> {
    return this.session('READ', (tx) => this.run(tx, query));
  }

  /** Runs one write query and returns its rows. */
  async write(query: CypherQuery): Promise<Row[]> {
    return this.session('WRITE', (tx) => this.run(tx, query));
  }

  /**
   * Runs `work` as one write transaction: all of its queries commit together or not at all. The driver retries
   * the whole unit on transient errors, so `work` must only depend on what it reads inside the transaction.
   */
  async writeTransaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) => work((query) => this.run(tx, query)));
  }

  /** Runs a schema statement (CREATE CONSTRAINT/INDEX) in an auto-commit transaction, as Neo4j requires. */
  async schema(query: CypherQuery): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      this.roundTrips += 1;
      await session.run(query.cypher, query.params);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async run(tx: ManagedTransaction, query: CypherQuery): Promise<Row[]> {
    this.roundTrips += 1;
    const result = await tx.run<RecordShape>(query.cypher, query.params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}
