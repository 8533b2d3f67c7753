import { join } from 'node:path';
import { projectRoot } from '../project-root';
import { startLocalNeo4j } from './launcher';

/** `npm run neo4j`: the local Neo4j alone, on NEO4J_PORT when set, data in .neo4j/data (or NEO4J_DATA_DIR). */
async function main(): Promise<void> {
  const dataDir = process.env.NEO4J_DATA_DIR ?? join(projectRoot(), '.neo4j', 'data');
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: process.env.NEO4J_PORT ? Number(process.env.NEO4J_PORT) : 0,
    password: process.env.NEO4J_PASSWORD || undefined,
  });
  console.log(neo4j.uri);
  console.error(`Neo4j 5.26 Community is ready in ${neo4j.startupMs} ms (data: ${dataDir}). Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
