import { Introductions, PlanSlice, SLICE_ARTICLES, writeArticles } from './synthetic.articles';
import { planEvents } from './synthetic.events';
import {
  EventModel,
  EVENTS_PER_SOURCE,
  ExistingNodes,
  IdRegistry,
  NO_EXISTING_NODES,
  SYNTHETIC_LABELS,
  SyntheticLabel,
  SyntheticNode,
  SyntheticRelation,
} from './synthetic.model';
import { SeededRandom } from './synthetic.random';
import { TOPICS } from './synthetic.topics';
import { buildWorld, worldNodes } from './synthetic.world';

export { SLICE_ARTICLES } from './synthetic.articles';
export type { PlanSlice } from './synthetic.articles';
export { EVENT_TYPES, EVENTS_PER_SOURCE, FIRST_DAY, LAST_DAY, NO_EXISTING_NODES, SYNTHETIC_LABELS } from './synthetic.model';
export type {
  ExistingNodes,
  PropertyValue,
  SyntheticEventType,
  SyntheticEvidence,
  SyntheticLabel,
  SyntheticNode,
  SyntheticRelation,
} from './synthetic.model';

/** What to generate: `events` events; the same events and seed always give the same graph. */
export interface SyntheticOptions {
  events: number;
  seed?: number;
  /** Articles per slice of the stream (default SLICE_ARTICLES); the graph is the same whatever the slices. */
  sliceArticles?: number;
}

export const DEFAULT_SEED = 1;

/** Sizes the generator derives from the number of events. */
export function syntheticSizes(events: number): { people: number; organizations: number; topics: number; sources: number } {
  return {
    people: Math.max(1, Math.floor(events / 5)),
    organizations: Math.max(1, Math.floor(events / 20)),
    topics: TOPICS.length,
    sources: Math.max(1, Math.ceil(events / EVENTS_PER_SOURCE)),
  };
}

/** A synthetic graph to write, produced as it is written: the world's nodes, then the articles slice by slice. */
export interface SyntheticStream {
  seed: number;
  /** How many nodes of each label it creates. */
  counts: Record<SyntheticLabel, number>;
  /** Countries, places and topics linked to rather than created. */
  reused: { countries: number; places: number; topics: number };
  /** The world's created nodes, label by label in SYNTHETIC_LABELS order, without evidence (the slices give it). */
  world: Iterable<{ label: SyntheticLabel; node: SyntheticNode }>;
  /** The events and their articles, SLICE_ARTICLES articles at a time; to be written in order, after the world. */
  slices: Iterable<PlanSlice>;
}

/**
 * Plans a synthetic graph as a stream: about 200 real countries, N/5 people with romanization variants and native
 * names, N/20 organizations, 100 topics, N events over 2006–2025 with 2 to 12 participants each, and N/10 articles
 * whose texts contain every quote used as evidence. Deterministic: the same options and existing nodes give the same
 * graph (one seeded random sequence, no clock). Memory stays bounded whatever N: the world's models, and one slice.
 *
 * The events are planned twice from the same random state: a first run surveys where each person, organization and
 * place first appears (its article introduces it), the second is reported. The articles then draw from the state
 * the first run ended on, so the graph is what planning every event, then writing every article, would give.
 */
export function streamSyntheticGraph(options: SyntheticOptions, existing: ExistingNodes = NO_EXISTING_NODES): SyntheticStream {
  if (!Number.isInteger(options.events) || options.events < 1) throw new Error(`events must be a positive integer, got ${options.events}`);
  const sliceArticles = options.sliceArticles ?? SLICE_ARTICLES;
  if (!Number.isInteger(sliceArticles) || sliceArticles < 1)
    throw new Error(`sliceArticles must be a positive integer, got ${sliceArticles}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new SeededRandom(seed);
  const sizes = syntheticSizes(options.events);
  const { reused, ...world } = buildWorld(random, sizes, existing, new IdRegistry());
  const eventsRandom = random.clone();
  const introductions = Introductions.survey(world, planEvents(random, world, options.events), sizes.sources);
  const recent = world.countries.map((): EventModel[] => []);
  const events = planEvents(eventsRandom, world, options.events, recent);
  const created = (list: Array<{ created: boolean }>) => list.filter((item) => item.created).length;
  return {
    seed,
    counts: {
      Country: created(world.countries),
      Place: created(world.places),
      Topic: created(world.topics),
      Organization: world.organizations.length,
      Person: world.people.length,
      Event: options.events,
      Source: sizes.sources,
    },
    reused,
    world: worldNodes(world),
    slices: writeArticles(random, world, events, recent, sizes.sources, introductions, sliceArticles),
  };
}

/** Everything to write at once, for a graph small enough to hold: what the stream gives, gathered, evidence in place. */
export interface SyntheticPlan {
  seed: number;
  nodes: Record<SyntheticLabel, SyntheticNode[]>;
  relations: SyntheticRelation[];
  /** Source MENTIONS node: each source mentions every node its evidence is about (as the ingester does). */
  mentions: Array<{ source: string; target: string }>;
  /** Countries, places and topics linked to rather than created. */
  reused: { countries: number; places: number; topics: number };
}

/** The whole stream in memory (tests, small graphs): nodes with all their evidence, every relationship and mention. */
export function planSyntheticGraph(options: SyntheticOptions, existing: ExistingNodes = NO_EXISTING_NODES): SyntheticPlan {
  const stream = streamSyntheticGraph(options, existing);
  const nodes = Object.fromEntries(SYNTHETIC_LABELS.map((label) => [label, [] as SyntheticNode[]])) as Record<
    SyntheticLabel,
    SyntheticNode[]
  >;
  const byId = new Map<string, SyntheticNode>();
  const plan: SyntheticPlan = { seed: stream.seed, nodes, relations: [], mentions: [], reused: stream.reused };
  for (const { label, node } of stream.world) {
    nodes[label].push(node);
    byId.set(node.id, node);
  }
  for (const slice of stream.slices) {
    for (const label of ['Event', 'Source'] as const) {
      for (const node of slice.nodes[label]) {
        nodes[label].push(node);
        byId.set(node.id, node);
      }
    }
    for (const { id, evidence } of slice.evidence) byId.get(id)?.evidence.push(...evidence);
    plan.relations.push(...slice.relations);
    plan.mentions.push(...slice.mentions);
  }
  return plan;
}
