import { performance } from 'node:perf_hooks';
import { CypherQuery } from '../../src/graph/cypher';
import { ensureSchema } from '../../src/graph/constraints';
import { GraphExecutor, Row } from '../../src/graph/executor';
import { MENTIONS, RELATION_TYPES, RelationType } from '../../src/graph/kinds';
import { nameKey } from '../../src/ingest/names';
import { COUNTRIES } from './synthetic.countries';
import {
  adoptDependedOnQuery,
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
  planSyntheticGraph,
  SYNTHETIC_LABELS,
  SyntheticLabel,
  SyntheticPlan,
  SyntheticRelation,
} from './synthetic.plan';
import { ElementIds } from './synthetic.element-ids';
import { BatchPipeline } from './synthetic.pipeline';
import { mentionRow, nodeRow, relationRow } from './synthetic.rows';
import { TOPICS } from './synthetic.topics';

export interface GenerateOptions {
  /** How many events (people N/5, organizations N/20, sources N/10). */
  events: number;
  /** Same events and seed: the same graph. Default 1. */
  seed?: number;
  /** Rows written so far out of all rows (nodes and relationships). */
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
 * running twice never duplicates), looks up the countries, places and topics to reuse, plans, then writes nodes and
 * relationships with batched UNWIND statements, one write transaction per batch.
 */
export async function generateSyntheticGraph(graph: GraphExecutor, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  await ensureSchema(graph);
  await removeSyntheticGraph(graph);
  const existing = await existingNodes(graph);
  const plan = planSyntheticGraph({ events: options.events, seed }, existing);
  const relationships = await writePlan(graph, plan, existing.elementIds, options.onProgress);
  return {
    countries: plan.nodes.Country.length,
    people: plan.nodes.Person.length,
    organizations: plan.nodes.Organization.length,
    topics: plan.nodes.Topic.length,
    events: plan.nodes.Event.length,
    sources: plan.nodes.Source.length,
    places: plan.nodes.Place.length,
    relationships,
    ms: Math.round(performance.now() - started),
    reused: plan.reused,
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
 * Writes a plan: nodes label by label (keeping each one's element id), then relationships type by type and MENTIONS,
 * between element ids. Batches run WRITERS at a time while the next one's rows are built. `elementIds` holds the
 * element ids of the reused nodes and gains those of the new ones. Returns how many relationships were created.
 */
export async function writePlan(
  graph: GraphExecutor,
  plan: SyntheticPlan,
  elementIds: ElementIds,
  onProgress?: (done: number, total: number) => void,
  concurrency = WRITERS,
): Promise<number> {
  const byType = new Map<RelationType, SyntheticRelation[]>(RELATION_TYPES.map((type) => [type, []]));
  for (const relation of plan.relations) byType.get(relation.type)?.push(relation);
  const nodeCount = SYNTHETIC_LABELS.reduce((sum, label) => sum + plan.nodes[label].length, 0);
  const relationCount = plan.relations.length + plan.mentions.length;
  const total = nodeCount + relationCount;
  let done = 0;
  const pipeline = new BatchPipeline(concurrency);
  const send = (query: CypherQuery, rows: number, received: (result: Row[]) => void) =>
    pipeline.add(async () => {
      received(await graph.write(query));
      done += rows;
      onProgress?.(done, total);
    });
  const keepElementIds = (result: Row[]) => {
    for (const row of result) elementIds.set(String(row.id), String(row.elementId));
  };
  const expectCreated = (type: string, rows: number) => (result: Row[]) => {
    const created = Number(result[0]?.created ?? 0);
    if (created !== rows) throw new Error(`${type}: created ${created} of ${rows} relationships (a node went missing while loading)`);
  };
  onProgress?.(0, total);

  for (const label of SYNTHETIC_LABELS) {
    const nodes = plan.nodes[label];
    const size = label === 'Source' ? SOURCE_BATCH : NODE_BATCH;
    for (let at = 0; at < nodes.length; at += size) {
      const batch = nodes.slice(at, at + size);
      await send(createNodesQuery(label, batch.map(nodeRow)), batch.length, keepElementIds);
    }
  }
  await pipeline.drain(); // relationships need every end's element id
  for (const [type, relations] of byType) {
    for (let at = 0; at < relations.length; at += RELATION_BATCH) {
      const batch = relations.slice(at, at + RELATION_BATCH);
      const rows = batch.map((relation) => relationRow(relation, elementIds));
      await send(createRelationsQuery(type, rows, elementIds.prefix), batch.length, expectCreated(type, batch.length));
    }
  }
  for (let at = 0; at < plan.mentions.length; at += MENTION_BATCH) {
    const batch = plan.mentions.slice(at, at + MENTION_BATCH);
    const rows = batch.map((mention) => mentionRow(mention, elementIds));
    await send(createRelationsQuery(MENTIONS, rows, elementIds.prefix), batch.length, expectCreated(MENTIONS, batch.length));
  }
  await pipeline.drain();
  return relationCount;
}
