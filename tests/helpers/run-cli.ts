import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The project's root folder. */
export const ROOT = join(__dirname, '..', '..');

/** What a command-line run left: its exit code and its output. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built script (`dist/...`, relative to the root) with the test environment (NEO4J_URI: the test database). */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The output, cut short for a failure message. */
export function shown(result: CliResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout.slice(0, 3000)}\n--- stderr\n${result.stderr.slice(0, 3000)}`;
}
