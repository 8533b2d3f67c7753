import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSchema } from '../../src/graph/constraints';
import { createDriver } from '../../src/graph/driver';
import { BULK_TIMEOUTS, GraphExecutor } from '../../src/graph/executor';
import { LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { resetGraph, snapshotGraph } from './graph-state';
import { buildForTests, SEED_SNAPSHOT_ENV } from './test-run';

/** What the global set-up leaves for the global teardown (same process). */
export interface TestRun {
  folder: string;
  neo4j?: LocalNeo4j;
}

/** Where the global set-up keeps the run, for the teardown. */
export const TEST_RUN_KEY = '__DIPLOMATIC_GRAPH_TEST_RUN__';

/**
 * Once per run, for the projects that use Neo4j (integration, browser; not unit): starts the test Neo4j (the one
 * NEO4J_URI names, or a local Neo4j 5.26 on a free port in a fresh temporary folder) while building what the tests
 * run, creates the schema, loads the seed (which also warms a cold Neo4j up) and writes the seed's snapshot, against
 * which every file's graph is checked (graph-environment.ts). A Neo4j named by NEO4J_URI is emptied: give the tests a
 * database of their own.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'diplomatic-graph-test-'));
  const run: TestRun = { folder };
  (globalThis as Record<string, unknown>)[TEST_RUN_KEY] = run;
  const building = buildForTests();
  building.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  if (!process.env.NEO4J_URI) {
    run.neo4j = await startLocalNeo4j({ dataDir: join(folder, 'neo4j') });
    process.env.NEO4J_URI = run.neo4j.uri;
  }
  const driver = createDriver({
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
  });
  try {
    const graph = new GraphExecutor(driver, process.env.NEO4J_DATABASE ?? 'neo4j', { timeouts: BULK_TIMEOUTS });
    await ensureSchema(graph);
    await resetGraph(graph, 'seed');
    const snapshot = join(folder, 'seed-snapshot.json');
    writeFileSync(snapshot, JSON.stringify(await snapshotGraph(graph)));
    process.env[SEED_SNAPSHOT_ENV] = snapshot;
  } finally {
    await driver.close();
  }
  await building;
  const neo4j = run.neo4j ? `local Neo4j at ${run.neo4j.uri}, ready in ${run.neo4j.startupMs} ms` : `Neo4j at NEO4J_URI`;
  console.log(`Test graph: ${neo4j}; schema, seed and build ready in ${Date.now() - started} ms`);
}
