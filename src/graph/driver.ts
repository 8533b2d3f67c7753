import neo4j, { Driver } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { backoffDelay, sleep } from './backoff';

export interface DriverSettings {
  uri: string;
  user: string;
  password?: string;
  /** Opening a connection (TCP and Bolt handshake) may take this long (ms, default 5000). */
  connectionTimeoutMs?: number;
  /** A query may wait this long for a free pooled connection (ms, default 10000). */
  acquisitionTimeoutMs?: number;
  /** Pool size (default 50). */
  maxConnectionPoolSize?: number;
  /** Test a pooled connection idle longer than this before reusing it (ms; default: never; 0: always). */
  livenessCheckMs?: number;
}

/**
 * How long a managed transaction is retried on transient errors (deadlocks, a cluster leader change). Outages are
 * not waited out here: the database state fails requests fast as soon as Neo4j is known to be unreachable.
 */
export const MAX_TRANSACTION_RETRY_MS = 3_000;

/**
 * A driver for the configured Neo4j; without a password it connects unauthenticated (the local Neo4j). Its timeouts
 * are short so that an unreachable database shows as an error within seconds, not after the driver's 30 s defaults.
 */
export function createDriver(settings: DriverSettings): Driver {
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    maxConnectionPoolSize: settings.maxConnectionPoolSize ?? 50,
    connectionTimeout: settings.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    ...(settings.livenessCheckMs !== undefined ? { connectionLivenessCheckTimeout: settings.livenessCheckMs } : {}),
    userAgent: 'diplomatic-events-graph/0.1',
  });
}

export interface WaitOptions {
  /** Give up after this long (ms, default 60000). */
  timeoutMs?: number;
  /** Logs each failed attempt with its number and the delay before the next one. */
  logger?: Logger;
}

/** Waits until Neo4j answers, retrying with exponential backoff (it may still be starting); for the command-line tools. */
export async function waitForNeo4j(driver: Driver, options: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const delayMs = backoffDelay(attempt, { initialMs: 250, maxMs: 5_000 });
      if (Date.now() + delayMs > deadline) throw error;
      options.logger?.warn({ attempt, delayMs, err: (error as Error).message }, 'Neo4j is not reachable yet; retrying');
      await sleep(delayMs);
    }
  }
}
