import { randomUUID } from 'node:crypto';
import { GraphExecutor, Row } from '../graph/executor';
import { CypherQuery, int } from '../graph/cypher';
import { kindOfLabels, LABEL_OF_KIND, RelationType, RELATION_TYPES } from '../graph/kinds';
import { EntityKind } from '../common/enums';
import { ArticleInput } from './article.input';
import {
  existingIdsQuery,
  idsInUseQuery,
  ingestLockQuery,
  matchingEventsQuery,
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
}

/**
 * Ingests articles: validate, plan, then resolve and write in ONE write transaction, so an article is applied whole
 * or not at all. Resolution makes one real thing one node: given ids, ISO codes, normalized names and aliases, and
 * for events the same type, date and place. Ingesting the same article again changes nothing.
 */
export class IngestService {
  constructor(private readonly graph: GraphExecutor) {}

  /** Validates and ingests one article; throws BAD_USER_INPUT naming every bad field, having written nothing. */
  async ingest(raw: unknown): Promise<IngestReport> {
    const article = await validateArticle(raw);
    return this.ingestValid(article);
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
  const endIds = plan.relations.flatMap((r) => [r.fromRef, r.toRef, r.representingRef]).filter(
    (value): value is string => !!value && !refIds.has(value),
  );
  const given = [...new Set([...all.flatMap((node) => (node.givenId ? [node.givenId] : [])), ...endIds])];
  const existing = new Map<string, string[] | null>();
  if (given.length > 0) {
    for (const row of await run(existingIdsQuery(given))) existing.set(row.id as string, row.labels as string[] | null);
  }
  for (const node of all.filter((n) => n.givenId)) {
    const labels = existing.get(node.givenId as string);
    if (labels) {
      if (kindOfLabels(labels) !== node.kind) {
        problems.push({ field: fieldOf(plan, node, 'id'), message: `"${node.givenId}" is not a ${node.kind}` });
      }
      resolved.set(node.ref, { id: node.givenId as string, matchedBy: node.mustExist ? 'id' : 'ISO code' });
    } else if (node.mustExist) {
      problems.push({ field: fieldOf(plan, node, 'id'), message: `no node with id "${node.givenId}"` });
    }
  }
  plan.relations.forEach((relation) => {
    for (const [field, value] of [['from', relation.fromRef], ['to', relation.toRef], ['representing', relation.representingRef]]) {
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

  // Entities: by normalized name, alias or native name, within their kind.
  for (const kind of [EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.TOPIC]) {
    const items = plan.nodes
      .filter((node) => node.kind === kind && !resolved.has(node.ref) && !node.givenId)
      .map((node) => ({ ref: node.ref, keys: node.nameKeys }));
    if (items.length === 0) continue;
    for (const row of await run(nodesByNameKeysQuery(LABEL_OF_KIND[kind], items))) {
      if (row.id) resolved.set(row.ref as string, { id: row.id as string, matchedBy: 'name' });
    }
  }

  // Events: the same type and date, and the same place or imposing countries (else title).
  const idOfRef = (ref: string | undefined) => (ref ? resolved.get(ref)?.id ?? (existing.get(ref) ? ref : null) : null);
  const eventItems = plan.nodes
    .filter((node) => node.kind === 'EVENT' && !resolved.has(node.ref))
    .map((node) => ({
      ref: node.ref,
      type: node.props.type as string,
      date: (node.props.date as string | undefined) ?? null,
      precision: node.props.datePrecision as string,
      placeId: idOfRef(node.placeRef),
      imposerIds: (node.imposerRefs ?? []).map(idOfRef).filter((id): id is string => !!id),
      titleKey: node.props.titleKey as string,
    }));
  if (eventItems.length > 0) {
    for (const row of await run(matchingEventsQuery(eventItems))) {
      if (row.id) resolved.set(row.ref as string, { id: row.id as string, matchedBy: 'type, date and place' });
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

  const rows = all.map((node) => ({
    id: idOf(node.ref),
    label: node.label,
    props: node.props,
    names: node.names,
    nativeNames: node.nativeNames,
    nameKeys: node.nameKeys,
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
    const [result] = await run(upsertRelationsQuery(type as RelationType, relationRows, ingestId));
    relationsCreated += Number(result?.created ?? 0);
    relationsTouched += Number(result?.touched ?? 0);
    evidenceAdded += Number(result?.evidenceAdded ?? 0);
  }

  const describe = (node: PlannedNode): IngestedNode => ({
    ref: node.ref,
    id: idOf(node.ref),
    kind: node.kind as EntityKind,
    label: String(node.props.name ?? node.props.title ?? node.ref),
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

function fieldOf(plan: ArticlePlan, node: PlannedNode, field: string): string {
  if (node.kind === 'SOURCE') {
    const index = plan.sources.indexOf(node);
    return index === 0 ? `source.${field}` : `references[${index - 1}].${field}`;
  }
  const entities = plan.nodes.filter((n) => n.kind !== 'EVENT');
  const events = plan.nodes.filter((n) => n.kind === 'EVENT');
  return node.kind === 'EVENT' ? `events[${events.indexOf(node)}].${field}` : `entities[${entities.indexOf(node)}].${field}`;
}
