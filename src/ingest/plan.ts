import { createHash } from 'node:crypto';
import { DatePrecision, EventStatus, SourceTextOrigin } from '../common/enums';
import { encodeEvidence } from '../graph/evidence';
import { EntityKindName, ID_PREFIX_OF_KIND, LABEL_OF_KIND, RelationType } from '../graph/kinds';
import { ArticleInput } from './article.input';
import { nameKey, nameKeys, slugify } from './names';
import { QuoteInput } from './quote.input';
import { SourceInput } from './source.input';
import { ARTICLE_REF, locate } from './validate';

/** A quote located in its source, still naming the source by ref (ids are known only after resolution). */
export interface PlannedEvidence {
  sourceRef: string;
  quote: string;
  start: number;
  end: number;
  supports?: string;
  claim?: string;
}

/** A node the article gives: what it is, how to find an existing one, what to write. */
export interface PlannedNode {
  ref: string;
  kind: EntityKindName;
  label: string;
  /** An id the input names (must exist), or one fixed by the data (a country's ISO code). */
  givenId?: string;
  /** Whether givenId must already exist (true for ids the input names). */
  mustExist: boolean;
  /** Where a new id starts: `person:lee-joon-il`. */
  baseId: string;
  /** Properties set when the node is created; on a merge they only fill what is missing. */
  props: Record<string, unknown>;
  /** Names to add: the name, aliases and native names. */
  names: string[];
  nativeNames: string[];
  nameKeys: string[];
  evidence: PlannedEvidence[];
  /** Events: the refs their place and imposing countries come from, for matching existing events. */
  placeRef?: string;
  imposerRefs?: string[];
}

export interface PlannedRelation {
  index: number;
  type: RelationType;
  fromRef: string;
  toRef: string;
  representingRef?: string;
  props: { role?: string; title?: string; count?: number; validFrom?: string; validUntil?: string };
  evidence: PlannedEvidence[];
}

/** What an article means for the graph, before anything is looked up: pure, so it is tested without Neo4j. */
export interface ArticlePlan {
  sources: PlannedNode[];
  nodes: PlannedNode[];
  relations: PlannedRelation[];
}

