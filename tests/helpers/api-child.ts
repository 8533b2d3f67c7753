import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../src/lifecycle/child-process';
import { waitUntil } from './http-load';
import { TEST_TIMEOUTS } from './test-app';
import { LogLine } from './memory-logger';

const ROOT = join(__dirname, '..', '..');

/** The built API running as a child process, with its JSON log lines as they come. */
export interface ApiChild {
  url: string;
  child: ChildProcess;
  logs: LogLine[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the built API (`node dist/src/index.js`, as `npm start` and the image run it; the global set-up builds it) as a child process on the test
 * Neo4j, in production mode without the seed unless `env` says otherwise, and waits until /ready answers 200.
 */
export async function startApiChild(env: NodeJS.ProcessEnv): Promise<ApiChild> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--require', join(ROOT, 'dist', 'src', 'lifecycle', 'parent-watch.js'), join(ROOT, 'dist', 'src', 'index.js')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NEO4J_URI: process.env.NEO4J_URI,
        NEO4J_USER: process.env.NEO4J_USER,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
        PORT: String(port),
        NODE_ENV: 'production',
        SEED: 'false',
        LOG_LEVEL: 'info',
        ...TEST_TIMEOUTS,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const logs: LogLine[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line) as LogLine);
  });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${base}/ready`)).status === 200, 120_000, 200).catch((error) => {
    child.kill('SIGKILL');
    throw new Error(`the API did not become ready: ${(error as Error).message}\n${stderr.join('')}\n${JSON.stringify(logs)}`);
  });
  return { url: `${base}/graphql`, child, logs, exited };
}
