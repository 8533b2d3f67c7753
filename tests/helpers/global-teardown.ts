import { rmSync } from 'node:fs';
import { TEST_RUN_KEY, TestRun } from './global-setup';

/** Stops the local Neo4j that the global set-up started, if it started one, and removes the run's folder. */
export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as Record<string, unknown>)[TEST_RUN_KEY] as TestRun | undefined;
  if (!run) return;
  try {
    await run.neo4j?.stop();
  } finally {
    rmSync(run.folder, { recursive: true, force: true });
  }
}
