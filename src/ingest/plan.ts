import { createHash } from 'node:crypto';
import { DatePrecision, SourceTextOrigin } from '../common/enums';
import { encodeEvidence } from '../graph/evidence';
import { EntityKindName, ID_PREFIX_OF_KIND, LABEL_OF_KIND, RelationType } from '../graph/kinds';
import { ArticleInput } from './article.input';
import { EventInput } from './event.input';
import { dateClaim } from '../common/date-claim';
import { eventFacts, periodStart } from './event-facts';
import { nameKey, nameKeys, slugify } from '../common/names';
import { QuoteInput } from './quote.input';
import { SourceInput } from './source.input';
import { ARTICLE_REF } from './limits';
import { locate } from './validate';

/** A quote located in its source, still naming the source by ref (ids are known only after resolution). */
export interface PlannedEvidence {
  sourceRef: string;
  quote: string;
  start: number;
  end: number;
  supports?: string;
  claim?: string;
  status?: string;
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
  /** Names to add: the name, aliases (contextual ones too) and native names. */
  names: string[];
  nativeNames: string[];
  /** Keys that resolve a mention to this node by themselves: of the name, aliases and native names. */
  nameKeys: string[];
  /** Keys of names true only in context ("the North"): they resolve a mention only where the context matches. */
  contextKeys: string[];
  /** Refs or ids of what places an entity in context: its parent organizations, countries, employers. */
  contextRefs: string[];
  evidence: PlannedEvidence[];
  /** Events: what they state that tells one real event from another (refs or ids), for matching existing events. */
  facts?: EventMatchFacts;
}

/** What an event of the input states beyond its type and date: the places, participants, imposers and targets. */
export interface EventMatchFacts {
  places: string[];
  participants: string[];
  imposers: string[];
  targets: Array<{ ref: string; count?: number }>;
}

export interface PlannedRelation {
  index: number;
  type: RelationType;
  fromRef: string;
  toRef: string;
  representingRef?: string;
  props: { role?: string; title?: string; count?: number; validFrom?: string; validUntil?: string; expected?: boolean };
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
    const strong = [entity.name, ...(entity.aliases ?? [])].filter((name): name is string => !!name);
    const contextual = entity.contextualAliases ?? [];
    const nameKeysOf = nameKeys([...strong, ...(entity.nativeNames ?? [])]);
    const label = entity.name ?? entity.id ?? entity.ref;
    return {
      ref: entity.ref,
      kind,
      label: LABEL_OF_KIND[kind],
      givenId,
      mustExist: entity.id !== undefined,
      baseId: `${ID_PREFIX_OF_KIND[kind]}:${entity.slug ?? (slugify(label) || hashSlug(label))}`,
      props: compact({
        name: entity.name,
        description: entity.description,
        code: entity.code,
        orgKind: kind === 'ORGANIZATION' ? entity.orgKind : undefined,
        placeKind: kind === 'PLACE' ? entity.placeKind : undefined,
      }),
      names: [...strong, ...contextual],
      nativeNames: entity.nativeNames ?? [],
      nameKeys: nameKeysOf,
      contextKeys: nameKeys(contextual).filter((key) => !nameKeysOf.includes(key)),
      contextRefs: contextOf(article, entity.ref),
      evidence: evidenceOf(entity.evidence ?? []),
    };
  });

  const events: PlannedNode[] = article.events.map((event) => {
    const relationsFrom = (type: string) => article.relations.filter((r) => r.type === type && r.from === event.ref);
    const evidence = eventEvidence(event, mainRef, evidenceOf);
    const facts = eventFacts(evidence.map((item) => ({ ...item, source: item.sourceRef })));
    const slug = event.slug ?? (slugify(event.title) || hashSlug(event.title));
    return {
      ref: event.ref,
      kind: 'EVENT',
      label: LABEL_OF_KIND.EVENT,
      givenId: event.id,
      mustExist: event.id !== undefined,
      baseId: `event:${[facts.date, slug].filter(Boolean).join('-')}`,
      props: compact({
        title: event.title,
        type: event.type,
        ...facts,
        summary: event.summary,
        plover: event.plover,
        cameoCode: event.cameoCode,
        titleKey: nameKey(event.title),
      }),
      names: [],
      nativeNames: [],
      nameKeys: [nameKey(event.title)],
      contextKeys: [],
      contextRefs: [],
      evidence,
      facts: {
        places: relationsFrom('HELD_IN').map((relation) => relation.to),
        participants: article.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === event.ref).map((relation) => relation.from),
        imposers: relationsFrom('IMPOSED_BY').map((relation) => relation.to),
        targets: relationsFrom('TARGETS').map((relation) => ({ ref: relation.to, count: relation.count })),
      },
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
      expected: relation.expected,
    }),
    // A quote's claim: the title its source gives a participation; "expected" where it only announces an agenda.
    evidence: evidenceOf(
      relation.evidence,
      relation.type === 'PARTICIPATED_IN' ? relation.title : relation.expected ? 'expected' : undefined,
    ),
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
    contextKeys: [],
    contextRefs: [],
    evidence: [],
  };
}

