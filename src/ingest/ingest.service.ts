import { randomUUID } from 'node:crypto';
import { GraphExecutor, Row } from '../graph/executor';
import { CypherQuery, int } from '../graph/cypher';
import { kindOfId, kindOfLabels, LABEL_OF_KIND, RELATION_TYPES } from '../graph/kinds';
import { DatePrecision, EntityKind } from '../common/enums';
import { decodeEvidence } from '../graph/evidence';
import { ClaimEvidence, dateRange, EventFacts, eventFacts } from './event-facts';
import { agreement, describeAgreement, MatchFacts } from './event-match';
import { ArticleInput } from './article.input';
import {
  eventCandidatesQuery,
  eventEvidenceQuery,
  existingIdsQuery,
  idsInUseQuery,
  ingestLockQuery,
  mentionsQuery,
  nodesByNameKeysQuery,
  sourcesByKeyQuery,
  upsertNodesQuery,
  upsertRelationsQuery,
} from './ingest.cypher';
import { IngestedNode, IngestReport } from './ingest-report.type';
import { ArticlePlan, planArticle, PlannedNode, storedEvidence } from './plan';
import { invalidArticle, InputProblem, validateArticle } from './validate';

type Run = (query: CypherQuery) => Promise<Row[]>;

interface Resolution {
  id: string;
  matchedBy?: string;
  /** The name (or title) the node has in the graph, for the report when the input gives none. */
  name?: string;
}

/**
 * Ingests articles: validate, plan, then resolve and write in ONE write transaction, so an article is applied whole
 * or not at all. Resolution makes one real thing one node: given ids, ISO codes, normalized names and aliases (names
 * true only in context where the context matches), and for events the same type, compatible dates and agreeing
 * facts (event-match.ts). Each source's date and status claims are kept; the event's are derived from all of them.
 * Ingesting the same article again changes nothing.
 */
export class IngestService {
  constructor(private readonly graph: GraphExecutor) {}

  /** Validates and ingests one article; throws BAD_USER_INPUT naming every bad field, having written nothing. */
  async ingest(raw: unknown): Promise<IngestReport> {
    const article = await validateArticle(raw);
    return this.ingestValid(article);
  }

  /**
   * What ingesting a valid article would make of each ref, without writing anything: the existing node it resolves
   * to and by what (`matchedBy`), or no entry for a new node. Extraction uses it to name known things by their ids.
   */
  async existingNodes(raw: unknown): Promise<Map<string, { id: string; matchedBy: string }>> {
    const plan = planArticle(await validateArticle(raw));
    const resolved = await this.graph.readTransaction((run) => resolve(run, plan));
    const existing = new Map<string, { id: string; matchedBy: string }>();
    for (const [ref, resolution] of resolved)
      if (resolution.matchedBy) existing.set(ref, { id: resolution.id, matchedBy: resolution.matchedBy });
    return existing;
  }

  private async ingestValid(article: ArticleInput): Promise<IngestReport> {
    const plan = planArticle(article);
    const ingestId = randomUUID();
    return this.graph.writeTransaction(async (run) => {
      await run(ingestLockQuery()); // one ingest at a time: two articles naming one new thing make one node
      const resolved = await resolve(run, plan);
      return write(run, plan, resolved, ingestId);
    });
  }
}

