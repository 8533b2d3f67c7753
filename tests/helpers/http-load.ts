import { Agent, request as httpRequest } from 'node:http';

/** Concurrent GraphQL clients over real HTTP, for the load and outage tests: every answer is recorded and judged. */

/** One request a client sends, and how to tell its answer is right. */
export interface LoadRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** True when `data` is the right answer (checked only for answers without errors). */
  check(data: any): boolean;
}

/** What became of one request. */
export interface Sample {
  name: string;
  client: number;
  /** ms since the run started, when it was sent and when its answer was complete. */
  start: number;
  end: number;
  status: number;
  /** `extensions.code` of each error (`<none>` for an error without one); empty when there were none. */
  codes: string[];
  /** No errors and `check` passed. */
  correct: boolean;
  retryAfter: string | null;
  /** Set when the request failed below HTTP (connection refused or reset) or the body was not JSON. */
  transportError?: string;
}

export interface LoadRun {
  /** Stops the clients after their current request; resolves with every sample. */
  stop(): Promise<Sample[]>;
  /** The samples so far. */
  samples: Sample[];
  /** The run's clock: ms since it started. */
  now(): number;
}

/**
 * Starts `clients` loops, each sending the requests in turn (client i starts at request i) until stopped. Samples
 * are kept in `samples`, or handed to `onSample` and dropped (a long run that measures memory keeps nothing). A run
 * has connections of its own (an HTTP agent with keep-alive), closed when it stops: no idle connection outlives it
 * for the next run to reuse at the moment the server times it out (an ECONNRESET that would not be the API's doing).
 */
export function startLoad(url: string, clients: number, requests: LoadRequest[], onSample?: (sample: Sample) => void): LoadRun {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const started = performance.now();
  const now = () => performance.now() - started;
  const samples: Sample[] = [];
  const record = onSample ?? ((sample: Sample) => void samples.push(sample));
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = client; running; i += 1) {
      const request = requests[i % requests.length];
      record(await send(agent, url, request, client, now));
    }
  });
  return {
    samples,
    now,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return samples;
    },
  };
}

async function send(agent: Agent, url: string, request: LoadRequest, client: number, now: () => number): Promise<Sample> {
  const start = now();
  const base = { name: request.name, client, start };
  try {
    const response = await post(agent, url, JSON.stringify({ query: request.query, variables: request.variables ?? {} }));
    let body: { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
    try {
      body = JSON.parse(response.text);
    } catch {
      return {
        ...base,
        end: now(),
        status: response.status,
        codes: [],
        correct: false,
        retryAfter: null,
        transportError: `not JSON: ${response.text.slice(0, 100)}`,
      };
    }
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? '<none>');
    const correct = codes.length === 0 && request.check(body.data);
    return { ...base, end: now(), status: response.status, codes, correct, retryAfter: response.retryAfter };
  } catch (error) {
    const cause = (error as { code?: string }).code ?? (error as Error).message;
    return { ...base, end: now(), status: 0, codes: [], correct: false, retryAfter: null, transportError: cause };
  }
}

/** POSTs a JSON body through the run's agent; the whole answer as text. */
function post(agent: Agent, url: string, body: string): Promise<{ status: number; text: string; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const retryAfter = response.headers['retry-after'];
        resolve({ status: response.statusCode ?? 0, text, retryAfter: typeof retryAfter === 'string' ? retryAfter : null });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Counts samples by a key, for readable failure messages. */
export function tally(samples: Sample[], key: (sample: Sample) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) counts[key(sample)] = (counts[key(sample)] ?? 0) + 1;
  return counts;
}

/** How a sample ended: `ok`, `wrong answer`, or `HTTP <status> <codes>`. */
export function outcome(sample: Sample): string {
  if (sample.transportError) return `transport ${sample.transportError}`;
  if (sample.correct) return 'ok';
  if (sample.codes.length === 0) return `HTTP ${sample.status} wrong answer`;
  return `HTTP ${sample.status} ${[...new Set(sample.codes)].sort().join('+')}`;
}

/** Polls `probe` every `everyMs` until it returns true; returns the ms it took, or throws after `timeoutMs`. */
export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Percentile (0..100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
