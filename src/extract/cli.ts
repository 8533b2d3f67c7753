import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { BATCH_TIMEOUTS, GraphExecutor } from '../graph/executor';
import { IngestService } from '../ingest/ingest.service';
import { connectOrStartNeo4j } from '../local-neo4j/connect';
import { extractArticle, Extraction } from './extract';
import { ExtractService, extractInputProblems, todayUtc } from './extract.service';

const USAGE = `usage: npm run extract -- ARTICLE.txt --published YYYY-MM-DD [--url URL] [--title TITLE] [--publisher NAME] [--offline] [--out FILE]

Writes {"draft": <ArticleInput>, "review": {...}} as JSON to FILE (--out), or prints it (npm run -s extract: npm's
own lines would go to standard output too). Review it, then: npm run ingest -- draft.json
Names are looked up in the graph at NEO4J_URI (or the local Neo4j's data folder, started for the purpose);
--offline skips the graph.`;

/**
 * `npm run extract -- article.txt --published 2023-12-08 --out draft.json`: the draft extraction of a UTF-8 text file, with
 * the same checks and the same graph resolution as the extractArticle query. Exit code 1 on bad input (the message
 * names the field), 2 on bad usage.
 */
async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file] = parsed.positionals;
  if (!file || parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    console.error(error instanceof TypeError ? `${file} is not UTF-8 text: convert it to UTF-8 first` : (error as Error).message);
    return 1;
  }
  const input = {
    text,
    publishedAt: parsed.values.published ?? '',
    url: parsed.values.url,
    title: parsed.values.title,
    publisher: parsed.values.publisher,
  };
  const problems = extractInputProblems(input, todayUtc());
  if (problems.length > 0) {
    for (const problem of problems)
      console.error(
        `${problem.field === 'publishedAt' ? '--published' : problem.field === 'text' ? file : `--${problem.field}`}: ${problem.message}`,
      );
    return 1;
  }
  const extraction = parsed.values.offline ? extractArticle(input) : await extractWithGraph(input);
  const json = `${JSON.stringify(extraction, null, 2)}\n`;
  if (parsed.values.out) writeFileSync(parsed.values.out, json);
  else process.stdout.write(json);
  const { entities, events, relations } = extraction.draft;
  console.error(
    `${entities.length} entities, ${events.length} events, ${relations.length} relations${parsed.values.out ? ` written to ${parsed.values.out}` : ''}` +
      extraction.review.notes.map((note) => `\nnote: ${note}`).join(''),
  );
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      offline: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function extractWithGraph(input: Parameters<typeof extractArticle>[0]): Promise<Extraction> {
  const config = loadConfig();
  const neo4j = await connectOrStartNeo4j({
    ...config,
    localShortLived: true,
    onStart: ({ dataDir }) =>
      console.error(`NEO4J_URI is unset: starting the local Neo4j on ${dataDir} to look names up (or pass --offline)`),
  });
  try {
    const graph = new GraphExecutor(await neo4j.connect(), config.neo4jDatabase, { timeouts: BATCH_TIMEOUTS });
    return await new ExtractService(new IngestService(graph)).extract(input);
  } finally {
    await neo4j.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
