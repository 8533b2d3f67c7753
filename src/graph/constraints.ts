import { CypherQuery } from './cypher';
import { ENTITY_KINDS, ENTITY_LABEL, LABEL_OF_KIND, SEARCH_INDEX_OF_KIND } from './kinds';
import { GraphExecutor } from './executor';

/**
 * The schema statements, all idempotent (IF NOT EXISTS): a unique id across the graph and per label, a full-text
 * index over names, aliases, native names and titles, and range indexes for the common filters and orderings.
 */
export function schemaStatements(): CypherQuery[] {
  const statements = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...ENTITY_KINDS.map(
      (kind) =>
        `CREATE CONSTRAINT ${LABEL_OF_KIND[kind].toLowerCase()}_id IF NOT EXISTS FOR (n:${LABEL_OF_KIND[kind]}) REQUIRE n.id IS UNIQUE`,
    ),
    'CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
    'CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
    'CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title)',
    'CREATE INDEX source_key IF NOT EXISTS FOR (n:Source) ON (n.sourceKey)',
    'CREATE INDEX participation_representing IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.representing)',
    `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${Object.values(LABEL_OF_KIND).join('|')}) ON EACH [n.searchText]`,
    ...ENTITY_KINDS.map(
      (kind) => `CREATE FULLTEXT INDEX ${SEARCH_INDEX_OF_KIND[kind]} IF NOT EXISTS FOR (n:${LABEL_OF_KIND[kind]}) ON EACH [n.searchText]`,
    ),
  ];
  return statements.map((statement) => ({ cypher: statement, params: {} }));
}

/** Creates the constraints and indexes (safe to run at every start) and waits until they are online. */
export async function ensureSchema(graph: GraphExecutor): Promise<void> {
  for (const statement of schemaStatements()) await graph.schema(statement);
  await graph.schema({ cypher: 'CALL db.awaitIndexes(60)', params: {} });
}