async function resolve(run: Run, plan: ArticlePlan): Promise<Map<string, Resolution>> {
  const resolved = new Map<string, Resolution>();
  const problems: InputProblem[] = [];
  const all = [...plan.sources, ...plan.nodes];

  // Ids the input names (and ISO-coded countries, relation ends and representing countries given as ids).
  const refIds = new Set(all.map((node) => node.ref));
  const endIds = plan.relations
    .flatMap((r) => [r.fromRef, r.toRef, r.representingRef])
    .filter((value): value is string => !!value && !refIds.has(value));
  const given = [...new Set([...all.flatMap((node) => (node.givenId ? [node.givenId] : [])), ...endIds])];
  const existing = new Map<string, string[] | null>();
  const names = new Map<string, string>();
  if (given.length > 0) {
    for (const row of await run(existingIdsQuery(given))) {
      existing.set(row.id as string, row.labels as string[] | null);
      if (row.name) names.set(row.id as string, row.name as string);
    }
  }
  for (const node of all.filter((n) => n.givenId)) {
    const labels = existing.get(node.givenId as string);
    if (labels) {
      if (kindOfLabels(labels) !== node.kind) {
        problems.push({ field: fieldOf(plan, node, 'id'), message: `"${node.givenId}" is not a ${node.kind}` });
      }
      resolved.set(node.ref, {
        id: node.givenId as string,
        matchedBy: node.mustExist ? 'id' : 'ISO code',
        name: names.get(node.givenId as string),
      });
    } else if (node.mustExist) {
      problems.push({ field: fieldOf(plan, node, 'id'), message: `no node with id "${node.givenId}"` });
    }
  }
  plan.relations.forEach((relation) => {
    for (const [field, value] of [
      ['from', relation.fromRef],
      ['to', relation.toRef],
      ['representing', relation.representingRef],
    ]) {
      if (value && !refIds.has(value) && !existing.get(value)) {
        problems.push({ field: `relations[${relation.index}].${field}`, message: `no node with id "${value}"` });
      }
    }
  });
  if (problems.length > 0) throw invalidArticle(problems);

  // Sources: the same text at the same address is the same source.
  const newSources = plan.sources.filter((source) => !resolved.has(source.ref));
  if (newSources.length > 0) {
    const keys = newSources.map((source) => ({ ref: source.ref, sourceKey: source.props.sourceKey as string }));
    for (const row of await run(sourcesByKeyQuery(keys))) {
      if (row.id) resolved.set(row.ref as string, { id: row.id as string, matchedBy: 'text and address' });
    }
  }

  // Entities: by normalized name, alias or native name, within their kind; names true only in context where the
  // context matches. Kinds in the order their context is known: countries (by code), organizations (twice: a parent
  // may be another organization of the article), places, topics, people.
  const idOf = (refOrId: string | undefined): string | null =>
    refOrId ? (resolved.get(refOrId)?.id ?? (existing.get(refOrId) ? refOrId : null)) : null;
  for (const kind of [EntityKind.ORGANIZATION, EntityKind.ORGANIZATION, EntityKind.PLACE, EntityKind.TOPIC, EntityKind.PERSON]) {
    const items = plan.nodes
      .filter((node) => node.kind === String(kind) && !resolved.has(node.ref) && !node.givenId)
      .map((node) => ({
        ref: node.ref,
        keys: node.nameKeys,
        contextKeys: node.contextKeys,
        contextIds: [...new Set(node.contextRefs.map(idOf).filter((id): id is string => !!id))],
      }));
    if (items.length === 0) continue;
    for (const row of await run(nodesByNameKeysQuery(LABEL_OF_KIND[kind], items))) {
      if (row.id) resolved.set(row.ref as string, { id: row.id as string, matchedBy: row.byName ? 'name' : 'name in context' });
    }
  }

  // Events: the same type, dates that can both be true, and the specific facts both state agreeing (event-match.ts).
  const events = plan.nodes.filter((node) => node.kind === 'EVENT' && !resolved.has(node.ref));
  if (events.length > 0) {
    const kindOf = (ref: string) => plan.nodes.find((node) => node.ref === ref)?.kind ?? kindOfId(ref);
    const reported = new Map(events.map((node) => [node.ref, matchFactsOf(node, idOf, kindOf)]));
    const items = events.map((node) => {
      const range = dateRange(node.props.date as string | undefined, node.props.datePrecision as DatePrecision);
      const facts = reported.get(node.ref)!;
      const ids = [...facts.places, ...facts.imposers, ...facts.targets.map((t) => t.id), ...facts.participants.map((p) => p.id)];
      return {
        ref: node.ref,
        type: node.props.type as string,
        start: range?.[0] ?? null,
        end: range?.[1] ?? null,
        titleKey: node.props.titleKey as string,
        ids: [...new Set(ids.filter((id): id is string => !!id))],
      };
    });
    for (const row of await run(eventCandidatesQuery(items))) {
      for (const candidate of row.candidates as MatchFacts[] & Array<{ id: string }>) {
        const agreed = agreement(reported.get(row.ref as string)!, candidate);
        if (agreed) {
          resolved.set(row.ref as string, { id: candidate.id, matchedBy: describeAgreement(agreed) });
          break;
        }
      }
    }
  }

  // New nodes: readable ids, made unique against the graph and against each other.
  const fresh = all.filter((node) => !resolved.has(node.ref));
  const fixed = fresh.filter((node) => node.givenId); // ISO-coded countries not yet in the graph
  for (const node of fixed) resolved.set(node.ref, { id: node.givenId as string });
  const toName = fresh.filter((node) => !node.givenId);
  if (toName.length > 0) {
    const taken = new Set<string>(fixed.map((node) => node.givenId as string));
    for (const row of await run(idsInUseQuery([...new Set(toName.map((node) => node.baseId))]))) {
      for (const id of row.ids as string[]) taken.add(id);
    }
    for (const node of toName) {
      let id = node.baseId;
      for (let suffix = 2; taken.has(id); suffix += 1) id = `${node.baseId}-${suffix}`;
      taken.add(id);
      resolved.set(node.ref, { id });
    }
  }
  return resolved;
}

