import { Driver } from 'neo4j-driver';
import { DatabaseState } from '../graph/database-state';
import { isUnavailableError } from '../graph/errors';
import { missingSchema } from './schema-check';

/** The answer of GET /ready. */
export interface ReadinessReport {
  ready: boolean;
  /** Why not, when not ready. */
  reason?: string;
}

export interface ReadinessOptions {
  state: DatabaseState;
  /** The database state's probe driver: the check never waits for a connection behind busy queries. */
  probeDriver: Driver;
  database: string;
  /** How long an answer is reused (ms, default 1000): however often /ready is asked, Neo4j sees one check a second. */
  cacheMs?: number;
  /** Server-side timeout of the check's query (ms, default 2000). */
  timeoutMs?: number;
}

/**
 * Readiness: ready when Neo4j is reachable and every constraint and index of the schema is online, and the app is
 * not shutting down. Answers are cached for `cacheMs` and concurrent checks share one query.
 */
export class Readiness {
  private shuttingDown = false;
  private cached?: { at: number; report: ReadinessReport };
  private running?: Promise<ReadinessReport>;

  constructor(private readonly options: ReadinessOptions) {}

  /** From now on, not ready: the app is shutting down. */
  shutdown(): void {
    this.shuttingDown = true;
  }

  /** The current readiness, from the cache when it is fresh enough. */
  async check(): Promise<ReadinessReport> {
    if (this.shuttingDown) return { ready: false, reason: 'shutting down' };
    const { state } = this.options;
    if (state.status !== 'ready') return { ready: false, reason: state.reason };
    if (this.cached && Date.now() - this.cached.at < (this.options.cacheMs ?? 1_000)) return this.cached.report;
    if (!this.running) {
      this.running = this.query().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async query(): Promise<ReadinessReport> {
    let report: ReadinessReport;
    try {
      const missing = await missingSchema(this.options.probeDriver, this.options.database, this.options.timeoutMs ?? 2_000);
      report =
        missing.length === 0
          ? { ready: true }
          : { ready: false, reason: `constraints or indexes missing or not online: ${missing.join(', ')}` };
    } catch (error) {
      if (isUnavailableError(error)) this.options.state.reportFailure();
      report = { ready: false, reason: `Neo4j did not answer the readiness check: ${String((error as Error).message).split('\n')[0]}` };
    }
    this.cached = { at: Date.now(), report };
    return this.shuttingDown ? { ready: false, reason: 'shutting down' } : report;
  }
}
