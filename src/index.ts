import 'reflect-metadata';
import cluster from 'node:cluster';
import { startApp } from './app';
import { loadConfig } from './config';
import { reportReady, runPrimary } from './lifecycle/cluster';
import { installShutdownHandlers } from './lifecycle/shutdown';
import { createLogger } from './logging/logger';

/**
 * `npm start`: the seeded API at http://localhost:4000/graphql (PORT), on NEO4J_URI or the local Neo4j. It listens
 * at once; with NEO4J_URI it waits for Neo4j in the background (GET /ready says when it serves). SIGTERM and SIGINT
 * shut it down gracefully. With WEB_CONCURRENCY above 1 this process is the primary of that many workers, each of
 * which runs all of this (src/lifecycle/cluster.ts).
 */
async function main(): Promise<void> {
  const logger = createLogger();
  try {
    const config = loadConfig();
    if (config.webConcurrency > 1 && cluster.isPrimary) {
      await runPrimary(config, logger);
      return;
    }
    const app = await startApp(config, logger);
    const shutdown = installShutdownHandlers(app, { logger, graceMs: config.shutdownGraceMs });
    app.whenReady().then(
      () => {
        if (cluster.isWorker) {
          logger.info({ url: app.url, pid: process.pid }, 'Worker serving');
          reportReady(app.url);
          return;
        }
        logger.info(
          { url: app.url },
          `GraphQL API ready at ${app.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`,
        );
      },
      (error: Error) => {
        if (shutdown.stopping) return;
        logger.fatal({ err: error.message }, 'Could not start: the database could not be initialized');
        void shutdown.stop('initialization failed', 1);
      },
    );
  } catch (error) {
    logger.fatal({ err: (error as Error).message }, `Could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
