import { writeArticles } from './synthetic.articles';
import { planEvents } from './synthetic.events';
import {
  EVENTS_PER_SOURCE,
  ExistingNodes,
  IdRegistry,
  NO_EXISTING_NODES,
  SyntheticLabel,
  SyntheticNode,
  SyntheticRelation,
} from './synthetic.model';
import { SeededRandom } from './synthetic.random';
import { TOPICS } from './synthetic.topics';
import { buildWorld } from './synthetic.world';

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

/** What to generate: `events` events; the same options always give the same plan. */
export interface SyntheticOptions {
  events: number;
  seed?: number;
}

export const DEFAULT_SEED = 1;

/** Everything to write: only nodes to create (reused ones appear as relationship ends), relationships, mentions. */
export interface SyntheticPlan {
  seed: number;
  nodes: Record<SyntheticLabel, SyntheticNode[]>;
  relations: SyntheticRelation[];
  /** Source MENTIONS node: each source mentions every node its evidence is about (as the ingester does). */
  mentions: Array<{ source: string; target: string }>;
  /** Countries, places and topics linked to rather than created. */
  reused: { countries: number; places: number; topics: number };
}

/** Sizes the generator derives from the number of events. */
export function syntheticSizes(events: number): { people: number; organizations: number; topics: number; sources: number } {
  return {
    people: Math.max(1, Math.floor(events / 5)),
    organizations: Math.max(1, Math.floor(events / 20)),
    topics: TOPICS.length,
    sources: Math.max(1, Math.ceil(events / EVENTS_PER_SOURCE)),
  };
}

/**
 * Plans a synthetic graph: about 200 real countries, N/5 people with romanization variants and native names, N/20
 * organizations, 100 topics, N events over 2006–2025 with 2 to 12 participants each, and N/10 articles whose texts
 * contain every quote used as evidence. Pure and deterministic: the same options and existing nodes give the same
 * plan (one seeded random sequence, no clock).
 */
export function planSyntheticGraph(options: SyntheticOptions, existing: ExistingNodes = NO_EXISTING_NODES): SyntheticPlan {
  if (!Number.isInteger(options.events) || options.events < 1) throw new Error(`events must be a positive integer, got ${options.events}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new SeededRandom(seed);
  const sizes = syntheticSizes(options.events);
  const ids = new IdRegistry();
  const nodes: Record<SyntheticLabel, SyntheticNode[]> = {
    Country: [],
    Place: [],
    Topic: [],
    Organization: [],
    Person: [],
    Event: [],
    Source: [],
  };
  const { reused, ...world } = buildWorld(random, sizes, existing, ids, nodes);
  const events = planEvents(random, world, options.events, ids);
  const { relations, mentions } = writeArticles(random, world, events, sizes.sources, ids, nodes);
  return { seed, nodes, relations, mentions, reused };
}
