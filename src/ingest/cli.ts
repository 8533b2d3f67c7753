import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config';
import { ensureSchema } from '../graph/constraints';
import { BATCH_TIMEOUTS, GraphExecutor } from '../graph/executor';
import { connectOrStartNeo4j } from '../local-neo4j/connect';
import { articleFiles, readArticleFile } from './article-file';
import { IngestReport } from './ingest-report.type';
import { IngestService } from './ingest.service';

/**
 * `npm run ingest -- <file.json|folder> [...]`: ingests article files, one transaction each, through the same code
 * as the mutation. Prints a report per file; a rejected file is reported and skipped, the others still load; the
 * exit code is 1 when any file was rejected. Writes to NEO4J_URI, or to the local Neo4j's data folder.
 */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- <article.json | folder of .json files> [...]');
    return 2;
  }
  const files = paths.flatMap(articleFiles);
  const config = loadConfig();
  const neo4j = await connectOrStartNeo4j({
    ...config,
    onStart: ({ dataDir }) =>
      console.error(`NEO4J_URI is unset: starting the local Neo4j on ${dataDir} (stop \`npm start\` first, or set NEO4J_URI)`),
  });
  let rejected = 0;
  try {
    const graph = new GraphExecutor(await neo4j.connect(), config.neo4jDatabase, { timeouts: BATCH_TIMEOUTS });
    await ensureSchema(graph);
    const ingest = new IngestService(graph);
    for (const [index, file] of files.entries()) {
      const progress = `[${index + 1}/${files.length}] ${file}`;
      try {
        console.log(`${progress}: ${summary(await ingest.ingest(readArticleFile(file)))}`);
      } catch (error) {
        rejected += 1;
        console.log(`${progress}: REJECTED ${describe(error)}`);
      }
    }
  } finally {
    await neo4j.stop();
  }
  console.log(`${files.length - rejected} of ${files.length} file(s) ingested${rejected ? `, ${rejected} rejected` : ''}`);
  return rejected > 0 ? 1 : 0;
}

function summary(report: IngestReport): string {
  const merged = report.merged.map((node) => `${node.id} (by ${node.matchedBy})`);
  return [
    `source ${report.sourceId}`,
    `${report.created.length} created`,
    `${report.merged.length} merged${merged.length ? `: ${merged.slice(0, 5).join(', ')}${merged.length > 5 ? ', ...' : ''}` : ''}`,
    `${report.relationsCreated} relationships created, ${report.relationsMerged} already present`,
    `${report.evidenceAdded} evidence quotes added`,
    report.changed ? 'changed' : 'unchanged',
  ].join('; ');
}

function describe(error: unknown): string {
  if (error instanceof GraphQLError) {
    const problems = (error.extensions.problems as Array<{ field: string; message: string }> | undefined) ?? [];
    return problems.length > 0 ? problems.map((p) => `\n    ${p.field}: ${p.message}`).join('') : error.message;
  }
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  return (error as Error).message;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
