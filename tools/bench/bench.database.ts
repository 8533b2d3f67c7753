import { Driver } from 'neo4j-driver';
import { ensureSchema } from '../../src/graph/constraints';
import { BULK_TIMEOUTS, GraphExecutor } from '../../src/graph/executor';
import { LABEL_OF_KIND, MENTIONS, RELATION_TYPES } from '../../src/graph/kinds';
import { IngestService } from '../../src/ingest/ingest.service';
import { loadSeed } from '../../src/ingest/seed';
import { connectOrStartNeo4j } from '../../src/local-neo4j/connect';
import { generateSyntheticGraph, removeSyntheticGraph } from '../generator/synthetic.loader';
import { GraphCounts, SyntheticGraphReport } from './bench.results';

/** The Neo4j the benchmark measures against, with a driver of the benchmark's own. */
export interface BenchNeo4j {
  uri: string;
  /** Whether the benchmark started it (a local Neo4j in a temporary folder). */
  local: boolean;
  /** The JVM's process id, when the benchmark started it (for its CPU time). */
  pid?: number;
  driver: Driver;
  database: string;
  graph: GraphExecutor;
  stop(): Promise<void>;
}

/**
 * Memory for the local Neo4j on the 24 GB machine: a million events take 6.2 GB of store, which the page cache holds
 * (NEO4J_HEAP / NEO4J_PAGECACHE override them).
 */
export const LOCAL_NEO4J_MEMORY = { heap: '4g', pagecache: '8g' } as const;

/**
 * NEO4J_URI when it is set; else a local Neo4j 5.26 started in a fresh temporary folder (heap and page cache sized
 * for the 24 GB machine), deleted when stopped.
 */
export async function openNeo4j(log: (message: string) => void): Promise<BenchNeo4j> {
  const database = process.env.NEO4J_DATABASE || 'neo4j';
  const neo4j = await connectOrStartNeo4j({
    neo4jUri: process.env.NEO4J_URI || undefined,
    neo4jUser: process.env.NEO4J_USER || 'neo4j',
    neo4jPassword: process.env.NEO4J_PASSWORD || undefined,
    temporaryDataDir: 'diplomatic-graph-bench-',
    localMemory: LOCAL_NEO4J_MEMORY,
    onStart: ({ dataDir, memory }) =>
      log(`Starting a local Neo4j 5.26 in ${dataDir} (heap ${memory.heap}, page cache ${memory.pagecache})`),
  });
  const local = neo4j.localNeo4j;
  if (local) log(`Local Neo4j ready at ${local.uri} in ${local.startupMs} ms (pid ${local.pid})`);
  else log(`Using the Neo4j at NEO4J_URI=${neo4j.uri}`);
  let driver: Driver;
  try {
    driver = await neo4j.connect();
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  return {
    uri: neo4j.uri,
    local: local !== undefined,
    pid: local?.pid,
    driver,
    database,
    graph: new GraphExecutor(driver, database, { timeouts: BULK_TIMEOUTS }),
    stop: () => neo4j.stop(),
  };
}

/** Constraints, indexes and the seed (idempotent), as the API's start-up with SEED=true makes them. */
export async function prepareSchemaAndSeed(graph: GraphExecutor): Promise<void> {
  await ensureSchema(graph);
  await loadSeed(new IngestService(graph));
}

/**
 * Replaces the synthetic graph by one of `events` events (removeSyntheticGraph, then generateSyntheticGraph), then
 * refreshes the index statistics so the planner sees the new graph.
 */
export async function loadSyntheticGraph(
  graph: GraphExecutor,
  events: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SyntheticGraphReport> {
  await removeSyntheticGraph(graph);
  const report = await generateSyntheticGraph(graph, { events, seed, onProgress });
  await graph.schema({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
  await graph.schema({ cypher: 'CALL db.resampleOutdatedIndexes()', params: {} });
  await graph.schema({ cypher: 'CALL db.clearQueryCaches()', params: {} });
  return report;
}

/** Labels and relationship types whose counts the report gives (fixed lists: counts come from the count store). */
export const COUNTED_LABELS = ['Entity', ...Object.values(LABEL_OF_KIND), 'Synthetic'];
export const COUNTED_TYPES = [...RELATION_TYPES, MENTIONS];

/** Node and relationship counts, per label and per type (from the count store: cheap at any size). */
export async function graphCounts(graph: GraphExecutor): Promise<GraphCounts> {
  const [totals] = await graph.read({
    cypher:
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  });
  const labelRows = await graph.read({
    cypher: COUNTED_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS name, count(n) AS count`).join('\nUNION ALL\n'),
    params: {},
  });
  const typeRows = await graph.read({
    cypher: COUNTED_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS name, count(r) AS count`).join('\nUNION ALL\n'),
    params: {},
  });
  const byName = (rows: Array<Record<string, unknown>>) => Object.fromEntries(rows.map((row) => [String(row.name), Number(row.count)]));
  return {
    nodes: Number(totals.nodes),
    relationships: Number(totals.relationships),
    labels: byName(labelRows),
    relationshipTypes: byName(typeRows),
  };
}
