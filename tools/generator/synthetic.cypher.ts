import { cypher, CypherQuery } from '../../src/graph/cypher';
import { ENTITY_LABEL, MENTIONS, RELATION_TYPES, RelationType } from '../../src/graph/kinds';
import { SYNTHETIC_LABELS, SyntheticLabel } from './synthetic.plan';

/** The extra label of every node the generator creates: what `--remove` deletes, and nothing else. */
export const SYNTHETIC_LABEL = 'Synthetic';

/**
 * Creates one batch of new nodes of one label: `(:Entity:Synthetic:<label>)` with the row's properties, and returns
 * each one's element id (relationships are then created between element ids). Labels come from the fixed list,
 * values only from parameters. CREATE, not MERGE: the loader removes the previous synthetic graph first, and the
 * uniqueness constraint on `:Entity(id)` rejects a batch that would duplicate an id.
 */
export function createNodesQuery(label: SyntheticLabel, rows: Array<{ props: Record<string, unknown> }>): CypherQuery {
  assertLabel(label);
  return {
    cypher: cypher`
      UNWIND $rows AS row
      CREATE (n:${ENTITY_LABEL}:${SYNTHETIC_LABEL}:${label})
      SET n += row.props, n.createdAt = datetime()
      RETURN n.id AS id, elementId(n) AS elementId`,
    params: { rows },
  };
}

/** A relationship row: its ends' element ids without the prefix they share (see ElementIds), and its properties. */
export interface RelationshipRow {
  a: string;
  b: string;
  props?: Record<string, unknown>;
}

/**
 * Creates one batch of relationships of one type (from the fixed list). The ends are found by element id
 * (`$prefix + row.a`), which costs a third of a lookup through the `:Entity(id)` uniqueness index in a write
 * transaction (that seek locks the index entry). Returns how many were created, so the loader can tell a batch that
 * lost an end.
 */
export function createRelationsQuery(type: RelationType | typeof MENTIONS, rows: RelationshipRow[], prefix: string): CypherQuery {
  if (type !== MENTIONS && !RELATION_TYPES.includes(type)) throw new Error(`Not a relationship type of the model: ${type}`);
  const set = type === MENTIONS ? '' : 'SET r += row.props, r.createdAt = datetime()'; // MENTIONS: no properties, as the ingester makes them
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = $prefix + row.a
      MATCH (b) WHERE elementId(b) = $prefix + row.b
      CREATE (a)-[r:${type}]->(b)
      ${set}
      RETURN count(r) AS created`,
    params: { rows, prefix },
  };
}

/**
 * Appends evidence to nodes written before (by element id, as relationships find their ends): the world's nodes are
 * written first without evidence, and an event gains evidence when a later article names it. Only Synthetic nodes
 * are touched. Returns how many were found, so the loader can tell a batch that lost a node.
 */
export function appendEvidenceQuery(rows: Array<{ a: string; evidence: string[] }>, prefix: string): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (n:${SYNTHETIC_LABEL}) WHERE elementId(n) = $prefix + row.a
      SET n.evidence = coalesce(n.evidence, []) + row.evidence
      RETURN count(n) AS updated`,
    params: { rows, prefix },
  };
}

/** Ids of the countries already in the graph that the generator did not create (the seed's, ingested ones). */
export function existingCountriesQuery(): CypherQuery {
  return {
    cypher: `MATCH (c:Country) WHERE NOT c:${SYNTHETIC_LABEL} RETURN c.id AS id, elementId(c) AS elementId ORDER BY id`,
    params: {},
  };
}

/** Places not created by the generator that share a name key with one of these, with their countries. */
export function existingPlacesQuery(keys: string[]): CypherQuery {
  return {
    cypher: cypher`
      MATCH (p:Place) WHERE NOT p:${SYNTHETIC_LABEL} AND any(key IN coalesce(p.nameKeys, []) WHERE key IN $keys)
      OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Country)
      WITH p, c ORDER BY c.id
      RETURN p.id AS id, elementId(p) AS elementId, p.nameKeys AS nameKeys, collect(c.id) AS countryIds
      ORDER BY id`,
    params: { keys },
  };
}

/** Topics not created by the generator that share a name key with one of these. */
export function existingTopicsQuery(keys: string[]): CypherQuery {
  return {
    cypher: cypher`
      MATCH (t:Topic) WHERE NOT t:${SYNTHETIC_LABEL} AND any(key IN coalesce(t.nameKeys, []) WHERE key IN $keys)
      RETURN t.id AS id, elementId(t) AS elementId, t.nameKeys AS nameKeys
      ORDER BY id`,
    params: { keys },
  };
}

/** How every evidence entry citing a synthetic source starts (encodeEvidence writes `source` first). */
export const SYNTHETIC_EVIDENCE_PREFIX = '{"source":"source:syn-';

/**
 * Synthetic nodes that data from elsewhere now depends on (a real source MENTIONS them: an article ingested after
 * the generator ran merged into a synthetic country, place or person) are kept: they lose the Synthetic label and
 * the synthetic evidence, and the removal deletes only the rest. Returns their ids.
 */
export function adoptDependedOnQuery(): CypherQuery {
  return {
    cypher: cypher`
      MATCH (n:${SYNTHETIC_LABEL}) WHERE EXISTS { (n)<-[:${MENTIONS}]-(s:Source) WHERE NOT s:${SYNTHETIC_LABEL} }
      REMOVE n:${SYNTHETIC_LABEL}
      SET n.evidence = [e IN coalesce(n.evidence, []) WHERE NOT e STARTS WITH $prefix]
      RETURN n.id AS id`,
    params: { prefix: SYNTHETIC_EVIDENCE_PREFIX },
  };
}

/**
 * After the synthetic nodes are gone: relationships between kept nodes lose their synthetic evidence, and those that
 * only synthetic sources stated are deleted.
 */
export function releaseKeptRelationshipsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (:${ENTITY_LABEL} {id: id})-[r]-()
      WHERE any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $prefix)
      WITH DISTINCT r
      WITH r, [e IN r.evidence WHERE NOT e STARTS WITH $prefix] AS kept
      FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
      FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET r.evidence = kept)
      RETURN count(r) AS released`,
    params: { ids, prefix: SYNTHETIC_EVIDENCE_PREFIX },
  };
}

/** How many synthetic nodes there are, by label. */
export function countSyntheticQuery(): CypherQuery {
  return {
    cypher: cypher`
      MATCH (n:${SYNTHETIC_LABEL})
      RETURN [label IN labels(n) WHERE NOT label IN ['${ENTITY_LABEL}', '${SYNTHETIC_LABEL}']][0] AS label, count(*) AS count`,
    params: {},
  };
}

/**
 * Deletes the synthetic nodes of one label (or all of them) with their relationships, in batches of committed
 * transactions; it must run as an auto-commit transaction. Only nodes labelled Synthetic are touched: nodes the
 * generator reused (the seed's countries) lose only the relationships to synthetic nodes.
 */
export function removeSyntheticQuery(label: SyntheticLabel | null, batchSize: number): CypherQuery {
  if (label !== null) assertLabel(label);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  return {
    cypher: cypher`
      MATCH (n:${SYNTHETIC_LABEL}${label ? `:${label}` : ''})
      CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${String(batchSize)} ROWS`,
    params: {},
  };
}

function assertLabel(label: string): void {
  if (!(SYNTHETIC_LABELS as readonly string[]).includes(label)) throw new Error(`Not a synthetic node label: ${label}`);
}
