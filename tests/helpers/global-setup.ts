import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../src/local-neo4j/launcher';

/**
 * Every test runs against a real Neo4j: the one NEO4J_URI names, or else a local Neo4j 5.26 started here on a free
 * port with a fresh temporary database, stopped by globalTeardown (and with this process in any case).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'diplomatic-graph-test-'));
  const neo4j = await startLocalNeo4j({ dataDir });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.TEST_NEO4J_STARTUP_MS = String(neo4j.startupMs);
  (globalThis as { __LOCAL_NEO4J__?: unknown }).__LOCAL_NEO4J__ = neo4j;
  console.log(`\nLocal Neo4j for the tests at ${neo4j.uri}, ready in ${neo4j.startupMs} ms`);
}
