import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphExecutor } from '../../src/graph/executor';

/** What generateSyntheticGraph reports (src/synthetic/synthetic.loader.ts). */
export interface SyntheticGraphReport {
  countries: number;
  people: number;
  organizations: number;
  topics: number;
  events: number;
  sources: number;
  relationships: number;
  ms: number;
}

/** The synthetic graph generator's API (src/synthetic/synthetic.loader.ts). */
export interface SyntheticGenerator {
  generateSyntheticGraph(
    graph: GraphExecutor,
    options: { events: number; seed?: number; onProgress?: (done: number, total: number) => void },
  ): Promise<SyntheticGraphReport>;
  removeSyntheticGraph(graph: GraphExecutor): Promise<number>;
}

/** Where the generator is, beside this folder (src/synthetic under ts-jest, dist/src/synthetic when built). */
export function syntheticModulePath(from: string = __dirname): string {
  return join(from, '..', 'generator', 'synthetic.loader');
}

/** Whether the synthetic graph generator is there. */
export function hasSyntheticGenerator(from: string = __dirname): boolean {
  const path = syntheticModulePath(from);
  return ['.js', '.ts'].some((extension) => existsSync(path + extension));
}

/**
 * The synthetic graph generator, loaded when first needed (so the benchmark builds before the generator exists);
 * throws a clear error when it is missing.
 */
export function loadSyntheticGenerator(from: string = __dirname): SyntheticGenerator {
  if (!hasSyntheticGenerator(from)) {
    throw new Error(`The synthetic graph generator is missing: ${syntheticModulePath(from)}(.ts|.js) (src/synthetic/synthetic.loader.ts)`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(syntheticModulePath(from)) as Partial<SyntheticGenerator>;
  if (typeof loaded.generateSyntheticGraph !== 'function' || typeof loaded.removeSyntheticGraph !== 'function') {
    throw new Error('src/synthetic/synthetic.loader does not export generateSyntheticGraph and removeSyntheticGraph');
  }
  return loaded as SyntheticGenerator;
}
