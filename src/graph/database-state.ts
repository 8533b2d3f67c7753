import { GraphQLError } from 'graphql';
import { Driver, Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { backoffDelay, sleep } from './backoff';
import { ErrorCode, serviceUnavailable } from '../http/errors';
import { isServiceUnavailable, isTimeoutError, isUnavailableError } from './errors';

/**
 * Where the API stands with its database:
 * - `connecting`: Neo4j has not answered yet (start-up, or after an outage); retried with exponential backoff;
 * - `initializing`: it answers; constraints and indexes are being made (and, at the first start, the seed loaded);
 * - `ready`: queries run;
 * - `failed`: initialization failed for a reason that retrying cannot fix (wrong password, a bad seed);
 * - `stopped`: the app is shutting down.
 */
export type DatabaseStatus = 'connecting' | 'initializing' | 'ready' | 'failed' | 'stopped';

export interface DatabaseStateOptions {
  /** A small driver of its own for probes, so a busy pool never makes a healthy database look down. */
  probeDriver: Driver;
  database: string;
  logger: Logger;
  /** Makes the database usable once it answers: `first` is true at the first connection of this process. */
  initialize: (first: boolean) => Promise<void>;
  /** First delay between two attempts to reach Neo4j (ms, default 250); doubled after each failure. */
  initialDelayMs?: number;
  /** Longest delay between two attempts (ms, default 2000). */
  maxDelayMs?: number;
  /** A query running longer than this makes the state check that Neo4j is still there (ms, default 500). */
  suspectAfterMs?: number;
  /** At most one such check per this interval (ms, default 1000): slow queries never hammer the database. */
  probeIntervalMs?: number;
  /** Server-side timeout of a probe (ms, default 5000: a Neo4j that just started plans its first query slowly). */
  probeTimeoutMs?: number;
}

/**
 * The database state: a circuit between the API and Neo4j. While Neo4j is unreachable, every query fails at once
 * with SERVICE_UNAVAILABLE instead of waiting for connection timeouts and driver retries, and queries already
 * waiting are released as soon as the outage is known. Meanwhile it tries to reach Neo4j again with exponential
 * backoff (each attempt logged); when Neo4j answers it re-creates the schema (idempotent) and serves again, without
 * a restart.
 *
 * An outage is noticed by a probe (`RETURN 1` on the database, no driver retries), run when a query fails with an
 * unavailability error or takes longer than `suspectAfterMs`; only an unavailability error of the probe itself
 * opens the circuit, so slow queries on a healthy database never do.
 */
export class DatabaseState {
  private current: DatabaseStatus = 'connecting';
  private reasonText = 'connecting to Neo4j';
  private attempts = 0;
  private initializedOnce = false;
  private unavailableSince = Date.now();
  private loop?: Promise<void>;
  private readonly abort = new AbortController();
  private readonly waiting = new Set<(error: Error) => void>();
  private probing?: Promise<void>;
  private lastProbeAt = 0;
  private readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private rejectReady!: (error: Error) => void;

  constructor(private readonly options: DatabaseStateOptions) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined); // whoever awaits whenReady() sees the error; nobody else must
  }

  /** The current status. */
  get status(): DatabaseStatus {
    return this.current;
  }

  /** Why the database is not ready (for /ready and logs); `ready` when it is. */
  get reason(): string {
    return this.current === 'ready' ? 'ready' : this.reasonText;
  }

  /** Starts reaching for Neo4j in the background (no wait): the API can listen before the database is up. */
  start(): void {
    if (!this.loop) this.loop = this.connectLoop();
  }

  /** Resolves when the database first becomes ready; rejects if initialization fails for good or the app stops first. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Throws SERVICE_UNAVAILABLE at once unless the database is ready. */
  assertAvailable(): void {
    if (this.current === 'ready') return;
    if (this.current === 'stopped') throw serviceUnavailable('The API is shutting down; try again shortly.');
    if (this.current === 'failed') throw serviceUnavailable('The graph database could not be initialized.');
    throw serviceUnavailable();
  }

  /**
   * Runs `work` under watch: it fails with SERVICE_UNAVAILABLE as soon as the database is known to be down, and if it
   * runs longer than `suspectAfterMs`, a probe checks whether Neo4j is still there. `onAbandoned` runs when `work`
   * lost that race (the caller then closes its session without waiting for it).
   */
  guard<T>(work: Promise<T>, onAbandoned: () => void = () => undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const release = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        onAbandoned();
        reject(error);
      };
      const timer = setTimeout(() => this.suspect(), this.options.suspectAfterMs ?? 500);
      this.waiting.add(release);
      work.then(
        (value) => {
          this.waiting.delete(release);
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          this.waiting.delete(release);
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /**
   * A query failed in a way that may mean the database is gone (the driver's unavailability errors, a terminated
   * transaction, an exhausted pool): check with a probe, which opens the circuit if Neo4j is indeed unreachable.
   */
  reportFailure(): void {
    this.suspect(true);
  }

  /** Stops reconnecting, fails waiting and future queries with SERVICE_UNAVAILABLE; for shutdown. */
  async stop(): Promise<void> {
    if (this.current === 'stopped') return;
    const wasReady = this.current === 'ready';
    this.current = 'stopped';
    this.reasonText = 'shutting down';
    this.abort.abort();
    this.releaseWaiting(serviceUnavailable('The API is shutting down; try again shortly.'));
    if (!wasReady) this.rejectReady(new Error('stopped before the database was ready'));
    await this.loop?.catch(() => undefined);
    await this.probing?.catch(() => undefined);
  }

  /** Runs `RETURN 1` on the database through the probe driver (auto-commit: no driver retries). */
  async probe(): Promise<void> {
    const session = this.options.probeDriver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1 AS ok', {}, { timeout: this.options.probeTimeoutMs ?? 5_000 });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Starts a probe unless one ran within `probeIntervalMs` (or one is running); `now` skips the interval. */
  private suspect(now = false): void {
    if (this.current !== 'ready' || this.probing) return;
    const interval = this.options.probeIntervalMs ?? 1_000;
    if (!now && Date.now() - this.lastProbeAt < interval) return;
    this.lastProbeAt = Date.now();
    this.probing = this.probe()
      .catch((error: unknown) => {
        if (isUnavailableError(error)) this.markUnavailable(error as Error);
      })
      .finally(() => {
        this.probing = undefined;
      });
  }

  /** Opens the circuit: queries fail fast from now on, waiting ones at once; reconnecting starts. */
  private markUnavailable(error: Error): void {
    if (this.current !== 'ready') return;
    this.current = 'connecting';
    this.reasonText = `Neo4j is not reachable: ${error.message.split('\n')[0]}`;
    this.unavailableSince = Date.now();
    this.attempts = 0;
    this.options.logger.warn({ err: error.message.split('\n')[0] }, 'Neo4j became unavailable: failing queries fast and reconnecting');
    this.releaseWaiting(serviceUnavailable(undefined, error));
    this.loop = this.connectLoop();
  }

  private releaseWaiting(error: Error): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const release of waiting) release(error);
  }

  /** Probes with exponential backoff until Neo4j answers, then initializes; only a non-transient failure ends it. */
  private async connectLoop(): Promise<void> {
    const { logger } = this.options;
    const signal = this.abort.signal;
    while (!signal.aborted) {
      this.attempts += 1;
      const attempt = this.attempts;
      try {
        this.current = 'connecting';
        await this.probe().catch((error: unknown) => {
          // A probe stopped by its timeout ran on the database: Neo4j is up, only slow (a cold start on a busy machine).
          if (!isTimeoutError(error)) throw error;
        });
        if (signal.aborted) return;
        this.current = 'initializing';
        this.reasonText = this.initializedOnce
          ? 'checking constraints and indexes'
          : 'initializing the database (constraints, indexes, seed)';
        logger.info({ attempt }, `Neo4j answers: ${this.reasonText}`);
        await this.options.initialize(!this.initializedOnce);
        if (signal.aborted) return;
        const downMs = Date.now() - this.unavailableSince;
        const first = !this.initializedOnce;
        this.initializedOnce = true;
        this.current = 'ready';
        this.reasonText = 'ready';
        if (first) logger.info({ attempts: attempt, waitedMs: downMs }, 'Database ready: serving queries');
        else logger.info({ attempts: attempt, downMs }, 'Neo4j is back: serving queries again');
        if (first) this.resolveReady();
        return;
      } catch (error) {
        if (signal.aborted) return;
        if (!retryable(error)) {
          this.current = 'failed';
          this.reasonText = `Neo4j could not be initialized: ${(error as Error).message}`;
          logger.error({ attempt, err: (error as Error).message }, 'Neo4j could not be initialized; not retrying');
          this.rejectReady(error as Error);
          return;
        }
        const delayMs = backoffDelay(attempt, { initialMs: this.options.initialDelayMs ?? 250, maxMs: this.options.maxDelayMs ?? 2_000 });
        this.current = 'connecting';
        this.reasonText = `Neo4j is not reachable (attempt ${attempt}): ${firstLine(error)}`;
        logger.warn({ attempt, delayMs, err: firstLine(error) }, 'Neo4j is not reachable; retrying');
        await sleep(delayMs, signal);
      }
    }
  }
}

/**
 * Worth another attempt: any database error but a refused login or a database that does not exist (a starting Neo4j
 * may be slow, unavailable or busy), and the API's SERVICE_UNAVAILABLE and QUERY_TIMEOUT. Anything else (a seed that
 * does not validate, a bug) would fail again.
 */
function retryable(error: unknown): boolean {
  if (error instanceof GraphQLError) return isServiceUnavailable(error) || error.extensions.code === ErrorCode.QUERY_TIMEOUT;
  if (error instanceof Neo4jError) {
    return !error.code.startsWith('Neo.ClientError.Security.') && error.code !== 'Neo.ClientError.Database.DatabaseNotFound';
  }
  return false;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
