import { availableParallelism } from 'node:os';
import { poolSizeOf } from '../../src/app';
import { loadConfig, MAX_WORKERS } from '../../src/config';
import { backoffDelay } from '../../src/graph/backoff';
import { schemaStatements } from '../../src/graph/constraints';
import { expectedSchemaNames } from '../../src/health/schema-check';

describe('lifecycle configuration', () => {
  it('has defaults for timeouts, reconnection and shutdown', () => {
    expect(loadConfig({})).toMatchObject({
      readTimeoutMs: 5_000,
      writeTimeoutMs: 30_000,
      connectionTimeoutMs: 5_000,
      acquisitionTimeoutMs: 10_000,
      reconnectMaxDelayMs: 2_000,
      shutdownGraceMs: 10_000,
    });
  });

  it('reads them from the environment', () => {
    const config = loadConfig({
      NEO4J_TX_TIMEOUT_MS: '250',
      NEO4J_WRITE_TX_TIMEOUT_MS: '60000',
      NEO4J_CONNECTION_TIMEOUT_MS: '3000',
      NEO4J_ACQUISITION_TIMEOUT_MS: '4000',
      NEO4J_RETRY_MAX_DELAY_MS: '8000',
      SHUTDOWN_GRACE_MS: '0',
    });
    expect(config).toMatchObject({
      readTimeoutMs: 250,
      writeTimeoutMs: 60_000,
      connectionTimeoutMs: 3_000,
      acquisitionTimeoutMs: 4_000,
      reconnectMaxDelayMs: 8_000,
      shutdownGraceMs: 0,
    });
  });

  it('rejects a zero, negative or non-numeric timeout, naming every bad variable', () => {
    expect(() => loadConfig({ NEO4J_TX_TIMEOUT_MS: '0', NEO4J_WRITE_TX_TIMEOUT_MS: '-5', SHUTDOWN_GRACE_MS: 'soon' })).toThrow(
      'Invalid configuration: NEO4J_TX_TIMEOUT_MS must be a whole number of milliseconds from 1 to 86400000, got "0"; ' +
        'NEO4J_WRITE_TX_TIMEOUT_MS must be a whole number of milliseconds from 1 to 86400000, got "-5"; ' +
        'SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 86400000, got "soon"',
    );
  });
});

describe('workers', () => {
  it('runs one worker with 100 connections unless told otherwise; auto is one per core', () => {
    expect(loadConfig({})).toMatchObject({ webConcurrency: 1, neo4jMaxPoolSize: 100 });
    expect(loadConfig({ WEB_CONCURRENCY: '3', NEO4J_MAX_POOL_SIZE: '40' })).toMatchObject({ webConcurrency: 3, neo4jMaxPoolSize: 40 });
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBe(Math.min(availableParallelism(), MAX_WORKERS));
  });

  it("shares the API's connections out among the workers", () => {
    expect(poolSizeOf({ neo4jMaxPoolSize: 100, webConcurrency: 1 })).toBe(100);
    expect(poolSizeOf({ neo4jMaxPoolSize: 100, webConcurrency: 3 })).toBe(33);
    expect(poolSizeOf({ neo4jMaxPoolSize: 2, webConcurrency: 2 })).toBe(1);
  });

  it('refuses a number of workers that is not one, and fewer connections than workers', () => {
    for (const value of ['0', '65', '1.5', 'many', '-2']) {
      expect(() => loadConfig({ WEB_CONCURRENCY: value })).toThrow(
        `WEB_CONCURRENCY must be a whole number from 1 to 64 or auto, got "${value}"`,
      );
    }
    expect(() => loadConfig({ WEB_CONCURRENCY: '4', NEO4J_MAX_POOL_SIZE: '3' })).toThrow(
      'NEO4J_MAX_POOL_SIZE (3) must be at least WEB_CONCURRENCY (4): one connection per worker',
    );
  });
});

describe('reconnection backoff', () => {
  it('doubles from the first delay up to the cap', () => {
    const options = { initialMs: 250, maxMs: 2_000 };
    expect([1, 2, 3, 4, 5, 10].map((attempt) => backoffDelay(attempt, options))).toEqual([250, 500, 1_000, 2_000, 2_000, 2_000]);
  });
});

describe('readiness schema check', () => {
  it('expects every constraint and index that start-up creates, by name', () => {
    const names = expectedSchemaNames();
    expect(names).toHaveLength(schemaStatements().length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'event_date', 'entity_names', 'ingest_lock_id', 'source_key']));
  });
});
