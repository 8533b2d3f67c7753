import type { Logger } from '../logging/logger';

/** What shuts down: the running app (RunningApp.stop: not ready, drain, close the drivers, stop the local Neo4j). */
export interface Stoppable {
  stop(): Promise<void>;
}

export interface ShutdownOptions {
  logger: Logger;
  /** How long in-flight requests may take to finish (SHUTDOWN_GRACE_MS); the app's drain uses the same value. */
  graceMs: number;
  /** Ends the process (default process.exit); tests pass their own. */
  exit?: (code: number) => void;
  /** Extra time, beyond the grace period, for closing the driver and stopping the local Neo4j (default 30 s). */
  closeMs?: number;
}

/** A graceful shutdown, run once, from a signal or from the app itself (a start-up that cannot complete). */
export interface Shutdown {
  /** True once a shutdown has begun. */
  readonly stopping: boolean;
  /** Stops the app and ends the process with `code` (0, or 1 when stopping fails or takes too long). */
  stop(reason: string, code?: number): Promise<void>;
}

/**
 * On SIGTERM or SIGINT: stop accepting requests, let in-flight ones finish (at most the grace period; an ingest
 * cut off then is rolled back whole, being one transaction), close the driver, stop the local Neo4j if this process
 * started it, and exit 0. A watchdog exits 1 if all that takes longer than the grace period plus `closeMs`. A second
 * signal during shutdown is logged and otherwise ignored.
 */
export function installShutdownHandlers(app: Stoppable, options: ShutdownOptions): Shutdown {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const shutdown: Shutdown = {
    get stopping() {
      return stopping;
    },
    async stop(reason: string, code = 0) {
      if (stopping) {
        logger.warn({ reason }, 'Already shutting down');
        return;
      }
      stopping = true;
      const started = Date.now();
      logger.info({ reason, graceMs: options.graceMs }, 'Shutting down: no new requests, finishing in-flight ones');
      const watchdog = setTimeout(
        () => {
          logger.error({ afterMs: Date.now() - started }, 'Shutdown took too long; exiting');
          exit(1);
        },
        options.graceMs + (options.closeMs ?? 30_000),
      );
      watchdog.unref();
      try {
        await app.stop();
        clearTimeout(watchdog);
        logger.info({ tookMs: Date.now() - started }, 'Stopped');
        exit(code);
      } catch (error) {
        clearTimeout(watchdog);
        logger.error({ err: (error as Error).message }, 'Shutdown failed');
        exit(1);
      }
    },
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void shutdown.stop(signal));
  }
  return shutdown;
}
