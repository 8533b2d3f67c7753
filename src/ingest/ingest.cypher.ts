import { cypher, CypherQuery } from '../graph/cypher';
import { ENTITY_KINDS, LABEL_OF_KIND, RelationType } from '../graph/kinds';

/**
 * Takes the ingest lock for the rest of the transaction (a write lock on one node, unique by constraint), so
 * concurrent ingests resolve names one after the other and never both create the same new node.
 */
export function ingestLockQuery(): CypherQuery {
  return { cypher: "MERGE (lock:IngestLock {id: 'ingest'}) SET lock.lockedAt = datetime()", params: {} };
}

/** Which of these ids exist, with their labels and name (or title). */
export function existingIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      OPTIONAL MATCH (n:Entity {id: id})
      RETURN id, labels(n) AS labels, coalesce(n.name, n.title) AS name`,
    params: { ids },
  };
}

/** Sources already in the graph with the same key (text and address). */
export function sourcesByKeyQuery(keys: Array<{ ref: string; sourceKey: string }>): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $keys AS item
      OPTIONAL MATCH (s:Source {sourceKey: item.sourceKey})
      WITH item, s ORDER BY s.id
      RETURN item.ref AS ref, collect(s.id)[0] AS id`,
    params: { keys },
  };
}

/**
 * What places a node in context, for resolving names true only in context: the organizations and countries it is
 * part of, works for, represented or lies in, up to three levels up. Fixed patterns; `n` is the node.
 */
const CONTEXT_OF_NODE = `[ctx IN COLLECT {
    MATCH (n)-[:PART_OF|IN_COUNTRY|HOLDS_POSITION]->(up:Entity) RETURN up
    UNION MATCH (n)-[:PART_OF|IN_COUNTRY|HOLDS_POSITION]->(:Entity)-[:PART_OF*1..3]->(up:Entity) RETURN up
    UNION MATCH (n)-[r:PARTICIPATED_IN]->(:Event) MATCH (up:Country {id: r.representing}) RETURN up
  } | ctx.id]`;

/**
 * Existing nodes of one kind that each item names, the one sharing the most keys first: by a name, alias or native
 * name (`keys`) that the node holds as a name of its own; or by a generic name (one that any node of the kind holds
 * as true only in context, or the item marks so: "Foreign Policy Bureau"), only when the node's context
 * (CONTEXT_OF_NODE) shares an id with the item's (`contextIds`, with what those are part of). A generic name never
 * resolves by itself, even where a node has it as its own name. `label` comes from the fixed list of kinds.
 */
export function nodesByNameKeysQuery(
  label: string,
  items: Array<{ ref: string; keys: string[]; contextKeys: string[]; contextIds: string[] }>,
): CypherQuery {
  assertLabel(label);
  return {
    cypher: cypher`
      UNWIND $items AS item
      CALL (item) {
        OPTIONAL MATCH (given:Entity) WHERE given.id IN item.contextIds
        OPTIONAL MATCH (given)-[:PART_OF*1..3]->(up:Entity)
        WITH item.contextIds AS given, collect(DISTINCT up.id) AS above
        RETURN given + above AS contextIds
      }
      CALL (item) {
        OPTIONAL MATCH (g:${label}) WHERE any(key IN g.contextKeys WHERE key IN item.keys)
        WITH reduce(keys = [], node IN collect(g) | keys + node.contextKeys) AS marked
        RETURN item.contextKeys + [key IN item.keys WHERE key IN marked] AS generic
      }
      CALL (item, contextIds, generic) {
        MATCH (n:${label})
        WHERE any(key IN n.nameKeys + coalesce(n.contextKeys, []) WHERE key IN item.keys OR key IN item.contextKeys)
        WITH n, [key IN n.nameKeys WHERE key IN item.keys AND NOT key IN generic AND NOT key IN coalesce(n.contextKeys, [])] AS strong,
             [key IN n.nameKeys + coalesce(n.contextKeys, []) WHERE key IN item.keys OR key IN item.contextKeys] AS shared
        WITH n, strong, shared, CASE WHEN size(strong) > 0 OR size(contextIds) = 0 THEN [] ELSE ${CONTEXT_OF_NODE} END AS context
        WHERE size(strong) > 0 OR any(id IN context WHERE id IN contextIds)
        WITH n, shared, size(strong) > 0 AS byName
        ORDER BY byName DESC, size(shared) DESC, n.id
        LIMIT 1
        RETURN n.id AS id, byName
      }
      RETURN item.ref AS ref, id, byName`,
    params: { items },
  };
}

