import { Driver, ManagedTransaction, RecordShape, Session } from 'neo4j-driver';
import { CypherQuery } from './cypher';
import type { DatabaseState } from './database-state';
import { isServiceUnavailable, mapNeo4jError } from './errors';
import { toPlain } from './values';

/** Rows of a query as plain objects (Neo4j values converted by toPlain). */
export type Row = Record<string, unknown>;

/** Server-side timeouts (ms) of the transactions the executor runs: Neo4j terminates a transaction that runs longer. */
export interface TransactionTimeouts {
  /** Read transactions (API queries). */
  readMs: number;
  /** Write transactions (an ingest, including its reads). */
  writeMs: number;
  /** Schema statements at start-up (CREATE CONSTRAINT/INDEX, db.awaitIndexes). */
  schemaMs: number;
}

/** The API's defaults, also NEO4J_TX_TIMEOUT_MS and NEO4J_WRITE_TX_TIMEOUT_MS when those are unset. */
export const DEFAULT_TIMEOUTS: TransactionTimeouts = { readMs: 5_000, writeMs: 30_000, schemaMs: 120_000 };

/** For bulk tools (the synthetic generator, the benchmark's loader): large batched writes, still bounded. */
export const BULK_TIMEOUTS: TransactionTimeouts = { readMs: 600_000, writeMs: 600_000, schemaMs: 600_000 };

export interface ExecutorOptions {
  timeouts?: TransactionTimeouts;
  /** The database state: queries fail fast while Neo4j is down. Without it, every query goes to the driver. */
  state?: DatabaseState;
}

/**
 * The only code that talks to Neo4j: runs built queries in managed transactions (reads through executeRead, writes
 * through executeWrite), each with a server-side timeout, closes every session in `finally`, maps driver errors in
 * one place, and counts round trips. With a database state it fails fast while the database is down.
 */
export class GraphExecutor {
  /** Cypher statements sent since this executor was made (one request's executor: that request's round trips). */
  roundTrips = 0;
  readonly timeouts: TransactionTimeouts;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: ExecutorOptions = {},
  ) {
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  }

  /** The same database with a fresh round-trip counter: one per GraphQL request. */
  forRequest(): GraphExecutor {
    return new GraphExecutor(this.driver, this.database, this.options);
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
    this.options.state?.assertAvailable();
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    const started = Date.now();
    try {
      this.roundTrips += 1;
      await session.run(query.cypher, query.params, { timeout: this.timeouts.schemaMs });
    } catch (error) {
      throw this.failure(error, started, this.timeouts.schemaMs);
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
    const state = this.options.state;
    state?.assertAvailable();
    const timeout = mode === 'READ' ? this.timeouts.readMs : this.timeouts.writeMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const started = Date.now();
    let abandoned = false;
    try {
      const transaction = mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout });
      return state ? await state.guard(transaction, () => (abandoned = true)) : await transaction;
    } catch (error) {
      throw this.failure(error, started, timeout);
    } finally {
      // A transaction released because the database went down may still be waiting on a dead connection: close its
      // session without waiting (closing rolls back whatever it had begun).
      if (abandoned) void closeQuietly(session);
      else await session.close();
    }
  }

  /** Maps a driver error to the API's error, and tells the database state when it may mean Neo4j is gone. */
  private failure(error: unknown, started: number, timeoutMs: number): unknown {
    const mapped = mapNeo4jError(error, { elapsedMs: Date.now() - started, timeoutMs });
    if (isServiceUnavailable(mapped) && mapped !== error) this.options.state?.reportFailure();
    return mapped;
  }
}

async function closeQuietly(session: Session): Promise<void> {
  await session.close().catch(() => undefined);
}
