import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { GraphExecutor } from '../../src/graph/executor';
import { IngestService } from '../../src/ingest/ingest.service';
import { loadSeed } from '../../src/ingest/seed';

/**
 * The graphs a test file can declare, in a `@graph` pragma of the docblock at the very top of the file: `seed` (the
 * default: the seed alone, as `npm start` loads it) or `empty` (no node at all; the schema is there). The file starts
 * from that graph and must leave it as it found it.
 */
export const DECLARABLE_GRAPHS = ['seed', 'empty'] as const;

/** A graph a test file can declare. */
export type DeclaredGraph = (typeof DECLARABLE_GRAPHS)[number];

/** The docblock pragma that declares a file's graph. */
export const GRAPH_PRAGMA = 'graph';

/** The graph a file declares in its docblock's pragmas (`@graph empty`), the seed when it says nothing. */
export function declaredGraph(pragmas: Record<string, string | string[]>, file: string): DeclaredGraph {
  const value = pragmas[GRAPH_PRAGMA];
  if (value === undefined) return 'seed';
  const declared = (Array.isArray(value) ? value.join(' ') : value).trim();
  if (!(DECLARABLE_GRAPHS as readonly string[]).includes(declared)) {
    throw new Error(`${file}: @${GRAPH_PRAGMA} ${declared} is not one of ${DECLARABLE_GRAPHS.join(', ')}`);
  }
  return declared as DeclaredGraph;
}

/**
 * Properties that differ each time the same data is written (when, and by which ingest): a snapshot leaves them out,
 * so that the seed loaded again into an empty graph is the same graph.
 */
const VOLATILE_PROPERTIES = new Set(['createdAt', 'ingestId']);

/**
 * The graph's content as a sorted list of lines, one per node (its labels and properties), relationship (its ends'
 * ids, its type and properties), index and constraint. The ingest's lock node is left out: it is how writes take turns,
 * not content. Two snapshots are equal when the graphs hold the same data, whatever their element ids.
 */
export async function snapshotGraph(graph: GraphExecutor): Promise<string[]> {
  const nodes = await graph.read({
    cypher: 'MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, properties(n) AS properties',
    params: {},
  });
  const relationships = await graph.read({
    cypher: `MATCH (a)-[r]->(b) RETURN coalesce(a.id, elementId(a)) AS start, type(r) AS type, coalesce(b.id, elementId(b)) AS end,
      properties(r) AS properties`,
    params: {},
  });
  const indexes = await graph.read({ cypher: 'SHOW INDEXES YIELD name, type RETURN name, type', params: {} });
  const constraints = await graph.read({ cypher: 'SHOW CONSTRAINTS YIELD name, type RETURN name, type', params: {} });
  const lines = [
    ...nodes.map((row) => `node ${[...(row.labels as string[])].sort().join(':')} ${canonical(row.properties)}`),
    ...relationships.map(
      (row) => `relationship (${String(row.start)})-[:${String(row.type)}]->(${String(row.end)}) ${canonical(row.properties)}`,
    ),
    ...indexes.map((row) => `index ${String(row.name)} ${String(row.type)}`),
    ...constraints.map((row) => `constraint ${String(row.name)} ${String(row.type)}`),
  ];
  return lines.sort();
}

/** A digest of a snapshot, to compare graphs at a glance. */
export function snapshotDigest(snapshot: string[]): string {
  return createHash('sha256').update(snapshot.join('\n')).digest('hex');
}

/** What is in `after` and not in `before` (added), and the other way round (removed), counting repeats. */
export function snapshotDifference(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const counts = new Map<string, number>();
  for (const line of before) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...counts].flatMap(([line, count]) => Array<string>(count).fill(line));
  return { added, removed };
}

/** A difference in a few lines: how many lines were added and removed, and the first of each, cut short. */
export function describeDifference(difference: { added: string[]; removed: string[] }, shown = 5): string {
  const sample = (lines: string[]) => lines.slice(0, shown).map((line) => `    ${line.length > 300 ? `${line.slice(0, 300)}...` : line}`);
  return [
    `  ${difference.added.length} added:`,
    ...sample(difference.added),
    `  ${difference.removed.length} removed:`,
    ...sample(difference.removed),
  ].join('\n');
}

/** Makes the graph the declared one: empties it, then loads the seed through the ingest when the seed is declared. */
export async function resetGraph(graph: GraphExecutor, declared: DeclaredGraph): Promise<void> {
  await graph.write({ cypher: 'MATCH (n) DETACH DELETE n', params: {} });
  if (declared === 'seed') await loadSeed(new IngestService(graph));
}

/** What a test file left different from the graph it found. */
export interface Leftover {
  added: string[];
  removed: string[];
}

/**
 * Keeps one test file to the graph it declares: `prepare()` before the file makes the graph that one if it is not,
 * `check()` after the file says what it left changed (and resets the graph for the next file). The test environment
 * (graph-environment.ts) calls them around each file of the projects on Neo4j.
 */
export class GraphGuard {
  private found: string[] = [];

  /** `expected` is the declared graph's snapshot (the seed's, written by the global set-up, or the schema alone). */
  constructor(
    private readonly graph: GraphExecutor,
    readonly declared: DeclaredGraph,
    private readonly expected: string[],
  ) {}

  /** Makes the graph the declared one if it is not; returns true when it had to reset it. */
  async prepare(): Promise<boolean> {
    this.found = await snapshotGraph(this.graph);
    if (sameLines(this.found, this.expected)) return false;
    await resetGraph(this.graph, this.declared);
    this.found = await snapshotGraph(this.graph);
    if (!sameLines(this.found, this.expected)) {
      throw new Error(
        `the graph reset to @${GRAPH_PRAGMA} ${this.declared} is not that graph:\n${describeDifference(snapshotDifference(this.expected, this.found))}`,
      );
    }
    return true;
  }

  /** What differs from the graph prepare() found, or null; when something does, the graph is reset. */
  async check(): Promise<Leftover | null> {
    const left = await snapshotGraph(this.graph);
    if (sameLines(left, this.found)) return null;
    await resetGraph(this.graph, this.declared);
    return snapshotDifference(this.found, left);
  }
}

/** The snapshot of a declared graph, from the seed's: the seed itself, or its schema alone (the empty graph). */
export function declaredSnapshot(declared: DeclaredGraph, seed: string[]): string[] {
  return declared === 'seed' ? seed : seed.filter((line) => line.startsWith('index ') || line.startsWith('constraint '));
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

/** A node's or relationship's properties as JSON with sorted keys, without the volatile ones. */
function canonical(properties: unknown): string {
  const entries = Object.entries(properties as Record<string, unknown>)
    .filter(([key]) => !VOLATILE_PROPERTIES.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}
