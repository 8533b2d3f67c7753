import { cypher, CypherQuery, int } from './cypher';
import { ENTITY_LABEL, LABEL_OF_KIND } from './kinds';
import { shipNode } from './shipped-node';

/**
 * A relationship the API navigates, as Cypher: for one parent node (`MATCH (:<from> {id: id})...`), the linked nodes
 * `m` and, where one relationship links them, that relationship `r`. Declared once per link, beside the GraphQL
 * fields it backs (`src/<feature>/<feature>.links.ts`, see src/schema/link-fields.ts); the request's loaders batch it
 * over many parents, and the prefetch nests it into one statement per selection, both from this one declaration.
 */
export interface LinkDefinition {
  /** Unique across links: the loader's key, and the key of the link's rows in a prefetch answer. */
  readonly name: string;
  /** The label of the parent nodes (`Event`, or `Entity` for any node): the body matches the parent as `(:<from> {id: id})`. */
  readonly from: string;
  /** The Cypher body: binds `m` (the linked node) and `r` (its relationship, unless `distinct`) for the parent `id`. */
  readonly body: string;
  /** How linked nodes are ordered for each parent (over `m` and `r`). */
  readonly orderBy: string;
  /** One row per distinct node, through several relationships or hops: no relationship comes with it. */
  readonly distinct: boolean;
  /** The label the body matches `m` by wherever it binds it (`Person`), or undefined (`Entity`, or mixed). */
  readonly to?: string;
}

/** Linked nodes by name (or title), then id. */
export const BY_NAME = 'toLower(coalesce(m.name, m.title, m.id)), m.id';
/** Linked events by date (undated last), then id. */
export const BY_DATE = 'm.date, m.id';

const LINKS = new Map<string, LinkDefinition>();

/**
 * Declares a link. `body` is a MATCH (or a CALL over UNIONs) starting at `(:<from> {id: id})`; `name` must be a
 * plain identifier and unique. Labels come from the fixed list of kinds; the body is written by the declaration,
 * never from input.
 */
export function defineLink(definition: { name: string; from: string; body: string; orderBy?: string; distinct?: boolean }): LinkDefinition {
  if (!/^[a-z][A-Za-z]*$/.test(definition.name)) throw new Error(`A link name must be an identifier: ${definition.name}`);
  if (LINKS.has(definition.name)) throw new Error(`Link ${definition.name} is declared twice`);
  if (definition.from !== ENTITY_LABEL && !Object.values(LABEL_OF_KIND).includes(definition.from)) {
    throw new Error(`Not a label of the model: ${definition.from}`);
  }
  if (!definition.body.includes(`(:${definition.from} {id: id})`)) {
    throw new Error(`Link ${definition.name} must start at (:${definition.from} {id: id})`);
  }
  const link: LinkDefinition = {
    name: definition.name,
    from: definition.from,
    body: definition.body,
    orderBy: definition.orderBy ?? BY_NAME,
    distinct: definition.distinct ?? false,
    to: targetLabelOf(definition.body),
  };
  LINKS.set(link.name, link);
  return link;
}

/** The link declared under a name (prefetch plans and loaders name links by their name). */
export function linkNamed(name: string): LinkDefinition {
  const link = LINKS.get(name);
  if (!link) throw new Error(`No link is declared as ${name}`);
  return link;
}

/** Every declared link, by name. */
export function declaredLinks(): ReadonlyMap<string, LinkDefinition> {
  return LINKS;
}

/**
 * The one label a body matches `m` by, wherever it binds it (`(m:Person)` in every branch of a UNION), or undefined
 * (`(m:Person|Organization)`, `(m:Entity)`, `(m)`, or different labels in different branches).
 */
export function targetLabelOf(body: string): string | undefined {
  const labels = [...body.matchAll(/\(m(?::([\w|]+))?[\s){]/g)].map((binding) => binding[1]);
  const [first] = labels;
  return first && first !== ENTITY_LABEL && /^\w+$/.test(first) && labels.every((label) => label === first) ? first : undefined;
}

/**
 * One query for a link over many parents: for each id, up to `limit` linked nodes (with their relationship's
 * properties), in the link's order. The body comes from the link's declaration; ids and limit are parameters.
 */
export function linkQuery(link: LinkDefinition | string, ids: readonly string[], limit: number): CypherQuery {
  const { body, distinct, orderBy } = typeof link === 'string' ? linkNamed(link) : link;
  const carry = distinct ? 'WITH DISTINCT id, m' : 'WITH id, m, r';
  const rel = distinct ? 'null' : 'properties(r)';
  return {
    cypher: cypher`
      UNWIND $ids AS id
      CALL (id) {
        ${body}
        ${carry}
        ORDER BY ${orderBy}
        LIMIT $limit
        RETURN collect({node: ${shipNode('m')}, rel: ${rel}}) AS links
      }
      RETURN id, links`,
    params: { ids, limit: int(limit) },
  };
}
