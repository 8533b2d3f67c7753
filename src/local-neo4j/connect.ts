import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver } from 'neo4j-driver';
import { createDriver, DriverSettings, waitForNeo4j } from '../graph/driver';
import { projectRoot } from '../project-root';
import { LocalMemory, localMemory, LocalNeo4j, startLocalNeo4j } from './launcher';

/** Which Neo4j, and how to start the local one. The fields are named as in Config, so a Config can be passed. */
export interface Neo4jOptions {
  /** NEO4J_URI: that Neo4j is used and nothing is started. Unset: the local Neo4j is started. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword?: string;
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  /** The local Neo4j's data folder (NEO4J_DATA_DIR; default .neo4j/data). */
  localDataDir?: string;
  /** The local Neo4j's Bolt port (NEO4J_PORT; default a free one). */
  localPort?: number;
  /**
   * Instead of the data folder, a fresh folder under the system's temporary one, its name starting with this prefix,
   * deleted on stop() (the benchmark's).
   */
  temporaryDataDir?: string;
  /** The local Neo4j's heap and page cache where NEO4J_HEAP and NEO4J_PAGECACHE are unset (default 1g and 256m). */
  localMemory?: Partial<LocalMemory>;
  /** The local Neo4j serves one short command (LocalNeo4jOptions.shortLived). */
  localShortLived?: boolean;
  /** Called just before the local Neo4j is started (to say so). */
  onStart?: (local: { dataDir: string; memory: LocalMemory }) => void;
}

/** The Neo4j to use, and the way to let it go. */
export interface Neo4jConnection {
  uri: string;
  /** For createDriver: the URI, the credentials and the timeouts. */
  settings: DriverSettings;
  /** The local Neo4j, when this call started it. */
  localNeo4j?: LocalNeo4j;
  /** A driver on `settings`, once Neo4j answers (waitForNeo4j: for the command-line tools); stop() closes it. */
  connect(): Promise<Driver>;
  /** Closes the drivers connect() made, then stops the local Neo4j if one was started and deletes a temporary folder. */
  stop(): Promise<void>;
}

/**
 * NEO4J_URI when it is set; else the project's local Neo4j 5.26, started here on its data folder (or on a temporary
 * one). `npm start` (startApp), `npm run ingest`, `npm run generate` and `npm run bench` reach Neo4j through it.
 */
export async function connectOrStartNeo4j(options: Neo4jOptions): Promise<Neo4jConnection> {
  let uri = options.neo4jUri;
  let localNeo4j: LocalNeo4j | undefined;
  let removeDataDir = (): void => undefined;
  if (!uri) {
    const prefix = options.temporaryDataDir;
    const dataDir =
      prefix !== undefined ? mkdtempSync(join(tmpdir(), prefix)) : (options.localDataDir ?? join(projectRoot(), '.neo4j', 'data'));
    if (prefix !== undefined) removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
    const memory = localMemory(options.localMemory);
    options.onStart?.({ dataDir, memory });
    try {
      localNeo4j = await startLocalNeo4j({
        dataDir,
        port: options.localPort,
        password: options.neo4jPassword,
        memory,
        shortLived: options.localShortLived,
      });
    } catch (error) {
      removeDataDir();
      throw error;
    }
    uri = localNeo4j.uri;
  }
  const settings: DriverSettings = {
    uri,
    user: options.neo4jUser,
    password: options.neo4jPassword,
    connectionTimeoutMs: options.connectionTimeoutMs,
    acquisitionTimeoutMs: options.acquisitionTimeoutMs,
  };
  const drivers: Driver[] = [];
  return {
    uri,
    settings,
    localNeo4j,
    async connect() {
      const driver = createDriver(settings);
      drivers.push(driver);
      await waitForNeo4j(driver);
      return driver;
    },
    async stop() {
      for (const driver of drivers.splice(0)) await driver.close();
      try {
        await localNeo4j?.stop();
      } finally {
        removeDataDir();
      }
    },
  };
}
