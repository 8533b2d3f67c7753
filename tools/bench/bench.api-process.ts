import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, stopChild } from '../../src/lifecycle/child-process';
import { projectRoot } from '../../src/project-root';

/** How long the API child has to stop on SIGTERM (its own clean shutdown) before it is killed. */
const API_STOP_GRACE_MS = 10_000;

/** The API running as a child process of the benchmark, so that its memory is its own. */
export interface ApiProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawning to /ready answering. */
  startupMs: number;
  /** The child's last lines of output (for error reports). */
  output(): string;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  neo4jUri: string;
  /** Extra environment (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE are passed through from this process). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Workers of the API (WEB_CONCURRENCY, default 1); with more than one, ready means every worker serves. */
  workers?: number;
}

/**
 * Starts `node dist/src/index.js` (the built API) with SEED=false, NODE_ENV=production, QUERY_STATS=true and
 * INTROSPECTION=false on a free port, and waits until /ready answers. The child watches its standard input and
 * stops when this process ends.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const root = projectRoot();
  const port = await freePort();
  const passThrough = ['PATH', 'HOME', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];
  const env: NodeJS.ProcessEnv = {};
  for (const name of passThrough) if (process.env[name] !== undefined) env[name] = process.env[name];
  Object.assign(env, {
    NEO4J_URI: options.neo4jUri,
    PORT: String(port),
    SEED: 'false',
    NODE_ENV: 'production',
    QUERY_STATS: 'true',
    INTROSPECTION: 'false',
    WEB_CONCURRENCY: String(options.workers ?? 1),
    ...options.env,
  });
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--require', join(root, 'dist', 'src', 'lifecycle', 'parent-watch.js'), join(root, 'dist', 'src', 'index.js')],
    {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  // A group of workers is ready when its primary says they all serve (/ready answers as soon as one does).
  const groupLine = `with ${options.workers ?? 1} workers"`;
  let groupReady = (options.workers ?? 1) <= 1;
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (text.includes(groupLine)) groupReady = true;
    lines.push(...text.split('\n').filter(Boolean));
    if (lines.length > 50) lines.splice(0, lines.length - 50);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(child, `${base}/ready`, options.timeoutMs ?? 60_000, output, () => groupReady);
  } catch (error) {
    await stopChild(child, API_STOP_GRACE_MS);
    throw error;
  }
  return {
    url: `${base}/graphql`,
    pid: child.pid ?? -1,
    startupMs: Date.now() - started,
    output,
    stop: () => stopChild(child, API_STOP_GRACE_MS),
  };
}

async function waitForReady(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
  output: () => string,
  allServing: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (code ${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok && allServing()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API was not ready within ${timeoutMs} ms:\n${output()}`);
}