/** Types of the article's relations that place an entity in context (the entity at their start). */
const CONTEXT_RELATIONS = ['PART_OF', 'HOLDS_POSITION', 'IN_COUNTRY'];

/** The refs or ids that place an entity in context: what it is part of, works for, lies in, or represented. */
function contextOf(article: ArticleInput, ref: string): string[] {
  const found = new Set<string>();
  for (const relation of article.relations) {
    if (relation.from !== ref) continue;
    if (CONTEXT_RELATIONS.includes(relation.type)) found.add(relation.to);
    if (relation.representing) found.add(relation.representing);
  }
  return [...found];
}

/** The fields of an event that make up its date claim. */
const DATE_FIELDS: readonly string[] = ['date', 'dateText', 'datePrecision'];

type EvidenceOf = (quotes: QuoteInput[], claim?: string) => PlannedEvidence[];

/**
 * An event's evidence with the claims of each source on the quotes that make them: the article's date (its words,
 * precision and resolved date) on the article's quotes that support the date (else on all its quotes that support no
 * other field), the article's status likewise, and each reference's date and status claims on their own quotes.
 */
function eventEvidence(event: EventInput, mainRef: string, evidenceOf: EvidenceOf): PlannedEvidence[] {
  const precision = event.datePrecision ?? (event.date ? DatePrecision.DAY : DatePrecision.UNKNOWN);
  const articleDate =
    event.date || event.dateText ? dateClaim(event.date && periodStart(event.date, precision), precision, event.dateText) : undefined;
  const evidence = evidenceOf(event.evidence);
  const fromArticle = evidence.filter((item) => item.sourceRef === mainRef);
  const dateQuotes = fromArticle.filter((item) => DATE_FIELDS.includes(item.supports ?? ''));
  const statusQuotes = fromArticle.filter((item) => item.supports === 'status');
  const plain = fromArticle.filter((item) => !item.supports);
  for (const item of articleDate ? (dateQuotes.length > 0 ? dateQuotes : plain) : []) item.claim = articleDate;
  for (const item of event.status ? (statusQuotes.length > 0 ? statusQuotes : plain) : []) item.status = event.status;
  const claims = (event.dateClaims ?? []).flatMap((claim) => {
    const claimPrecision = claim.datePrecision ?? (claim.date ? DatePrecision.DAY : DatePrecision.UNKNOWN);
    const value = dateClaim(claim.date && periodStart(claim.date, claimPrecision), claimPrecision, claim.dateText);
    return evidenceOf(claim.evidence).map((item) => ({ ...item, supports: item.supports ?? 'date', claim: value }));
  });
  const statuses = (event.statusClaims ?? []).flatMap((claim) =>
    evidenceOf(claim.evidence).map((item) => ({ ...item, supports: item.supports ?? 'status', status: claim.status })),
  );
  return [...evidence, ...claims, ...statuses];
}

/** Evidence as stored, once source refs are resolved to ids. */
export function storedEvidence(evidence: PlannedEvidence[], idOf: (ref: string) => string): string[] {
  return evidence.map(({ sourceRef, ...rest }) => encodeEvidence({ source: idOf(sourceRef), ...rest }));
}

function hashSlug(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null)) as T;
}
