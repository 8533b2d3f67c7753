import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DEFAULT_QUERY_LIMITS, QueryLimits } from './security/query-limits';

/** The API's settings, read from the environment once and validated at start-up. */
export interface Config {
  /** HTTP port of the API (PORT, default 4000). */
  port: number;
  /** Bolt URI of Neo4j (NEO4J_URI); unset means: start the project's local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword?: string;
  /** Database name (NEO4J_DATABASE, default neo4j). */
  neo4jDatabase: string;
  /** Where the local Neo4j keeps its data (NEO4J_DATA_DIR, default .neo4j/data). */
  localDataDir?: string;
  /** Bolt port for the local Neo4j (NEO4J_PORT, default: a free one). */
  localPort?: number;
  production: boolean;
  /** Schema introspection (INTROSPECTION, default on outside production). */
  introspection: boolean;
  /** Origins allowed by CORS besides Apollo Studio (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** Load the seed article at start-up (SEED, default true). */
  seed: boolean;
  /** Add `extensions.cypherRoundTrips` to responses (QUERY_STATS, default on outside production). */
  queryStats: boolean;
  /** SHA-256 digests of the API keys that may write (API_KEYS, comma-separated; the keys themselves are not kept). */
  apiKeyDigests: Buffer[];
  /** Reads need a key too (READ_REQUIRES_AUTH, default false). */
  readRequiresAuth: boolean;
  /** Limits on each GraphQL request (MAX_DEPTH, MAX_COST, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS, MAX_QUERY_CHARS). */
  queryLimits: QueryLimits;
  /** Level of the JSON log on stdout (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent; default info). */
  logLevel: string;
  /** Server-side timeout of every read transaction (NEO4J_TX_TIMEOUT_MS, default 5000). */
  readTimeoutMs: number;
  /** Server-side timeout of every write transaction, an ingest (NEO4J_WRITE_TX_TIMEOUT_MS, default 30000). */
  writeTimeoutMs: number;
  /** How long the driver may take to open a connection (NEO4J_CONNECTION_TIMEOUT_MS, default 5000). */
  connectionTimeoutMs: number;
  /** How long a query may wait for a free pooled connection (NEO4J_ACQUISITION_TIMEOUT_MS, default 10000). */
  acquisitionTimeoutMs: number;
  /** Longest wait between two attempts to reach Neo4j while it is down (NEO4J_RETRY_MAX_DELAY_MS, default 2000). */
  reconnectMaxDelayMs: number;
  /** How long a shutdown lets in-flight requests finish before cutting them (SHUTDOWN_GRACE_MS, default 10000). */
  shutdownGraceMs: number;
  /** API worker processes sharing the port (WEB_CONCURRENCY: a number from 1 to 64, or `auto` for one per core; default 1). */
  webConcurrency: number;
  /** Bolt connections of the whole API to Neo4j, shared out among its workers (NEO4J_MAX_POOL_SIZE, default 100). */
  neo4jMaxPoolSize: number;
}

/** The most workers WEB_CONCURRENCY may ask for. */
export const MAX_WORKERS = 64;

