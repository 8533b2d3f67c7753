import { Writable } from 'node:stream';
import { RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { buildAppSchema } from '../../src/schema/build-schema';
import { createServer } from '../../src/server';

/** A second API server over a running test app's Neo4j, whose JSON log lines are kept in memory for the test. */
export interface CapturedServer {
  url: string;
  /** Everything logged so far, exactly as it would reach stdout. */
  output(): string;
  /** The log lines so far, parsed. */
  lines(): Array<Record<string, any>>;
  stop(): Promise<void>;
}

/** Starts the API (createServer, as startApp does) with `env` settings and the real logger writing to memory. */
export async function startCapturedServer(app: RunningApp, env: NodeJS.ProcessEnv = {}): Promise<CapturedServer> {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({ ...process.env, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env });
  const logger = createLogger({ level: config.logLevel, destination });
  const server = await createServer({
    config,
    schema: await buildAppSchema(),
    driver: app.driver,
    graph: app.graph,
    readiness: app.readiness,
    logger,
  });
  const url = await server.listen(0);
  const output = () => chunks.join('');
  return {
    url,
    output,
    lines: () =>
      output()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, any>),
    stop: () => server.stop(),
  };
}

/** Waits until the log has a line that `match` accepts (a line is written when its response has finished). */
export async function logLine(server: CapturedServer, match: (line: Record<string, any>) => boolean): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const line = server.lines().find(match);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line matched; the log was:\n${server.output()}`);
}
