import cluster from 'node:cluster';
import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** What the logger needs to know: the level (LOG_LEVEL), and whether it writes at all (tests keep it quiet). */
export interface LoggerOptions {
  level?: string;
  /** Where the lines go (default stdout); tests pass an in-memory stream to read them. */
  destination?: pino.DestinationStream;
}

/**
 * The process's structured JSON logger (pino): one line per event on stdout (buffered, see stdoutDestination), with
 * `time`, `level` and `msg`.
 * Credentials never reach it: the Authorization header, passwords and API keys are redacted wherever they appear,
 * and article text is logged only as its length (callers log `textLength`, never `text`).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      // A worker of a group (WEB_CONCURRENCY) names itself on every line, request lines included.
      base: { service: 'diplomatic-events-graph', ...(cluster.worker ? { worker: cluster.worker.id } : {}) },
      redact: {
        paths: [
          'authorization',
          'password',
          'apiKey',
          'req.headers.authorization',
          'headers.authorization',
          '*.password',
          '*.text',
          'variables.input.source.text',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? stdoutDestination(),
  );
}

/**
 * Standard output, written asynchronously in chunks of at least 4 KB (or every second): one write for many lines
 * instead of one blocking write per request line (in a worker of a group, one write per line). pino flushes what is
 * buffered when the process exits, whatever the reason (pino registers the flush for asynchronous destinations).
 */
function stdoutDestination(): pino.DestinationStream {
  // The workers of a group share one standard output: there each line is one write of its own, which a pipe keeps
  // whole (up to 4 KB), so that lines of two workers never interleave.
  if (cluster.isWorker) return pino.destination({ dest: 1, sync: true });
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 });
}

/** A logger that writes nothing (tests, tools that print their own output). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
