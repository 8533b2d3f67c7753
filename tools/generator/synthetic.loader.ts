import { performance } from 'node:perf_hooks';
import { CypherQuery } from '../../src/graph/cypher';
import { ensureSchema } from '../../src/graph/constraints';
import { GraphExecutor, Row } from '../../src/graph/executor';
import { MENTIONS, RELATION_TYPES, RelationType } from '../../src/graph/kinds';
import { nameKey } from '../../src/common/names';
import { COUNTRIES } from './synthetic.countries';
import {
  adoptDependedOnQuery,
  appendEvidenceQuery,
  countSyntheticQuery,
  createNodesQuery,
  createRelationsQuery,
  existingCountriesQuery,
  existingPlacesQuery,
  existingTopicsQuery,
  releaseKeptRelationshipsQuery,
  removeSyntheticQuery,
} from './synthetic.cypher';
import {
  DEFAULT_SEED,
  ExistingNodes,
  PlanSlice,
  streamSyntheticGraph,
  SYNTHETIC_LABELS,
  SyntheticLabel,
  SyntheticNode,
  SyntheticRelation,
  SyntheticStream,
} from './synthetic.plan';
import { ElementIds } from './synthetic.element-ids';
import { BatchPipeline } from './synthetic.pipeline';
import { evidenceString, mentionRow, nodeRow, relationRow } from './synthetic.rows';
import { TOPICS } from './synthetic.topics';

export interface GenerateOptions {
  /** How many events (people N/5, organizations N/20, sources N/10). */
  events: number;
  /** Same events and seed: the same graph. Default 1. */
  seed?: number;
  /** Articles per slice written at a time (default SLICE_ARTICLES); the graph is the same whatever the slices. */
  sliceArticles?: number;
  /** Nodes written so far out of all the nodes it creates (each slice's relationships follow its nodes). */
  onProgress?: (done: number, total: number) => void;
}

/** What a generation created (reused nodes are not counted), and how long it took. */
export interface GenerateReport {
  countries: number;
  people: number;
  organizations: number;
  topics: number;
  events: number;
  sources: number;
  relationships: number;
  ms: number;
  places: number;
  /** Nodes already in the graph that the synthetic graph links to instead of creating them again. */
  reused: { countries: number; places: number; topics: number };
  seed: number;
}

/** Rows per write transaction: a few thousand, fewer for sources, whose texts are long. */
const NODE_BATCH = 2_000;
const SOURCE_BATCH = 250;
const RELATION_BATCH = 5_000;
const MENTION_BATCH = 10_000;
/**
 * Write transactions in flight at once: Neo4j runs each on its own thread, so two keep both cores of a small machine
 * busy. Concurrent relationship batches may wait for each other's node locks; the driver retries a deadlock.
 */
const WRITERS = 2;
/** Nodes per inner transaction when removing; events and sources carry most relationships. */
const REMOVE_BATCH: Record<SyntheticLabel, number> = {
  Source: 200,
  Event: 1_000,
  Person: 1_000,
  Organization: 1_000,
  Topic: 100,
  Place: 100,
  Country: 50,
};
/** Removal order: the nodes with the most relationships go first, so the hubs (countries) go last and light. */
const REMOVE_ORDER: SyntheticLabel[] = ['Source', 'Event', 'Person', 'Organization', 'Topic', 'Place', 'Country'];

/**
 * Loads a synthetic graph beside what the graph holds: creates the schema, removes any earlier synthetic graph (so
 * running twice never duplicates), looks up the countries, places and topics to reuse, then writes the planned graph
 * as it is planned (writeStream), so memory stays bounded however many events.
 */
