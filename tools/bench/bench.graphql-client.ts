import http from 'node:http';
import { RequestOutcome } from './bench.runner';

/** A GraphQL answer as the benchmark reads it. */
export interface GraphQLAnswer {
  status: number;
  bytes: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/**
 * A minimal GraphQL-over-HTTP client for load: node:http with keep-alive connections (one per request in flight),
 * so the load generator spends as little as it can per request.
 */
export class GraphQLClient {
  private agent: http.Agent;
  private readonly target: URL;

  constructor(
    url: string,
    private readonly maxSockets = 64,
  ) {
    this.target = new URL(url);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(this.target.hostname)) {
      throw new Error(`The benchmark only sends load to this machine, not to ${this.target.hostname}`);
    }
    this.agent = this.newAgent();
  }

  /**
   * Closes every kept-alive connection and starts afresh: called before each load run, so that no run reuses a
   * connection left idle long enough for the server to close it (Node's keepAliveTimeout, 5 s), which would fail
   * with ECONNRESET through no fault of the API.
   */
  resetConnections(): void {
    this.agent.destroy();
    this.agent = this.newAgent();
  }

  private newAgent(): http.Agent {
    return new http.Agent({ keepAlive: true, maxSockets: this.maxSockets });
  }

  /** POSTs one operation and parses the JSON answer (rejects on a transport error). */
  post(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
    const body = Buffer.from(JSON.stringify({ query, variables }), 'utf8');
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          hostname: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            try {
              const parsed = JSON.parse(raw.toString('utf8')) as Omit<GraphQLAnswer, 'status' | 'bytes'>;
              resolve({ status: response.statusCode ?? 0, bytes: raw.length, ...parsed });
            } catch {
              resolve({
                status: response.statusCode ?? 0,
                bytes: raw.length,
                errors: [{ message: `not JSON: ${raw.toString('utf8').slice(0, 200)}` }],
              });
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** One request as the load runner counts it: any GraphQL error, non-200 status or missing data is an error. */
  async outcome(
    query: string,
    variables: Record<string, unknown>,
    hasData: (data: Record<string, unknown>) => boolean,
  ): Promise<RequestOutcome> {
    const answer = await this.post(query, variables);
    return outcomeOf(answer, hasData);
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Judges one answer: ok only with status 200, no errors and data that `hasData` accepts. */
export function outcomeOf(answer: GraphQLAnswer, hasData: (data: Record<string, unknown>) => boolean): RequestOutcome {
  const roundTrips = typeof answer.extensions?.cypherRoundTrips === 'number' ? answer.extensions.cypherRoundTrips : undefined;
  if (answer.status !== 200 || (answer.errors && answer.errors.length > 0)) {
    const first = answer.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? ` [${first.extensions.code}]` : '';
    return { ok: false, roundTrips, error: `HTTP ${answer.status}: ${first?.message ?? 'no body'}${code}` };
  }
  if (!answer.data || !hasData(answer.data)) return { ok: false, roundTrips, error: 'empty answer (no data for the parameters)' };
  return { ok: true, roundTrips, size: answer.bytes };
}
