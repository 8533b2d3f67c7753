import { performance } from 'node:perf_hooks';
import { LatencySummary, summarize } from './bench.stats';

/** What one request reports back to the runner. */
export interface RequestOutcome {
  /** False for a failed request: a transport error, a non-200 answer, a GraphQL error or an empty answer. */
  ok: boolean;
  /** Cypher statements the request cost (`extensions.cypherRoundTrips`), where the target reports it. */
  roundTrips?: number;
  /** Size of the answer, in bytes (HTTP body) or rows (driver), for context. */
  size?: number;
  error?: string;
}

/** One request of a load: resolves to its outcome and never rejects (a rejection is counted as an error). */
export type Request = () => Promise<RequestOutcome>;

/** The bounds of a load run: it stops at whichever comes first. */
export interface LoadBounds {
  concurrency: number;
  /** At most this many requests are started. */
  maxRequests: number;
  /** No request is started after this many milliseconds. */
  maxMs: number;
}

export interface LoadResult extends LatencySummary {
  concurrency: number;
  /** Round trips of every successful request that reported them. */
  roundTrips: number[];
  /** The largest answer seen. */
  size?: number;
  /** Up to five distinct error messages. */
  errorSamples: string[];
}

/**
 * Runs `request` with `concurrency` requests in flight, until `maxRequests` were started or `maxMs` elapsed (the
 * requests in flight then finish), and measures each request's latency from its start to its outcome.
 */
export async function runLoad(request: Request, bounds: LoadBounds): Promise<LoadResult> {
  if (!(bounds.concurrency >= 1) || !(bounds.maxRequests >= 1) || !(bounds.maxMs > 0)) {
    throw new RangeError(`invalid load bounds ${JSON.stringify(bounds)}`);
  }
  const latencies: number[] = [];
  const roundTrips: number[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let started = 0;
  let size: number | undefined;
  const begin = performance.now();
  const deadline = begin + bounds.maxMs;

  const worker = async (): Promise<void> => {
    while (started < bounds.maxRequests && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      let outcome: RequestOutcome;
      try {
        outcome = await request();
      } catch (error) {
        outcome = { ok: false, error: (error as Error).message ?? String(error) };
      }
      latencies.push(performance.now() - t0);
      if (outcome.ok) {
        if (outcome.roundTrips !== undefined) roundTrips.push(outcome.roundTrips);
        if (outcome.size !== undefined) size = Math.max(size ?? 0, outcome.size);
      } else {
        errors += 1;
        if (errorSamples.size < 5) errorSamples.add(outcome.error ?? 'unknown error');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(bounds.concurrency, bounds.maxRequests) }, worker));
  const elapsedMs = performance.now() - begin;
  return { ...summarize(latencies, elapsedMs, errors), concurrency: bounds.concurrency, roundTrips, size, errorSamples: [...errorSamples] };
}