/** How far back an event's own date may lie from a day its period covers: a YEAR at most. */
const LONGEST_PERIOD = "duration('P1Y')";

/** The last day an event's date covers, by its precision (a DAY its date, a WEEK six days on, ...). */
const PERIOD_END = `CASE e.datePrecision
  WHEN 'WEEK' THEN e.date + duration('P6D')
  WHEN 'MONTH' THEN e.date + duration('P1M') - duration('P1D')
  WHEN 'YEAR' THEN e.date + duration('P1Y') - duration('P1D')
  ELSE e.date END`;

/**
 * Events in the graph that may be the same real event as each item: the same type, dates that can both be true (the
 * periods they cover overlap; undated only with undated), and something in common (a place, participant, imposing
 * country or target, or the normalized title). For each, the facts that decide (see event-match.ts): its places,
 * imposing countries, targets (with counts) and participants. At most 50 per item, by id.
 */
export function eventCandidatesQuery(
  items: Array<{ ref: string; type: string; start: string | null; end: string | null; titleKey: string; ids: string[] }>,
): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $items AS item
      CALL (item) {
        MATCH (e:Event {type: item.type})
        WHERE CASE WHEN item.start IS NULL THEN e.date IS NULL
                   ELSE e.date >= date(item.start) - ${LONGEST_PERIOD} AND e.date <= date(item.end) AND ${PERIOD_END} >= date(item.start) END
          AND (e.titleKey = item.titleKey OR EXISTS { (e)--(x:Entity) WHERE x.id IN item.ids AND NOT x:Source })
        WITH e ORDER BY e.id LIMIT 50
        RETURN collect({
          id: e.id,
          titleKey: e.titleKey,
          places: [(e)-[:HELD_IN]->(p:Place) | p.id],
          imposers: [(e)-[:IMPOSED_BY]->(c:Country) | c.id],
          targets: [(e)-[r:TARGETS]->(t:Entity) | {id: t.id, country: t:Country, count: r.count}],
          participants: [(e)<-[:PARTICIPATED_IN]-(x:Entity) | {id: x.id, country: x:Country}]
        }) AS candidates
      }
      RETURN item.ref AS ref, candidates`,
    params: { items },
  };
}

/** The stored evidence of existing events, whose date and status claims count with the new ones. */
export function eventEvidenceQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      MATCH (e:Event) WHERE e.id IN $ids
      RETURN e.id AS id, coalesce(e.evidence, []) AS evidence`,
    params: { ids },
  };
}

