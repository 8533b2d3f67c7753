import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { ensureSchema } from '../../src/graph/constraints';
import { BULK_TIMEOUTS, GraphExecutor } from '../../src/graph/executor';
import { connectOrStartNeo4j } from '../../src/local-neo4j/connect';
import { IngestService } from '../../src/ingest/ingest.service';
import { loadSeed } from '../../src/ingest/seed';
import { generateSyntheticGraph, removeSyntheticGraph } from './synthetic.loader';
import { DEFAULT_SEED } from './synthetic.plan';
import { progressBar } from './synthetic.progress';

const USAGE = `usage: npm run generate -- --events N [--seed S]   load a synthetic graph beside the seed (replacing an earlier one)
       npm run generate -- --remove                  delete every Synthetic node and its relationships`;

interface Arguments {
  events?: number;
  seed: number;
  remove: boolean;
}

/** Parses `--events N`, `--seed S` (also `--events=N`) and `--remove`; throws on anything else. */
export function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { seed: DEFAULT_SEED, remove: false };
  for (let at = 0; at < argv.length; at += 1) {
    const [flag, inline] = argv[at].split('=', 2);
    const value = () => {
      const raw = inline ?? argv[(at += 1)];
      const number = Number(raw);
      if (raw === undefined || !Number.isSafeInteger(number) || number < 0)
        throw new Error(`${flag} needs a whole number, got "${raw ?? ''}"`);
      return number;
    };
    if (flag === '--events') parsed.events = value();
    else if (flag === '--seed') parsed.seed = value();
    else if (flag === '--remove') parsed.remove = true;
    else throw new Error(`unknown argument "${argv[at]}"`);
  }
  if (!parsed.remove && !parsed.events) throw new Error('--events N (N >= 1) is required');
  if (parsed.remove && parsed.events !== undefined) throw new Error('--remove takes no --events');
  return parsed;
}

/**
 * `npm run generate -- --events N [--seed S]` and `npm run generate -- --remove`: writes to NEO4J_URI, or to the local
 * Neo4j on its data folder (as `npm run ingest` does). Generating loads the seed first (as `npm start` does, unless
 * SEED=false). Progress goes to stderr, the summary to stdout.
 */
async function main(argv: string[]): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const neo4j = await connectOrStartNeo4j({
    ...config,
    onStart: ({ dataDir }) =>
      console.error(`NEO4J_URI is unset: starting the local Neo4j on ${dataDir} (stop \`npm start\` first, or set NEO4J_URI)`),
  });
  try {
    const graph = new GraphExecutor(await neo4j.connect(), config.neo4jDatabase, { timeouts: BULK_TIMEOUTS });
    if (args.remove) {
      const started = performance.now();
      const bar = progressBar('removing nodes');
      let kept: string[] = [];
      const removed = await removeSyntheticGraph(graph, { onProgress: bar.update, onKept: (ids) => (kept = ids) });
      bar.done();
      console.log(`Removed ${removed.toLocaleString('en-US')} synthetic nodes and their relationships in ${seconds(started)} s`);
      if (kept.length > 0) {
        console.log(
          `Kept ${kept.length} that ingested articles refer to, now without the Synthetic label: ${kept.slice(0, 10).join(', ')}${kept.length > 10 ? ', ...' : ''}`,
        );
      }
    } else {
      // Beside the seed, as `npm start` loads it (unless SEED=false): its countries, places and topics are then
      // reused rather than created as synthetic ones.
      await ensureSchema(graph);
      if (config.seed) await loadSeed(new IngestService(graph));
      console.error(
        `Replacing any earlier synthetic graph, planning ${(args.events as number).toLocaleString('en-US')} events (seed ${args.seed}) ...`,
      );
      const bar = progressBar('writing');
      const report = await generateSyntheticGraph(graph, { events: args.events as number, seed: args.seed, onProgress: bar.update });
      bar.done();
      const reused = report.reused;
      console.log(
        [
          `Synthetic graph (seed ${report.seed}) loaded in ${(report.ms / 1000).toFixed(1)} s:`,
          `  ${report.events.toLocaleString('en-US')} events, ${report.people.toLocaleString('en-US')} people, ` +
            `${report.organizations.toLocaleString('en-US')} organizations, ${report.sources.toLocaleString('en-US')} sources`,
          `  ${report.countries} countries, ${report.places} places, ${report.topics} topics created ` +
            `(reused from the graph: ${reused.countries} countries, ${reused.places} places, ${reused.topics} topics)`,
          `  ${report.relationships.toLocaleString('en-US')} relationships`,
          `  peak memory of this process (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
          'Every created node is labelled Synthetic; `npm run generate -- --remove` deletes them.',
        ].join('\n'),
      );
    }
  } finally {
    await neo4j.stop();
  }
  return 0;
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