export async function generateSyntheticGraph(graph: GraphExecutor, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  await ensureSchema(graph);
  await removeSyntheticGraph(graph);
  const existing = await existingNodes(graph);
  const stream = streamSyntheticGraph({ events: options.events, seed, sliceArticles: options.sliceArticles }, existing);
  const relationships = await writeStream(graph, stream, existing.elementIds, options.onProgress);
  const { counts } = stream;
  return {
    countries: counts.Country,
    people: counts.Person,
    organizations: counts.Organization,
    topics: counts.Topic,
    events: counts.Event,
    sources: counts.Source,
    places: counts.Place,
    relationships,
    ms: Math.round(performance.now() - started),
    reused: stream.reused,
    seed,
  };
}

/**
 * Deletes every node labelled Synthetic with its relationships, in batches of committed transactions, and nothing
 * else. Returns how many nodes were deleted. A synthetic node that a real source has since come to mention (an
 * article ingested after generating merged into it) is not deleted but kept without its Synthetic label and its
 * synthetic evidence (`onKept` hears of it), so removing never takes real data with it.
 */
export async function removeSyntheticGraph(
  graph: GraphExecutor,
  options: { onProgress?: (done: number, total: number) => void; onKept?: (ids: string[]) => void } = {},
): Promise<number> {
  const kept = (await graph.write(adoptDependedOnQuery())).map((row) => String(row.id));
  const counts = new Map<string, number>();
  for (const row of await graph.read(countSyntheticQuery())) counts.set(String(row.label), Number(row.count));
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0 && kept.length === 0) return 0;
  let done = 0;
  options.onProgress?.(done, total);
  for (const label of REMOVE_ORDER) {
    if (!counts.get(label)) continue;
    // CALL { } IN TRANSACTIONS needs an auto-commit transaction: the executor's schema() runs one.
    await graph.schema(removeSyntheticQuery(label, REMOVE_BATCH[label]));
    done += counts.get(label) as number;
    options.onProgress?.(done, total);
  }
  // Anything else labelled Synthetic (a node some other code labelled so): removed too.
  await graph.schema(removeSyntheticQuery(null, 1_000));
  if (kept.length > 0) {
    await graph.write(releaseKeptRelationshipsQuery(kept));
    options.onKept?.(kept);
  }
  return total;
}

/** The countries, places and topics the graph already has (not synthetic) that the plan links to. */
export async function existingNodes(graph: GraphExecutor): Promise<ExistingNodes & { elementIds: ElementIds }> {
  const cityKeys = [...new Set(COUNTRIES.flatMap((country) => country.cities.map(nameKey)))];
  const topicKeys = TOPICS.map(nameKey);
  const [countries, places, topics] = await Promise.all([
    graph.read(existingCountriesQuery()),
    graph.read(existingPlacesQuery(cityKeys)),
    graph.read(existingTopicsQuery(topicKeys)),
  ]);
  const elementIds = new ElementIds();
  for (const row of [...countries, ...places, ...topics]) elementIds.set(String(row.id), String(row.elementId));
  return {
    countryIds: countries.map((row) => String(row.id)),
    places: places.map((row) => ({ id: String(row.id), nameKeys: row.nameKeys as string[], countryIds: row.countryIds as string[] })),
    topics: topics.map((row) => ({ id: String(row.id), nameKeys: row.nameKeys as string[] })),
    elementIds,
  };
}

/**
 * Writes a synthetic graph as it streams: the world's nodes (keeping each one's element id), then slice by slice the
 * events and sources, the evidence the slice's articles add to nodes written before, the relationships type by type
 * and MENTIONS, between element ids. Batches run WRITERS at a time while the next one's rows are built; a slice's
 * relationships wait for its nodes. `elementIds` holds the element ids of the reused nodes and gains those of the new
 * ones; those of events and sources no later slice links to are dropped. Returns how many relationships were created.
 */
