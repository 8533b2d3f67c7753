import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/** The environment variable naming the file where the global set-up wrote the seed's snapshot (graph-state.ts). */
export const SEED_SNAPSHOT_ENV = 'TEST_SEED_SNAPSHOT';

/**
 * Builds what the tests run as the user does: the server into dist/ (`tsc -b`, which compiles only when a source is
 * newer than the last build: about a second when nothing changed) for the command-line and child-process tests, and
 * the explorer's bundle (esbuild, about 2 s) for the explorer's routes and the browser tests. The same commands as
 * `npm run build`.
 */
export async function buildForTests(): Promise<void> {
  const root = projectRoot();
  await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json'], root);
  await run(process.execPath, [join(root, 'explorer', 'build.mjs')], root);
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (exit ${code}):\n${output}`))));
  });
}
