import 'reflect-metadata';
import { relative } from 'node:path';
import { removeSyntheticGraph } from '../generator/synthetic.loader';
import { evaluateChecks, growthRows, workersChecks } from './bench.checks';
import { openNeo4j, prepareSchemaAndSeed, BenchNeo4j } from './bench.database';
import { machineInfo, versions } from './bench.environment';
import { measureSize } from './bench.measure';
import { parseOptions, USAGE } from './bench.options';
import { BenchReport, checksText, growthTable, sizeTable, workersTable, writeJsonReport } from './bench.report';
import { SizeResult } from './bench.results';
import { measureWorkers, oneWorkerRun, WorkersResult } from './bench.workers';

/** What must be stopped on the way out (the API child, the driver, the local Neo4j), last started first. */
const running = new Set<() => Promise<void>>();
let stopping = false;

async function stopAll(): Promise<void> {
  for (const stop of [...running].reverse()) {
    running.delete(stop);
    await stop().catch((error: Error) => console.error(`while stopping: ${error.message}`));
  }
}

function track(stop: () => Promise<void>): () => void {
  running.add(stop);
  return () => running.delete(stop);
}

/** `npm run bench`: the API against hand-written Cypher on synthetic graphs of several sizes (issue 5). */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (message: string) => console.log(message);
  const started = new Date();
  log(
    `Benchmark: sizes ${options.sizes.join(', ')} events${options.quick ? ' (quick)' : ''}; report: ${relative(process.cwd(), options.out)}`,
  );

  const neo4j: BenchNeo4j = await openNeo4j(log);
  const untrack = track(() => neo4j.stop());
  try {
    await prepareSchemaAndSeed(neo4j.graph);
    const machine = machineInfo();
    const versionInfo = await versions(neo4j.graph);
    log(
      `Machine: ${machine.cpuCount} x ${machine.cpuModel}, ${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB; node ${versionInfo.node}; ${versionInfo.neo4j}`,
    );

    const sizes: SizeResult[] = [];
    for (const events of options.sizes) {
      const size = await measureSize(neo4j, events, options, track, log);
      sizes.push(size);
      log(`\n${sizeTable(size)}`);
      log(`   (${(size.ms / 1000).toFixed(0)} s for this size)`);
    }
    let workers: WorkersResult | undefined;
    const largest = sizes[sizes.length - 1];
    if (options.workers && largest) {
      log(`\n-- ${largest.events.toLocaleString('en-US')} events: the API with 2 workers (WEB_CONCURRENCY=2) at c=16`);
      const two = await measureWorkers(neo4j, largest.params, 2, options, track, log);
      workers = { events: largest.events, runs: [oneWorkerRun(largest.queries), two] };
    }
    await removeSyntheticGraph(neo4j.graph);

    const growth = growthRows(sizes);
    const checks = [...evaluateChecks(sizes), ...(workers ? workersChecks(workers) : [])];
    const finished = new Date();
    const report: BenchReport = {
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      options: {
        sizes: options.sizes,
        quick: options.quick,
        seed: options.seed,
        warmup: options.warmup,
        loads: options.loads,
        neo4j: neo4j.local ? 'local (temporary folder)' : neo4j.uri,
      },
      machine,
      versions: versionInfo,
      sizes,
      workers,
      growth,
      checks,
      passed: checks.every((check) => check.pass),
    };
    log('');
    for (const size of sizes) log(`${sizeTable(size)}\n`);
    if (sizes.length > 1) log(`${growthTable(growth, options.sizes)}\n`);
    if (workers) log(`${workersTable(workers)}\n`);
    log(checksText(checks));
    writeJsonReport(options.out, report);
    log(`\nJSON report: ${options.out}`);
    log(`Total time: ${(report.durationMs / 1000).toFixed(0)} s`);
    return report.passed ? 0 : 1;
  } finally {
    untrack();
    await stopAll();
    await neo4j.stop();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the API and Neo4j`);
    void stopAll().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: Error) => {
    console.error(`Benchmark failed: ${error.stack ?? error.message}`);
    await stopAll();
    process.exitCode = 1;
  },
);
