import { LocalNeo4j } from '../../src/local-neo4j/launcher';

/** Stops the local Neo4j that globalSetup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __LOCAL_NEO4J__?: LocalNeo4j }).__LOCAL_NEO4J__;
  await neo4j?.stop();
}
