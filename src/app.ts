import { Driver } from 'neo4j-driver';
import { Config } from './config';
import { ensureSchema } from './graph/constraints';
import { DatabaseState } from './graph/database-state';
import { createDriver } from './graph/driver';
import { DEFAULT_TIMEOUTS, GraphExecutor, TransactionTimeouts } from './graph/executor';
import { Readiness } from './health/readiness';
import { missingSchema } from './health/schema-check';
import { IngestService } from './ingest/ingest.service';
import { loadSeed } from './ingest/seed';
import { connectOrStartNeo4j } from './local-neo4j/connect';
import { LocalNeo4j } from './local-neo4j/launcher';
import { createLogger, Logger } from './logging/logger';
import { buildAppSchema } from './schema/build-schema';
import { AppServer, createServer } from './server';

export interface RunningApp {
  url: string;
  server: AppServer;
  driver: Driver;
  graph: GraphExecutor;
  /** Where the app stands with Neo4j (connecting, ready, ...). */
  database: DatabaseState;
  readiness: Readiness;
  /** The local Neo4j this app started, when NEO4J_URI was unset. */
  localNeo4j?: LocalNeo4j;
  /** Resolves when Neo4j first answered and the schema (and seed) are in place; rejects if that cannot happen. */
  whenReady(): Promise<void>;
  /** Not ready any more, drains in-flight requests (SHUTDOWN_GRACE_MS), closes the drivers, stops the local Neo4j. */
  stop(): Promise<void>;
}

/**
 * Start-up: the local Neo4j when NEO4J_URI is unset (started here and awaited), then the HTTP server, listening at
 * once. Reaching Neo4j, creating constraints and indexes and loading the seed happen in the background with retries
 * (see DatabaseState): until then /health answers 200, /ready 503 and queries SERVICE_UNAVAILABLE. Await
 * `whenReady()` to know the API serves data.
 */
export async function startApp(config: Config, logger: Logger = createLogger({ level: config.logLevel })): Promise<RunningApp> {
  const neo4j = await connectOrStartNeo4j({
    ...config,
    onStart: ({ dataDir }) => logger.info({ dataDir }, 'NEO4J_URI is unset: starting the local Neo4j 5.26'),
  });
  const { uri, localNeo4j } = neo4j;
  if (localNeo4j) logger.info({ uri, startupMs: localNeo4j.startupMs }, 'Local Neo4j started');
  // The API's connections are shared out among its workers (WEB_CONCURRENCY), so that all their pools fit Neo4j's.
  const driver = createDriver({ ...neo4j.settings, maxConnectionPoolSize: poolSizeOf(config) });
  const probeDriver = createDriver({ ...neo4j.settings, maxConnectionPoolSize: 2, livenessCheckMs: 0 });
  const timeouts: TransactionTimeouts = { ...DEFAULT_TIMEOUTS, readMs: config.readTimeoutMs, writeMs: config.writeTimeoutMs };
  // Start-up work (schema, seed) runs while the database state is not ready yet, so it goes around its gate; it is
  // not a client's request, and the first queries on a cold Neo4j are slow, so it has the schema's longer timeout.
  const startup = DEFAULT_TIMEOUTS.schemaMs;
  const setup = new GraphExecutor(driver, config.neo4jDatabase, { timeouts: { readMs: startup, writeMs: startup, schemaMs: startup } });
  const database = new DatabaseState({
    probeDriver,
    database: config.neo4jDatabase,
    logger,
    maxDelayMs: config.reconnectMaxDelayMs,
    initialize: async (first) => {
      // At start-up the schema statements always run (idempotent); after an outage only when something is missing
      // (a wiped database), which saves twenty statements on a Neo4j that has just come back cold.
      if (first || (await missingSchema(probeDriver, config.neo4jDatabase, startup)).length > 0) await ensureSchema(setup);
      if (first && config.seed) {
        const report = await loadSeed(new IngestService(setup));
        logger.info(
          {
            created: report.created.length,
            merged: report.merged.length,
            relationsCreated: report.relationsCreated,
            evidenceAdded: report.evidenceAdded,
          },
          'Seed loaded',
        );
      }
    },
  });
  const graph = new GraphExecutor(driver, config.neo4jDatabase, { timeouts, state: database });
  const readiness = new Readiness({ state: database, probeDriver, database: config.neo4jDatabase });
  const closeDatabase = async () => {
    await database.stop();
    await driver.close();
    await probeDriver.close();
    await neo4j.stop();
  };
  try {
    if (config.apiKeyDigests.length === 0) {
      logger.info('No API_KEYS configured: writes are disabled (the ingestArticle mutation answers FORBIDDEN)');
    } else {
      logger.info({ keys: config.apiKeyDigests.length }, 'API keys configured: ingestArticle needs Authorization: Bearer <key>');
    }
    const server = await createServer({ config, schema: await buildAppSchema(), driver, graph, readiness, logger });
    const url = await server.listen(config.port);
    logger.info({ url, neo4j: redactUri(uri) }, 'Listening; connecting to Neo4j');
    database.start();
    return {
      url,
      server,
      driver,
      graph,
      database,
      readiness,
      localNeo4j,
      whenReady: () => database.whenReady(),
      stop: async () => {
        readiness.shutdown();
        await server.stop();
        await closeDatabase();
      },
    };
  } catch (error) {
    await closeDatabase();
    throw error;
  }
}

/** One worker's share of the API's Bolt connections (NEO4J_MAX_POOL_SIZE over WEB_CONCURRENCY). */
export function poolSizeOf(config: Pick<Config, 'neo4jMaxPoolSize' | 'webConcurrency'>): number {
  return Math.max(1, Math.floor(config.neo4jMaxPoolSize / config.webConcurrency));
}

/** The URI without user information, for logs. */
function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
