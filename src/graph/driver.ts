import neo4j, { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password?: string;
}

/** A driver for the configured Neo4j; without a password it connects unauthenticated (the local Neo4j). */
export function createDriver(settings: DriverSettings): Driver {
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
    userAgent: 'diplomatic-events-graph/0.1',
  });
}

/** Waits until Neo4j answers, retrying with backoff (it may still be starting). */
export async function waitForNeo4j(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}