export async function writeStream(
  graph: GraphExecutor,
  stream: SyntheticStream,
  elementIds: ElementIds,
  onProgress?: (done: number, total: number) => void,
  concurrency = WRITERS,
): Promise<number> {
  const total = SYNTHETIC_LABELS.reduce((sum, label) => sum + stream.counts[label], 0);
  let done = 0;
  let relationships = 0;
  const pipeline = new BatchPipeline(concurrency);
  const keepElementIds = (result: Row[]) => {
    for (const row of result) elementIds.set(String(row.id), String(row.elementId));
  };
  const expect = (what: string, column: string, rows: number) => (result: Row[]) => {
    const count = Number(result[0]?.[column] ?? 0);
    if (count !== rows) throw new Error(`${what}: ${column} ${count} of ${rows} (a node went missing while loading)`);
  };
  /** Sends one batch; `nodes` of them count as progress once written. */
  const send = (query: CypherQuery, received: (result: Row[]) => void, nodes = 0) =>
    pipeline.add(async () => {
      received(await graph.write(query));
      if (nodes > 0) {
        done += nodes;
        onProgress?.(done, total);
      }
    });
  const writeNodes = async (label: SyntheticLabel, nodes: SyntheticNode[]) => {
    const size = label === 'Source' ? SOURCE_BATCH : NODE_BATCH;
    for (let at = 0; at < nodes.length; at += size) {
      const batch = nodes.slice(at, at + size);
      await send(createNodesQuery(label, batch.map(nodeRow)), keepElementIds, batch.length);
    }
  };
  const writeRows = async <T>(
    items: T[],
    size: number,
    query: (rows: T[]) => CypherQuery,
    check: (rows: number) => (result: Row[]) => void,
  ) => {
    for (let at = 0; at < items.length; at += size) {
      const batch = items.slice(at, at + size);
      await send(query(batch), check(batch.length));
    }
  };
  onProgress?.(0, total);

  // The world, label by label, without evidence (its articles give it).
  let label: SyntheticLabel | undefined;
  let batch: SyntheticNode[] = [];
  for (const next of stream.world) {
    if (next.label !== label || batch.length === NODE_BATCH) {
      if (label && batch.length > 0) await writeNodes(label, batch);
      [label, batch] = [next.label, []];
    }
    batch.push(next.node);
  }
  if (label && batch.length > 0) await writeNodes(label, batch);

  /** Events and sources whose element ids are kept for later slices. */
  const transient = new Set<string>();
  for (const slice of stream.slices) {
    await writeNodes('Event', slice.nodes.Event);
    await writeNodes('Source', slice.nodes.Source);
    await pipeline.drain(); // what follows needs every end's element id
    const appended = slice.evidence.map(({ id, evidence }) => ({ a: elementIds.suffix(id), evidence: evidence.map(evidenceString) }));
    await writeRows(
      appended,
      NODE_BATCH,
      (rows) => appendEvidenceQuery(rows, elementIds.prefix),
      (rows) => expect('evidence', 'updated', rows),
    );
    const byType = new Map<RelationType, SyntheticRelation[]>(RELATION_TYPES.map((type) => [type, []]));
    for (const relation of slice.relations) byType.get(relation.type)?.push(relation);
    for (const [type, relations] of byType) {
      const rows = (batch: SyntheticRelation[]) => batch.map((relation) => relationRow(relation, elementIds));
      await writeRows(
        relations,
        RELATION_BATCH,
        (batch) => createRelationsQuery(type, rows(batch), elementIds.prefix),
        (rows) => expect(type, 'created', rows),
      );
    }
    const mentionRows = (batch: PlanSlice['mentions']) => batch.map((mention) => mentionRow(mention, elementIds));
    await writeRows(
      slice.mentions,
      MENTION_BATCH,
      (batch) => createRelationsQuery(MENTIONS, mentionRows(batch), elementIds.prefix),
      (rows) => expect(MENTIONS, 'created', rows),
    );
    relationships += slice.relations.length + slice.mentions.length;
    // Every row of the slice is built: the element ids no later slice needs can go.
    for (const node of [...slice.nodes.Event, ...slice.nodes.Source]) transient.add(node.id);
    const live = new Set(slice.live);
    const gone = [...transient].filter((id) => !live.has(id));
    elementIds.forget(gone);
    for (const id of gone) transient.delete(id);
  }
  await pipeline.drain();
  return relationships;
}
