/** Exponential backoff: how long to wait before each new attempt to reach the database. */
export interface BackoffOptions {
  /** The first delay (ms). */
  initialMs: number;
  /** No delay is longer than this (ms). */
  maxMs: number;
  /** Each delay is the previous one times this (default 2). */
  factor?: number;
}

/** The delay before attempt `attempt + 1` after `attempt` failures (attempt counts from 1): initial × factor^(n-1), capped. */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const factor = options.factor ?? 2;
  const delay = options.initialMs * factor ** Math.max(0, attempt - 1);
  return Math.min(Math.round(delay), options.maxMs);
}

/** Resolves after `ms`, or at once when `signal` aborts (the caller checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