/** Ids in use that start with each base (`person:lee-joon-il`, `person:lee-joon-il-2`, ...). */
export function idsInUseQuery(bases: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $bases AS base
      OPTIONAL MATCH (n:Entity) WHERE n.id STARTS WITH base
      RETURN base, collect(n.id) AS ids`,
    params: { bases },
  };
}

/** Properties a merge fills only where the node has none yet. */
const FILLABLE = [
  'name',
  'description',
  'code',
  'orgKind',
  'placeKind',
  'title',
  'type',
  'summary',
  'plover',
  'cameoCode',
  'titleKey',
  'publisher',
  'author',
  'url',
  'text',
  'textOrigin',
  'textHash',
  'sourceKey',
];
const DATE_FIELDS = ['publishedAt', 'capturedAt'];

/**
 * Creates or updates nodes: new ones get their label and properties; existing ones gain aliases, native names and
 * evidence, and fill properties they lack. An event's date, precision, words and status are set from every source's
 * claims (computed by the ingester, see event-facts.ts). Returns how much evidence was new.
 */
export function upsertNodesQuery(rows: unknown[], ingestId: string): CypherQuery {
  const setLabels = ENTITY_KINDS.map(
    (kind) => `FOREACH (_ IN CASE WHEN row.label = '${LABEL_OF_KIND[kind]}' THEN [1] ELSE [] END | SET n:${LABEL_OF_KIND[kind]})`,
  ).join('\n');
  const fill = [
    ...FILLABLE.map((field) => `n.${field} = coalesce(n.${field}, row.props.${field})`),
    ...DATE_FIELDS.map((field) => `n.${field} = coalesce(n.${field}, date(row.props.${field}))`),
  ].join(',\n');
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (n:Entity {id: row.id})
      ON CREATE SET n.createdAt = datetime(), n.ingestId = $ingestId
      ${setLabels}
      SET ${fill}
      FOREACH (_ IN CASE WHEN row.label = 'Event' THEN [1] ELSE [] END |
        SET n.date = date(row.props.date), n.datePrecision = row.props.datePrecision, n.dateText = row.props.dateText,
            n.dateDisputed = row.props.dateDisputed, n.status = row.props.status)
      WITH n, row, [name IN row.names WHERE name <> n.name AND NOT name IN coalesce(n.aliases, [])] AS newAliases,
           [name IN row.nativeNames WHERE NOT name IN coalesce(n.nativeNames, [])] AS newNative,
           [key IN row.nameKeys WHERE NOT key IN coalesce(n.nameKeys, [])] AS newKeys,
           [key IN row.contextKeys WHERE NOT key IN coalesce(n.contextKeys, [])] AS newContextKeys,
           [e IN row.evidence WHERE NOT e IN coalesce(n.evidence, [])] AS newEvidence
      SET n.aliases = CASE WHEN row.label IN ['Person', 'Organization', 'Country', 'Place', 'Topic']
                        THEN coalesce(n.aliases, []) + reduce(acc = [], a IN newAliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
                        ELSE n.aliases END,
          n.nativeNames = CASE WHEN row.label IN ['Person', 'Organization', 'Country', 'Place', 'Topic']
                        THEN coalesce(n.nativeNames, []) + reduce(acc = [], a IN newNative | CASE WHEN a IN acc THEN acc ELSE acc + a END)
                        ELSE n.nativeNames END,
          n.nameKeys = coalesce(n.nameKeys, []) + reduce(acc = [], k IN newKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
          n.contextKeys = CASE WHEN size(row.contextKeys) = 0 AND n.contextKeys IS NULL THEN null
                          ELSE coalesce(n.contextKeys, []) + reduce(acc = [], k IN newContextKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END) END,
          n.evidence = coalesce(n.evidence, []) + newEvidence
      SET n.searchText = reduce(text = coalesce(n.name, n.title, ''), name IN coalesce(n.aliases, []) + coalesce(n.nativeNames, []) | text + ' | ' + name)
      RETURN sum(size(newEvidence)) AS evidenceAdded`,
    params: { rows, ingestId },
  };
}

/** Each source MENTIONS each node it gives evidence for. */
export function mentionsQuery(pairs: Array<{ source: string; target: string }>): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $pairs AS pair
      MATCH (s:Source {id: pair.source})
      MATCH (n:Entity {id: pair.target})
      MERGE (s)-[:MENTIONS]->(n)`,
    params: { pairs },
  };
}

/** ADDRESSES: expected (an announced agenda) while no source has reported the topic addressed. */
const EXPECTED = ',\n          r.expected = CASE WHEN row.expected = true THEN coalesce(r.expected, true) ELSE false END';

/**
 * Creates or updates relationships of one type (from the fixed list). HOLDS_POSITION is one relationship per title,
 * so two sources' different titles stay two positions; every other type is one relationship per pair, whose
 * `titles` keep each source's claim. Returns how many relationships were new and how much evidence was.
 */
export function upsertRelationsQuery(type: RelationType, rows: unknown[], ingestId: string): CypherQuery {
  const key = type === 'HOLDS_POSITION' ? ' {title: row.title}' : '';
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (a:Entity {id: row.from})
      MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:${type}${key}]->(b)
      ON CREATE SET r.ingestId = $ingestId, r.createdAt = datetime()
      SET r.role = coalesce(r.role, row.role),
          r.title = coalesce(r.title, row.title),
          r.representing = coalesce(r.representing, row.representing),
          r.count = coalesce(r.count, row.count),
          r.validFrom = coalesce(r.validFrom, date(row.validFrom)),
          r.validUntil = coalesce(r.validUntil, date(row.validUntil))${type === 'ADDRESSES' ? EXPECTED : ''}
      WITH r, row, [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])] AS newEvidence
      SET r.titles = CASE WHEN row.title IS NULL OR row.title IN coalesce(r.titles, []) THEN r.titles
                          ELSE coalesce(r.titles, []) + row.title END,
          r.evidence = coalesce(r.evidence, []) + newEvidence
      RETURN count(DISTINCT CASE WHEN r.ingestId = $ingestId THEN elementId(r) END) AS created,
             count(DISTINCT elementId(r)) AS touched,
             sum(size(newEvidence)) AS evidenceAdded`,
    params: { rows, ingestId },
  };
}

function assertLabel(label: string): void {
  if (!Object.values(LABEL_OF_KIND).includes(label)) throw new Error(`Not a label of the model: ${label}`);
}
