import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stopChild } from '../lifecycle/child-process';
import { projectRoot } from '../project-root';

/** The folder of the Maven project that starts Neo4j (neo4j-local/ at the repository's top). */
export const LAUNCHER_DIR = join(projectRoot(), 'neo4j-local');

const CLASSES = join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target', 'classpath.txt');

/** A running local Neo4j: its Bolt URI and a way to stop it. */
export interface LocalNeo4j {
  uri: string;
  /** Milliseconds from spawning the JVM to Bolt accepting connections. */
  startupMs: number;
  pid: number;
  stop(): Promise<void>;
}

/** Memory of the local Neo4j: the JVM's heap (-Xmx) and Neo4j's page cache, as `512m`, `4g`. */
export interface LocalMemory {
  heap: string;
  pagecache: string;
}

/** NEO4J_HEAP and NEO4J_PAGECACHE when they are set, else `defaults`, else a 1g heap and a 256m page cache. */
export function localMemory(defaults: Partial<LocalMemory> = {}): LocalMemory {
  return {
    heap: process.env.NEO4J_HEAP || defaults.heap || '1g',
    pagecache: process.env.NEO4J_PAGECACHE || defaults.pagecache || '256m',
  };
}

export interface LocalNeo4jOptions {
  /** Database folder; created when missing. */
  dataDir: string;
  /** Bolt port; 0 or unset picks a free one. */
  port?: number;
  /** Turns authentication on (user neo4j) when set. */
  password?: string;
  /** Default: localMemory() (NEO4J_HEAP, NEO4J_PAGECACHE or 1g and 256m). */
  memory?: LocalMemory;
  /** How long to wait for Bolt before giving up. */
  timeoutMs?: number;
  /** Where the JVM's own output goes; default: dropped after start-up. */
  log?: (line: string) => void;
  /**
   * A Neo4j for one short command (`npm run extract`'s name lookups): the JVM compiles with its first tier only
   * (-XX:TieredStopAtLevel=1), which is ready sooner; a cold Neo4j plans its first statements in a third less time.
   * Slower at length: not for a Neo4j that serves or loads much.
   */
  shortLived?: boolean;
}

/**
 * Compiles the launcher and resolves the Neo4j jars through Maven, once: later starts reuse target/ and the
 * Maven cache and need no network.
 */
export function ensureLauncherBuilt(): string {
  const pom = join(LAUNCHER_DIR, 'pom.xml');
  const source = join(LAUNCHER_DIR, 'src', 'main', 'java', 'LocalNeo4j.java');
  const built = join(CLASSES, 'LocalNeo4j.class');
  const fresh =
    existsSync(built) &&
    existsSync(CLASSPATH_FILE) &&
    statSync(built).mtimeMs >= statSync(source).mtimeMs &&
    statSync(CLASSPATH_FILE).mtimeMs >= statSync(pom).mtimeMs;
  if (!fresh) {
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', pom, 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (mvn.error || mvn.status !== 0) {
      const detail = mvn.error ? mvn.error.message : `${mvn.stdout}\n${mvn.stderr}`.trim();
      throw new Error(`Could not build the local Neo4j launcher with Maven (needs Java 17 and Maven): ${detail}`);
    }
  }
  return `${CLASSES}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/**
 * Starts Neo4j 5.26 Community in a child JVM with Bolt on 127.0.0.1. The JVM watches its standard input and stops
 * when this process ends, however it ends, so no JVM outlives its parent.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const classpath = ensureLauncherBuilt();
  const started = Date.now();
  const memory = options.memory ?? localMemory();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_DATA_DIR: resolve(options.dataDir),
    NEO4J_PORT: String(options.port ?? 0),
    NEO4J_PASSWORD: options.password ?? '',
    NEO4J_PAGECACHE: memory.pagecache,
  };
  const jit = options.shortLived ? ['-XX:TieredStopAtLevel=1'] : [];
  const child = spawn('java', [`-Xmx${memory.heap}`, '-XX:+UseG1GC', ...jit, '-cp', classpath, 'LocalNeo4j', '--exit-with-parent'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const uri = await waitForReady(child, options.timeoutMs ?? 120_000, options.log);
  const startupMs = Date.now() - started;
  return {
    uri,
    startupMs,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, 20_000, 'close-stdin'), // the launcher shuts Neo4j down cleanly when its input closes
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, log?: (line: string) => void): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const output: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output.push(text);
      log?.(text);
      const ready = /Neo4j ready at (bolt:\/\/127\.0\.0\.1:\d+)/.exec(output.join(''));
      if (ready) {
        clearTimeout(timer);
        child.off('exit', onExit);
        if (!log) {
          child.stdout?.resume();
          child.stderr?.resume();
          child.stdout?.off('data', onData);
          child.stderr?.off('data', onData);
        }
        resolvePromise(ready[1]);
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (code ${code}) before it was ready:\n${output.join('')}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java for the local Neo4j: ${error.message}`));
    });
  });
}
