import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';
import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { BULK_TIMEOUTS, GraphExecutor } from '../../src/graph/executor';
import { DeclaredGraph, declaredGraph, declaredSnapshot, describeDifference, GRAPH_PRAGMA, GraphGuard } from './graph-state';
import { SEED_SNAPSHOT_ENV } from './test-run';

/**
 * The test environment of the files that use the test Neo4j (the integration and browser projects): Node's, plus the
 * graph each file declares (`@graph seed`, the default, or `@graph empty`, in the docblock at the top of the file).
 * Before the file runs, the graph is made that one if it is not (an earlier file that failed may have left more);
 * after its last hook, the graph must be as the file found it: if not, the file fails, naming what it added or
 * removed, and the graph is reset for the next file. So no file sees another's data, in whatever order they run.
 */
export default class GraphEnvironment extends TestEnvironment {
  private readonly file: string;
  private readonly declared: DeclaredGraph;
  private driver?: Driver;
  private guard?: GraphGuard;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.file = relative(config.globalConfig.rootDir, context.testPath);
    this.declared = declaredGraph(context.docblockPragmas, this.file);
  }

  override async setup(): Promise<void> {
    await super.setup();
    const uri = process.env.NEO4J_URI;
    const seedSnapshot = process.env[SEED_SNAPSHOT_ENV];
    if (!uri || !seedSnapshot)
      throw new Error(`${this.file}: NEO4J_URI and ${SEED_SNAPSHOT_ENV} are set by the global set-up, which did not run`);
    this.driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD });
    const graph = new GraphExecutor(this.driver, process.env.NEO4J_DATABASE ?? 'neo4j', { timeouts: BULK_TIMEOUTS });
    const expected = declaredSnapshot(this.declared, JSON.parse(readFileSync(seedSnapshot, 'utf8')) as string[]);
    this.guard = new GraphGuard(graph, this.declared, expected);
    await this.guard.prepare().catch((error: Error) => {
      throw new Error(`${this.file}: ${error.message}`);
    });
  }

  /** After the file's last hook ('run_finish'): the graph it leaves must be the one it found. */
  async handleTestEvent(event: Circus.Event, state: Circus.State): Promise<void> {
    if (event.name !== 'run_finish' || !this.guard) return;
    const leftover = await this.guard.check();
    if (!leftover) return;
    const error = new Error(
      `${this.file} starts from @${GRAPH_PRAGMA} ${this.declared} and must leave it as it found it, but left the graph changed ` +
        `(reset for the next file):\n${describeDifference(leftover)}`,
    );
    error.stack = error.message; // where this check runs says nothing about the file's test that wrote
    state.unhandledErrors.push(error);
  }

  override async teardown(): Promise<void> {
    await this.driver?.close();
    await super.teardown();
  }
}
