import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatePrecision } from '../../src/common/enums';
import { dateClaim } from '../../src/common/date-claim';
import { eventFacts } from '../../src/ingest/event-facts';

/**
 * What the seed (seeds/article.json) says, read straight from the file, so that tests derive their expected numbers
 * from the curated extraction instead of hard-coding guesses.
 */
export const SEED_DIR = join(__dirname, '..', '..', 'seeds');
export const SEED_JSON = join(SEED_DIR, 'article.json');
export const SEED_TEXT = join(SEED_DIR, 'article.txt');

/** The ref the article itself has in the seed. */
export const ARTICLE_REF = 'article';

export interface SeedQuote {
  quote: string;
  source?: string;
  supports?: string;
}

export interface SeedSource {
  ref: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  textOrigin?: string;
}

export interface SeedEntity {
  ref: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE' | 'TOPIC';
  name: string;
  aliases?: string[];
  contextualAliases?: string[];
  nativeNames?: string[];
  evidence: SeedQuote[];
}

export interface SeedEvent {
  ref: string;
  slug: string;
  title: string;
  type: string;
  date?: string;
  status?: string;
  evidence: SeedQuote[];
  /** What other sources say of its date and status, each with their quotes. */
  dateClaims?: Array<{ date?: string; datePrecision?: string; dateText?: string; evidence: SeedQuote[] }>;
  statusClaims?: Array<{ status: string; evidence: SeedQuote[] }>;
}

/**
 * The id the ingester gives a seed event: `event:<date>-<slug>`, the date being the one its sources' claims agree on
 * (the article's own, and the others' in dateClaims: see src/ingest/event-facts.ts).
 */
export function seedEventId(event: SeedEvent & { datePrecision?: string; dateText?: string }): string {
  const claims = [
    ...(event.date || event.dateText
      ? [{ source: ARTICLE_REF, claim: dateClaim(event.date, event.datePrecision ?? (event.date ? 'DAY' : 'UNKNOWN'), event.dateText) }]
      : []),
    ...(event.dateClaims ?? []).flatMap((claim) =>
      claim.evidence.map((quote) => ({
        source: quote.source ?? ARTICLE_REF,
        claim: dateClaim(claim.date, claim.datePrecision ?? (claim.date ? DatePrecision.DAY : DatePrecision.UNKNOWN), claim.dateText),
      })),
    ),
  ];
  const { date } = eventFacts(claims);
  return `event:${date ? `${date}-` : ''}${event.slug}`;
}

/** Every quote of an event: of the event itself and of its date and status claims. */
export function eventQuotes(event: SeedEvent): SeedQuote[] {
  return [
    ...event.evidence,
    ...(event.dateClaims ?? []).flatMap((claim) => claim.evidence),
    ...(event.statusClaims ?? []).flatMap((claim) => claim.evidence),
  ];
}

export interface SeedRelation {
  type: string;
  from: string;
  to: string;
  title?: string;
  role?: string;
  representing?: string;
  count?: number;
  evidence: SeedQuote[];
}

export interface SeedArticle {
  source: SeedSource;
  references: SeedSource[];
  entities: SeedEntity[];
  events: SeedEvent[];
  relations: SeedRelation[];
}

/** The seed's curated extraction, as written in seeds/article.json. */
export function readSeed(): SeedArticle {
  return JSON.parse(readFileSync(SEED_JSON, 'utf8')) as SeedArticle;
}

/** The graph label each seed entity kind becomes. */
export const LABEL_OF_SEED_KIND: Record<SeedEntity['kind'], string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  PLACE: 'Place',
  TOPIC: 'Topic',
};

/** How many nodes of each label the seed makes: one per entity, event and source (the article and its references). */
export function expectedLabelCounts(seed: SeedArticle = readSeed()): Record<string, number> {
  const counts: Record<string, number> = { Person: 0, Organization: 0, Country: 0, Place: 0, Topic: 0 };
  for (const entity of seed.entities) counts[LABEL_OF_SEED_KIND[entity.kind]] += 1;
  counts.Event = seed.events.length;
  counts.Source = 1 + seed.references.length;
  return counts;
}

/**
 * The distinct relationships the seed makes, by type: HOLDS_POSITION is one relationship per title, every other
 * type one per (from, to) pair (two sources' titles for one participation are one relationship with two claims).
 */
export function expectedRelationshipCounts(seed: SeedArticle = readSeed()): Record<string, number> {
  const keys = new Set<string>();
  for (const relation of seed.relations) {
    const title = relation.type === 'HOLDS_POSITION' ? relation.title : '';
    keys.add(JSON.stringify([relation.type, relation.from, relation.to, title]));
  }
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const [type] = JSON.parse(key) as [string];
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/**
 * MENTIONS pairs: each source mentions every node it gives evidence for (for a relationship: both its ends), except
 * itself (WRITTEN_BY and PUBLISHED_BY start at the source).
 */
export function expectedMentionCount(seed: SeedArticle = readSeed()): number {
  const pairs = new Set<string>();
  const sourceOf = (quote: SeedQuote) => quote.source ?? ARTICLE_REF;
  const mention = (source: string, target: string) => {
    if (source !== target) pairs.add(`${source} ${target}`);
  };
  for (const entity of seed.entities) for (const quote of entity.evidence ?? []) mention(sourceOf(quote), entity.ref);
  for (const event of seed.events) for (const quote of eventQuotes(event)) mention(sourceOf(quote), event.ref);
  for (const relation of seed.relations) {
    for (const quote of relation.evidence) {
      mention(sourceOf(quote), relation.from);
      mention(sourceOf(quote), relation.to);
    }
  }
  return pairs.size;
}

/** Every evidence quote in the seed (an event's date and status claims too). */
export function expectedEvidenceCount(seed: SeedArticle = readSeed()): number {
  const quotes = [...seed.entities, ...seed.relations].reduce((sum, item) => sum + (item.evidence ?? []).length, 0);
  return quotes + seed.events.reduce((sum, event) => sum + eventQuotes(event).length, 0);
}