async function write(run: Run, plan: ArticlePlan, resolved: Map<string, Resolution>, ingestId: string): Promise<IngestReport> {
  const idOf = (refOrId: string) => resolved.get(refOrId)?.id ?? refOrId;
  const all = [...plan.sources, ...plan.nodes];

  const facts = await eventFactsOf(run, plan, resolved, idOf);
  const rows = all.map((node) => ({
    id: idOf(node.ref),
    label: node.label,
    props: node.kind === 'EVENT' ? { ...node.props, ...factsProps(facts.get(idOf(node.ref))!) } : node.props,
    names: node.names,
    nativeNames: node.nativeNames,
    nameKeys: node.nameKeys,
    contextKeys: node.contextKeys,
    evidence: storedEvidence(node.evidence, idOf),
  }));
  const [nodeResult] = await run(upsertNodesQuery(rows, ingestId));
  let evidenceAdded = Number(nodeResult?.evidenceAdded ?? 0);

  const mentions = new Map<string, { source: string; target: string }>();
  const mention = (sourceRef: string, target: string) => {
    const pair = { source: idOf(sourceRef), target };
    if (pair.source !== pair.target) mentions.set(`${pair.source} ${pair.target}`, pair);
  };
  for (const node of plan.nodes) for (const evidence of node.evidence) mention(evidence.sourceRef, idOf(node.ref));
  for (const relation of plan.relations) {
    for (const evidence of relation.evidence) {
      mention(evidence.sourceRef, idOf(relation.fromRef));
      mention(evidence.sourceRef, idOf(relation.toRef));
    }
  }
  if (mentions.size > 0) await run(mentionsQuery([...mentions.values()]));

  let relationsCreated = 0;
  let relationsTouched = 0;
  for (const type of RELATION_TYPES) {
    const relations = plan.relations.filter((relation) => relation.type === type);
    if (relations.length === 0) continue;
    const relationRows = relations.map((relation) => ({
      from: idOf(relation.fromRef),
      to: idOf(relation.toRef),
      ...relation.props,
      count: relation.props.count === undefined ? null : int(relation.props.count),
      representing: relation.representingRef ? idOf(relation.representingRef) : null,
      evidence: storedEvidence(relation.evidence, idOf),
    }));
    const [result] = await run(upsertRelationsQuery(type, relationRows, ingestId));
    relationsCreated += Number(result?.created ?? 0);
    relationsTouched += Number(result?.touched ?? 0);
    evidenceAdded += Number(result?.evidenceAdded ?? 0);
  }

  const describe = (node: PlannedNode): IngestedNode => ({
    ref: node.ref,
    id: idOf(node.ref),
    kind: node.kind as EntityKind,
    label: (node.props.name as string | undefined) ?? (node.props.title as string | undefined) ?? resolved.get(node.ref)?.name ?? node.ref,
    matchedBy: resolved.get(node.ref)?.matchedBy,
  });
  const merged = all.filter((node) => resolved.get(node.ref)?.matchedBy).map(describe);
  const created = all.filter((node) => !resolved.get(node.ref)?.matchedBy).map(describe);
  return {
    sourceId: idOf(plan.sources[0].ref),
    created,
    merged,
    relationsCreated,
    relationsMerged: relationsTouched - relationsCreated,
    evidenceAdded,
    changed: created.length > 0 || relationsCreated > 0 || evidenceAdded > 0,
  };
}

