import 'reflect-metadata';
import { startApp, RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Logger, silentLogger } from '../../src/logging/logger';

export interface TestAppOptions {
  /** Return as soon as the API listens, before Neo4j is reached (default: wait until it serves the seeded graph). */
  waitUntilReady?: boolean;
  /** Where the app logs (default: nowhere). */
  logger?: Logger;
}

/**
 * The Neo4j timeouts of an API under test, unless a file sets its own (the timeout tests do): a minute a read, two an
 * ingest. The API's 5 and 30 s are its behaviour only where a test is about them; elsewhere a loaded machine (two runs
 * at once, a cold Neo4j) must not turn a slow answer into a failure.
 */
export const TEST_TIMEOUTS: NodeJS.ProcessEnv = { NEO4J_TX_TIMEOUT_MS: '60000', NEO4J_WRITE_TX_TIMEOUT_MS: '120000' };

/**
 * The API on a free port over the test Neo4j, as `npm start` runs it, ready to serve when it returns. It does not load
 * the seed (SEED=false unless `overrides` say otherwise): the file's graph is already there, the one it declares
 * (graph-environment.ts), and loading the seed again would only cost time. Timeouts: TEST_TIMEOUTS.
 */
export async function startTestApp(overrides: NodeJS.ProcessEnv = {}, options: TestAppOptions = {}): Promise<RunningApp> {
  const config = loadConfig({
    ...process.env,
    ...TEST_TIMEOUTS,
    PORT: '0',
    NODE_ENV: 'test',
    SEED: 'false',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  const app = await startApp(config, options.logger ?? silentLogger());
  if (options.waitUntilReady === false) return app;
  try {
    await app.whenReady();
  } catch (error) {
    await app.stop();
    throw error;
  }
  return app;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
  extensions?: Record<string, any>;
}

/** POSTs a GraphQL document to the running API over HTTP. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Like gql, but fails the test on any error and returns the data. */
export async function gqlData<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await gql<T>(url, query, variables);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** Empties the database (tests that need a clean graph call it in beforeAll). */
export async function clearGraph(app: RunningApp): Promise<void> {
  await app.graph.write({ cypher: 'MATCH (n) DETACH DELETE n', params: {} });
}

/** Counts of the model's nodes (not the ingest lock), relationships and evidence entries: the graph's content. */
export async function graphCounts(app: RunningApp): Promise<{ nodes: number; relationships: number; evidence: number }> {
  const [nodes] = await app.graph.read({
    cypher: 'MATCH (n:Entity) RETURN count(n) AS count, sum(size(coalesce(n.evidence, []))) AS evidence',
    params: {},
  });
  const [relationships] = await app.graph.read({
    cypher: 'MATCH ()-[r]->() RETURN count(r) AS count, sum(size(coalesce(r.evidence, []))) AS evidence',
    params: {},
  });
  return {
    nodes: Number(nodes.count),
    relationships: Number(relationships.count),
    evidence: Number(nodes.evidence) + Number(relationships.evidence),
  };
}
