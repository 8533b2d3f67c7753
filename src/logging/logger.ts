import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** What the logger needs to know: the level (LOG_LEVEL), and whether it writes at all (tests keep it quiet). */
export interface LoggerOptions {
  level?: string;
  /** Where the lines go (default stdout); tests pass an in-memory stream to read them. */
  destination?: pino.DestinationStream;
}

/**
 * The process's structured JSON logger (pino): one line per event on stdout, with `time`, `level` and `msg`.
 * Credentials never reach it: the Authorization header, passwords and API keys are redacted wherever they appear,
 * and article text is logged only as its length (callers log `textLength`, never `text`).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino({
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: 'diplomatic-events-graph' },
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
  }, options.destination ?? pino.destination(1));
}

/** A logger that writes nothing (tests, tools that print their own output). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