/** What an input event states that tells it from other events, with ids where its refs resolved so far. */
function matchFactsOf(node: PlannedNode, idOf: (ref: string) => string | null, kindOf: (ref: string) => string | undefined): MatchFacts {
  const facts = node.facts ?? { places: [], participants: [], imposers: [], targets: [] };
  return {
    titleKey: node.props.titleKey as string,
    places: facts.places.map(idOf),
    imposers: facts.imposers.map(idOf),
    targets: facts.targets.map(({ ref, count }) => ({ id: idOf(ref), country: kindOf(ref) === 'COUNTRY', count })),
    participants: facts.participants.map((ref) => ({ id: idOf(ref), country: kindOf(ref) === 'COUNTRY' })),
  };
}

/**
 * The date, precision, words and status of each event the article touches, from every source's claims: the stored
 * ones of events already in the graph and the article's own (see event-facts.ts).
 */
async function eventFactsOf(
  run: Run,
  plan: ArticlePlan,
  resolved: Map<string, Resolution>,
  idOf: (ref: string) => string,
): Promise<Map<string, EventFacts>> {
  const claims = new Map<string, ClaimEvidence[]>();
  const existingIds = plan.nodes.filter((node) => node.kind === 'EVENT' && resolved.get(node.ref)?.matchedBy).map((node) => idOf(node.ref));
  if (existingIds.length > 0) {
    for (const row of await run(eventEvidenceQuery([...new Set(existingIds)]))) {
      claims.set(row.id as string, decodeEvidence(row.evidence));
    }
  }
  for (const node of plan.nodes.filter((n) => n.kind === 'EVENT')) {
    const id = idOf(node.ref);
    const list = claims.get(id) ?? [];
    for (const item of node.evidence) list.push({ ...item, source: idOf(item.sourceRef) });
    claims.set(id, list);
  }
  return new Map([...claims].map(([id, evidence]) => [id, eventFacts(evidence)]));
}

/** Event facts as node properties: every key present, so an undated event's date is cleared, not kept. */
function factsProps(facts: EventFacts): Record<string, unknown> {
  return { date: null, dateText: null, ...facts };
}

function fieldOf(plan: ArticlePlan, node: PlannedNode, field: string): string {
  if (node.kind === 'SOURCE') {
    const index = plan.sources.indexOf(node);
    return index === 0 ? `source.${field}` : `references[${index - 1}].${field}`;
  }
  const entities = plan.nodes.filter((n) => n.kind !== 'EVENT');
  const events = plan.nodes.filter((n) => n.kind === 'EVENT');
  return node.kind === 'EVENT' ? `events[${events.indexOf(node)}].${field}` : `entities[${entities.indexOf(node)}].${field}`;
}
