import { cypher, CypherQuery } from '../graph/cypher';
import { ENTITY_KINDS, LABEL_OF_KIND, RelationType } from '../graph/kinds';

/**
 * Takes the ingest lock for the rest of the transaction (a write lock on one node, unique by constraint), so
 * concurrent ingests resolve names one after the other and never both create the same new node.
 */
export function ingestLockQuery(): CypherQuery {
  return { cypher: "MERGE (lock:IngestLock {id: 'ingest'}) SET lock.lockedAt = datetime()", params: {} };
}

/** Which of these ids exist, with their labels. */
export function existingIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      OPTIONAL MATCH (n:Entity {id: id})
      RETURN id, labels(n) AS labels`,
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
 * Existing nodes of one kind sharing a normalized name, alias or native name with each item; the one sharing the
 * most keys first. `label` comes from the fixed list of kinds.
 */
export function nodesByNameKeysQuery(label: string, items: Array<{ ref: string; keys: string[] }>): CypherQuery {
  assertLabel(label);
  return {
    cypher: cypher`
      UNWIND $items AS item
      CALL (item) {
        MATCH (n:${label})
        WHERE any(key IN n.nameKeys WHERE key IN item.keys)
        WITH n, size([key IN n.nameKeys WHERE key IN item.keys]) AS shared
        ORDER BY shared DESC, n.id
        LIMIT 1
        RETURN n.id AS id
      }
      RETURN item.ref AS ref, id`,
    params: { items },
  };
}

/**
 * Existing events that are the same real event: same type; same date, or dates that agree at the coarser of the two
 * precisions (a source saying "December 2023" and one saying 2023-12-07); and the same place where one is given,
 * the same imposing countries for a sanction, or else the same normalized title.
 */
export function matchingEventsQuery(
  items: Array<{
    ref: string;
    type: string;
    date: string | null;
    precision: string;
    placeId: string | null;
    imposerIds: string[];
    titleKey: string;
  }>,
): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $items AS item
      CALL (item) {
        MATCH (e:Event {type: item.type})
        WHERE ((item.date IS NULL AND e.date IS NULL)
            OR (item.date IS NOT NULL AND e.date IS NOT NULL AND (
                 e.date = date(item.date)
              OR (item.precision = 'MONTH' AND date.truncate('month', e.date) = date(item.date))
              OR (item.precision = 'YEAR' AND e.date.year = date(item.date).year)
              OR (e.datePrecision = 'MONTH' AND date.truncate('month', date(item.date)) = e.date)
              OR (e.datePrecision = 'YEAR' AND e.date.year = date(item.date).year))))
          AND CASE
            WHEN item.placeId IS NOT NULL THEN EXISTS { (e)-[:HELD_IN]->(:Place {id: item.placeId}) }
            WHEN size(item.imposerIds) > 0 THEN all(c IN item.imposerIds WHERE EXISTS { (e)-[:IMPOSED_BY]->(:Country {id: c}) })
            ELSE e.titleKey = item.titleKey
          END
        WITH e ORDER BY e.id LIMIT 1
        RETURN e.id AS id
      }
      RETURN item.ref AS ref, id`,
    params: { items },
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
  'name', 'description', 'code', 'orgKind', 'placeKind', 'title', 'type', 'status',
  'summary', 'plover', 'cameoCode', 'titleKey', 'publisher', 'author', 'url', 'text', 'textOrigin', 'textHash', 'sourceKey',
];
const DATE_FIELDS = ['publishedAt', 'capturedAt'];

/** A date precision as a rank: a finer date replaces a coarser one. */
const PRECISION_RANK = (value: string) =>
  `CASE ${value} WHEN 'DAY' THEN 3 WHEN 'MONTH' THEN 2 WHEN 'YEAR' THEN 1 ELSE 0 END`;

/**
 * Creates or updates nodes: new ones get their label and properties; existing ones gain aliases, native names and
 * evidence, and fill properties they lack. An event's date is replaced only by a more precise one (every source's
 * date stays as a claim in its evidence). Returns how much evidence was new.
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
      WITH n, row, ${PRECISION_RANK('row.props.datePrecision')} > ${PRECISION_RANK('n.datePrecision')} AS finer
      SET n.date = CASE WHEN finer THEN date(row.props.date) ELSE n.date END,
          n.datePrecision = CASE WHEN finer THEN row.props.datePrecision ELSE coalesce(n.datePrecision, row.props.datePrecision) END,
          n.dateText = CASE WHEN finer THEN coalesce(row.props.dateText, n.dateText) ELSE coalesce(n.dateText, row.props.dateText) END
      WITH n, row, [name IN row.names WHERE name <> n.name AND NOT name IN coalesce(n.aliases, [])] AS newAliases,
           [name IN row.nativeNames WHERE NOT name IN coalesce(n.nativeNames, [])] AS newNative,
           [key IN row.nameKeys WHERE NOT key IN coalesce(n.nameKeys, [])] AS newKeys,
           [e IN row.evidence WHERE NOT e IN coalesce(n.evidence, [])] AS newEvidence
      SET n.aliases = CASE WHEN row.label IN ['Person', 'Organization', 'Country', 'Place', 'Topic']
                        THEN coalesce(n.aliases, []) + reduce(acc = [], a IN newAliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
                        ELSE n.aliases END,
          n.nativeNames = CASE WHEN row.label IN ['Person', 'Organization', 'Country', 'Place', 'Topic']
                        THEN coalesce(n.nativeNames, []) + reduce(acc = [], a IN newNative | CASE WHEN a IN acc THEN acc ELSE acc + a END)
                        ELSE n.nativeNames END,
          n.nameKeys = coalesce(n.nameKeys, []) + reduce(acc = [], k IN newKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
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
          r.validUntil = coalesce(r.validUntil, date(row.validUntil))
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