/** Turns a validated article into a plan: offsets located, names normalized, candidate ids made. */
export function planArticle(article: ArticleInput): ArticlePlan {
  const mainRef = article.source.ref ?? ARTICLE_REF;
  const texts = new Map<string, string>([[mainRef, article.source.text]]);
  for (const reference of article.references ?? []) texts.set(reference.ref as string, reference.text);

  const evidenceOf = (quotes: QuoteInput[], claim?: string): PlannedEvidence[] =>
    quotes.map((quote) => {
      const sourceRef = quote.source ?? mainRef;
      const { start, end } = locate(texts.get(sourceRef) as string, quote.quote, quote.occurrence ?? 1);
      return { sourceRef, quote: quote.quote, start, end, supports: quote.supports, claim };
    });

  const sources = [{ ...article.source, ref: mainRef }, ...(article.references ?? [])].map((source) =>
    planSource(source as SourceInput & { ref: string }),
  );

  const entities: PlannedNode[] = article.entities.map((entity) => {
    const kind = entity.kind as EntityKindName;
    const countryId = kind === 'COUNTRY' && entity.code ? `country:${entity.code}` : undefined;
    const givenId = entity.id ?? countryId;
    const names = [entity.name, ...(entity.aliases ?? [])];
    return {
      ref: entity.ref,
      kind,
      label: LABEL_OF_KIND[kind],
      givenId,
      mustExist: entity.id !== undefined,
      baseId: `${ID_PREFIX_OF_KIND[kind]}:${entity.slug ?? (slugify(entity.name) || hashSlug(entity.name))}`,
      props: compact({
        name: entity.name,
        description: entity.description,
        code: entity.code,
        orgKind: kind === 'ORGANIZATION' ? entity.orgKind : undefined,
        placeKind: kind === 'PLACE' ? entity.placeKind : undefined,
      }),
      names,
      nativeNames: entity.nativeNames ?? [],
      nameKeys: nameKeys([...names, ...(entity.nativeNames ?? [])]),
      evidence: evidenceOf(entity.evidence),
    };
  });

  const events: PlannedNode[] = article.events.map((event) => {
    const relationsFrom = (type: string) => article.relations.filter((r) => r.type === type && r.from === event.ref);
    const datePrecision = event.datePrecision ?? (event.date ? DatePrecision.DAY : DatePrecision.UNKNOWN);
    return {
      ref: event.ref,
      kind: 'EVENT',
      label: LABEL_OF_KIND.EVENT,
      givenId: event.id,
      mustExist: event.id !== undefined,
      baseId: `event:${[event.date, event.slug ?? (slugify(event.title) || hashSlug(event.title))].filter(Boolean).join('-')}`,
      props: compact({
        title: event.title,
        type: event.type,
        status: event.status ?? EventStatus.OCCURRED,
        date: event.date,
        datePrecision,
        dateText: event.dateText,
        summary: event.summary,
        plover: event.plover,
        cameoCode: event.cameoCode,
        titleKey: nameKey(event.title),
      }),
      names: [],
      nativeNames: [],
      nameKeys: [nameKey(event.title)],
      evidence: evidenceOf(event.evidence, dateClaim(event.date, datePrecision, event.dateText)),
      placeRef: relationsFrom('HELD_IN')[0]?.to,
      imposerRefs: relationsFrom('IMPOSED_BY').map((relation) => relation.to),
    };
  });

  const relations: PlannedRelation[] = article.relations.map((relation, index) => ({
    index,
    type: relation.type as RelationType,
    fromRef: relation.from,
    toRef: relation.to,
    representingRef: relation.representing,
    props: compact({
      role: relation.role,
      title: relation.title,
      count: relation.count,
      validFrom: relation.validFrom,
      validUntil: relation.validUntil,
    }),
    evidence: evidenceOf(relation.evidence, relation.type === 'PARTICIPATED_IN' ? relation.title : undefined),
  }));

  return { sources, nodes: [...entities, ...events], relations };
}

function planSource(source: SourceInput & { ref: string }): PlannedNode {
  const textHash = createHash('sha256').update(source.text).digest('hex');
  // The same source is the same text at the same address (or, without one, under the same title): fact-sheet
  // references can share a text, and one article can be republished at several addresses.
  const sourceKey = createHash('sha256')
    .update(JSON.stringify([source.url ?? null, source.url ? null : source.title, textHash]))
    .digest('hex');
  return {
    ref: source.ref,
    kind: 'SOURCE',
    label: LABEL_OF_KIND.SOURCE,
    givenId: source.id,
    mustExist: source.id !== undefined,
    baseId: `source:${slugify(source.title) || textHash.slice(0, 12)}`,
    props: compact({
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      url: source.url,
      publishedAt: source.publishedAt,
      capturedAt: source.capturedAt,
      text: source.text,
      textOrigin: source.textOrigin ?? SourceTextOrigin.PUBLISHED_TEXT,
      textHash,
      sourceKey,
    }),
    names: [],
    nativeNames: [],
    nameKeys: [],
    evidence: [],
  };
}

/** Evidence as stored, once source refs are resolved to ids. */
export function storedEvidence(evidence: PlannedEvidence[], idOf: (ref: string) => string): string[] {
  return evidence.map(({ sourceRef, ...rest }) => encodeEvidence({ source: idOf(sourceRef), ...rest }));
}

/** The date a source gives an event, as the claim its evidence carries: `2023-12-07|DAY|Thursday`. */
export function dateClaim(date: string | undefined, precision: string, text: string | undefined): string {
  return [date ?? '', precision, text ?? ''].join('|');
}

function hashSlug(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null)) as T;
}

