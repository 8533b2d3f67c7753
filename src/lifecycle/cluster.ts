import cluster, { Worker } from 'node:cluster';
import { Config } from '../config';
import { connectOrStartNeo4j } from '../local-neo4j/connect';
import type { Logger } from '../logging/logger';

/** What a worker tells the primary: it serves (its URL), so the next workers may start. */
export interface ReadyMessage {
  type: 'ready';
  url: string;
}

/** In a worker of a group: tells the primary that this worker serves. Elsewhere: nothing. */
export function reportReady(url: string): void {
  if (cluster.isWorker && process.send) process.send({ type: 'ready', url } satisfies ReadyMessage);
}

/** Replacements for workers that died are given up after this many within a minute: something is wrong, not bad luck. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * The primary of a group of API workers (WEB_CONCURRENCY > 1), sharing the port through Node's cluster module (the
 * primary accepts connections and hands them out in turn). It starts the local Neo4j once when NEO4J_URI is unset and
 * gives the workers its URI; the first worker creates the schema and loads the seed, the others start once it
 * serves (so that no two load the seed at once). A worker that dies is replaced. SIGTERM or SIGINT passes the signal
 * to every worker, each of which shuts down gracefully (drains its requests); then the local Neo4j stops and the
 * primary exits 0 (1 if a worker had to be killed).
 */
export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  const neo4j = await connectOrStartNeo4j({
    ...config,
    onStart: ({ dataDir }) => logger.info({ dataDir }, 'NEO4J_URI is unset: starting the local Neo4j 5.26'),
  });
  const workerEnv = { NEO4J_URI: neo4j.uri };
  let stopping = false;
  const restarts: number[] = [];
  const fork = (seed: boolean): Worker => cluster.fork({ ...workerEnv, SEED: String(seed) });

  const stopAll = async (reason: string, code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, workers: Object.keys(cluster.workers ?? {}).length }, 'Shutting down the workers');
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    let killed = false;
    const watchdog = setTimeout(() => {
      killed = true;
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, config.shutdownGraceMs + 30_000);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    clearTimeout(watchdog);
    await neo4j.stop().catch((error: Error) => logger.error({ err: error.message }, 'Stopping the local Neo4j failed'));
    logger.info({ reason }, 'Stopped');
    process.exit(killed ? 1 : code);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stopAll(signal, 0));

  const first = fork(config.seed);
  let url: string;
  try {
    url = await readyOf(first);
  } catch (error) {
    logger.fatal({ err: (error as Error).message }, 'Could not start: the first worker did not come up');
    await stopAll('first worker failed', 1);
    return;
  }
  // From here on a worker that dies is replaced, one that dies while the others start included.
  cluster.on('exit', (worker, exitCode, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      logger.fatal({ worker: worker.id, exitCode, signal }, 'Workers keep dying; shutting down');
      void stopAll('workers keep dying', 1);
      return;
    }
    logger.error({ worker: worker.id, exitCode, signal }, 'A worker died; starting another');
    fork(false);
  });
  const rest = Array.from({ length: config.webConcurrency - 1 }, () => fork(false));
  const served =
    1 +
    (
      await Promise.all(
        rest.map((worker) =>
          readyOf(worker).then(
            () => 1,
            () => 0,
          ),
        ),
      )
    ).reduce((sum, one) => sum + one, 0);
  if (served < config.webConcurrency) logger.warn({ served, asked: config.webConcurrency }, 'Not every worker came up');
  logger.info({ url, workers: served }, `GraphQL API ready at ${url} with ${served} workers`);
}

/** The worker's URL once it says it serves; rejects if it exits first. */
function readyOf(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number, signal: string) => reject(new Error(`worker ${worker.id} exited (${signal ?? code}) before it served`));
    worker.once('exit', onExit);
    worker.on('message', (message: ReadyMessage) => {
      if (message?.type !== 'ready') return;
      worker.off('exit', onExit);
      resolve(message.url);
    });
  });
}