/** The environment variable of each query limit, and the largest value it may take. */
const QUERY_LIMIT_VARIABLES: Record<keyof QueryLimits, { name: string; max: number }> = {
  depth: { name: 'MAX_DEPTH', max: 100 },
  cost: { name: 'MAX_COST', max: 100_000_000 },
  aliases: { name: 'MAX_ALIASES', max: 10_000 },
  directives: { name: 'MAX_DIRECTIVES', max: 10_000 },
  tokens: { name: 'MAX_TOKENS', max: 1_000_000 },
  characters: { name: 'MAX_QUERY_CHARS', max: 1_000_000 },
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Apollo Sandbox's origin: always allowed, so the hosted Sandbox can query a local API. */
export const STUDIO_ORIGIN = 'https://studio.apollographql.com';

/** Reads and validates the configuration; throws one error that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const config: Config = {
    port: integer(env, 'PORT', 4000, problems),
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || undefined,
    neo4jDatabase: env.NEO4J_DATABASE || 'neo4j',
    localDataDir: env.NEO4J_DATA_DIR || undefined,
    localPort: env.NEO4J_PORT ? integer(env, 'NEO4J_PORT', 0, problems) : undefined,
    production,
    introspection: boolean(env, 'INTROSPECTION', !production, problems),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    seed: boolean(env, 'SEED', true, problems),
    queryStats: boolean(env, 'QUERY_STATS', !production, problems),
    apiKeyDigests: (env.API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean)
      .map(digestKey),
    readRequiresAuth: boolean(env, 'READ_REQUIRES_AUTH', false, problems),
    queryLimits: queryLimits(env, problems),
    logLevel: (env.LOG_LEVEL || 'info').toLowerCase(),
    readTimeoutMs: milliseconds(env, 'NEO4J_TX_TIMEOUT_MS', 5_000, problems),
    writeTimeoutMs: milliseconds(env, 'NEO4J_WRITE_TX_TIMEOUT_MS', 30_000, problems),
    connectionTimeoutMs: milliseconds(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 5_000, problems),
    acquisitionTimeoutMs: milliseconds(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 10_000, problems),
    reconnectMaxDelayMs: milliseconds(env, 'NEO4J_RETRY_MAX_DELAY_MS', 2_000, problems),
    shutdownGraceMs: milliseconds(env, 'SHUTDOWN_GRACE_MS', 10_000, problems, 0),
    webConcurrency: workers(env, problems),
    neo4jMaxPoolSize: count(env, 'NEO4J_MAX_POOL_SIZE', 100, 1, 10_000, problems),
  };
  if (config.neo4jMaxPoolSize < config.webConcurrency) {
    problems.push(
      `NEO4J_MAX_POOL_SIZE (${config.neo4jMaxPoolSize}) must be at least WEB_CONCURRENCY (${config.webConcurrency}): one connection per worker`,
    );
  }
  if (!LOG_LEVELS.includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  if ((env.API_KEYS ?? '').split(',').some((key) => key.trim() && key.trim().length < 16)) {
    problems.push('API_KEYS: every key must be at least 16 characters');
  }
  if (config.readRequiresAuth && config.apiKeyDigests.length === 0) {
    problems.push('READ_REQUIRES_AUTH=true needs API_KEYS');
  }
  if (config.neo4jUri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(config.neo4jUri)) {
    problems.push(`NEO4J_URI must be a bolt:// or neo4j:// URI, got "${config.neo4jUri}"`);
  }
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`${name} must be a port number, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** WEB_CONCURRENCY: a whole number of workers, or `auto` for one per core the process may use. */
function workers(env: NodeJS.ProcessEnv, problems: string[]): number {
  const raw = (env.WEB_CONCURRENCY ?? '').trim();
  if (raw === '') return 1;
  if (raw.toLowerCase() === 'auto') return Math.min(availableParallelism(), MAX_WORKERS);
  return count(env, 'WEB_CONCURRENCY', 1, 1, MAX_WORKERS, problems, ' or auto');
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[], or = ''): number {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}${or}, got "${raw}"`);
    return fallback;
  }
  return value;
}

function queryLimits(env: NodeJS.ProcessEnv, problems: string[]): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const [key, { name, max }] of Object.entries(QUERY_LIMIT_VARIABLES) as Array<[keyof QueryLimits, { name: string; max: number }]>) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) {
      problems.push(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    } else {
      limits[key] = value;
    }
  }
  return limits;
}

/** A duration in milliseconds, at least `min` (1 unless said: a timeout of 0 would mean "none") and at most a day. */
function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[], min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > 86_400_000) {
    problems.push(`${name} must be a whole number of milliseconds from ${min} to 86400000, got "${raw}"`);
    return fallback;
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}

/** The SHA-256 digest of an API key: keys are compared as digests, in constant time. */
export function digestKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}
