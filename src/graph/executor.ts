import { Driver, isRetryableError, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { CypherQuery } from './cypher';
import type { DatabaseState } from './database-state';
import { isServiceUnavailable, isUnavailableError, mapNeo4jError } from './errors';
import { toPlain } from './values';

/** How often a read is tried when Neo4j reports a transient failure, and the pause before the next try (grows). */
export const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 100;

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

/**
 * For the command-line tools that work an article at a time (`npm run extract`, `npm run ingest`): no client waits on
 * an HTTP request, and a local Neo4j they have just started plans its first queries from scratch (seconds each on a
 * cold JVM), so a read may take a minute and an ingest five, rather than the API's 5 and 30 seconds.
 */
export const BATCH_TIMEOUTS: TransactionTimeouts = { readMs: 60_000, writeMs: 300_000, schemaMs: 120_000 };

/** For bulk tools (the synthetic generator, the benchmark's loader): large batched writes, still bounded. */
export const BULK_TIMEOUTS: TransactionTimeouts = { readMs: 600_000, writeMs: 600_000, schemaMs: 600_000 };

export interface ExecutorOptions {
  timeouts?: TransactionTimeouts;
  /** The database state: queries fail fast while Neo4j is down. Without it, every query goes to the driver. */
  state?: DatabaseState;
}

/**
 * The only code that talks to Neo4j: runs built queries (a read as one auto-commit transaction, writes in managed
 * transactions through executeWrite), each with a server-side timeout, closes every session in `finally`, maps driver errors in
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

  /**
   * Runs one read query and returns its rows. One statement needs no managed transaction: it runs as an auto-commit
   * transaction (RUN and PULL; no BEGIN and COMMIT), one network exchange instead of two, with the same server-side
   * timeout. The session's READ mode routes it to a reader on a cluster, as executeRead would. A failure Neo4j calls
   * transient (a deadlock, a leader switch) is retried, up to READ_ATTEMPTS tries; an unreachable database is not
   * (the database state answers SERVICE_UNAVAILABLE at once rather than after retries).
   */
  async read(query: CypherQuery): Promise<Row[]> {
    return this.session('READ', async (session) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          this.roundTrips += 1;
          return rowsOf(await session.run<RecordShape>(query.cypher, query.params, { timeout: this.timeouts.readMs }));
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !isRetryableError(error) || isUnavailableError(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * attempt));
        }
      }
    });
  }

  /** Runs one write query and returns its rows. */
  async write(query: CypherQuery): Promise<Row[]> {
    return this.session('WRITE', (session) => session.executeWrite((tx) => this.run(tx, query), { timeout: this.timeouts.writeMs }));
  }

  /**
   * Runs `work` as one write transaction: all of its queries commit together or not at all. The driver retries
   * the whole unit on transient errors, so `work` must only depend on what it reads inside the transaction.
   */
  async writeTransaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.session('WRITE', (session) =>
      session.executeWrite((tx) => work((query) => this.run(tx, query)), { timeout: this.timeouts.writeMs }),
    );
  }

  /** Runs `work` as one read transaction: its queries see one state of the graph, and nothing can be written. */
  async readTransaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.session('READ', (session) =>
      session.executeRead((tx) => work((query) => this.run(tx, query)), { timeout: this.timeouts.readMs }),
    );
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
    return rowsOf(await tx.run<RecordShape>(query.cypher, query.params));
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const state = this.options.state;
    state?.assertAvailable();
    const timeout = mode === 'READ' ? this.timeouts.readMs : this.timeouts.writeMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const started = Date.now();
    let abandoned = false;
    try {
      const transaction = work(session);
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

/** A result's records as plain rows (Neo4j values converted by toPlain). */
export function rowsOf(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

async function closeQuietly(session: Session): Promise<void> {
  await session.close().catch(() => undefined);
}
