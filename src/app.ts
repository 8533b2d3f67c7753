import { join } from 'node:path';
import { Driver } from 'neo4j-driver';
import { Config } from './config';
import { ensureSchema } from './graph/constraints';
import { createDriver, waitForNeo4j } from './graph/driver';
import { GraphExecutor } from './graph/executor';
import { IngestService } from './ingest/ingest.service';
import { loadSeed } from './ingest/seed';
import { LocalNeo4j, startLocalNeo4j } from './local-neo4j/launcher';
import { projectRoot } from './project-root';
import { buildAppSchema } from './schema/build-schema';
import { AppServer, createServer } from './server';

export interface RunningApp {
  url: string;
  server: AppServer;
  driver: Driver;
  graph: GraphExecutor;
  /** The local Neo4j this app started, when NEO4J_URI was unset. */
  localNeo4j?: LocalNeo4j;
  stop(): Promise<void>;
}

/**
 * Start-up in order: Neo4j (the configured one, or the local one started here), driver, constraints and indexes,
 * the seed, the schema, the HTTP server.
 */
export async function startApp(config: Config, log: (message: string) => void = console.log): Promise<RunningApp> {
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    const dataDir = config.localDataDir ?? join(projectRoot(), '.neo4j', 'data');
    log(`NEO4J_URI is unset: starting the local Neo4j 5.26 (data in ${dataDir})`);
    localNeo4j = await startLocalNeo4j({ dataDir, port: config.localPort, password: config.neo4jPassword });
    uri = localNeo4j.uri;
    log(`Local Neo4j ready at ${uri} in ${localNeo4j.startupMs} ms`);
  }
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await waitForNeo4j(driver);
    const graph = new GraphExecutor(driver, config.neo4jDatabase);
    await ensureSchema(graph);
    if (config.seed) {
      const report = await loadSeed(new IngestService(graph));
      log(
        `Seed loaded: ${report.created.length} nodes created, ${report.merged.length} already present, ` +
          `${report.relationsCreated} relationships created, ${report.evidenceAdded} evidence quotes added`,
      );
    }
    if (config.apiKeyDigests.length === 0) {
      log('No API_KEYS configured: writes are disabled (the ingestArticle mutation answers FORBIDDEN).');
    } else {
      log(`${config.apiKeyDigests.length} API key(s) configured: ingestArticle needs Authorization: Bearer <key>.`);
    }
    const server = await createServer({ config, schema: await buildAppSchema(), driver, graph });
    const url = await server.listen(config.port);
    return {
      url,
      server,
      driver,
      graph,
      localNeo4j,
      stop: async () => {
        await server.stop();
        await driver.close();
        await localNeo4j?.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await localNeo4j?.stop();
    throw error;
  }
}
