import { CypherQuery, int } from '../graph/cypher';
import { kindOfLabels } from '../graph/kinds';
import { LinkDefinition, linkNamed } from '../graph/links';
import { evidenceSourceIdCypher } from '../graph/evidence';
import { DEFAULT_LINK_LIMIT } from '../graph/loaders';
import { isPropertyName, projectedProperties, shipNode, shipProperties } from '../graph/shipped-node';
import { LinkPlan, NodePlan } from './prefetch.plan';
import { OperationReads } from './selected-properties';

/**
 * One Cypher query for a request's whole selection below some nodes: for each node (by id), the links its plan asks
 * for, ordered and cut as the loaders would (the link's order, DEFAULT_LINK_LIMIT), each linked node with the links of its
 * own plan, the sources of evidence quotes where `Evidence.source` is selected, and nodes named by relationship
 * properties. Every label, type and clause comes from the declared links; ids and the limit are parameters.
 *
 * Each row returns `node` and `fetched`: `{links?: {<link>: [{node, rel, links?, sources?, relSources?, refs?}]},
 * sources?}`, the shape Prefetcher.prime reads.
 */
export function prefetchQuery(ids: readonly string[], plan: NodePlan, shipped: Shipped): CypherQuery {
  return { cypher: prefetchCypher(plan, shipped), params: prefetchParams(ids) };
}

/** The text of a prefetch statement (the same for any root ids: they are the parameter `$ids`). */
export function prefetchCypher(plan: NodePlan, shipped: Shipped): string {
  const builder = new PrefetchBuilder(shipped);
  const parts = builder.nodeParts(plan, 'root');
  return [
    'UNWIND $ids AS rootId',
    'MATCH (root:Entity {id: rootId})',
    ...parts.clauses,
    `RETURN ${builder.node('root', plan.type)} AS node, {${parts.map}} AS fetched`,
  ].join('\n');
}

/**
 * How a statement that finds nodes of `type` itself (a page, which matches them by the label of that type) ships
 * them: what the operation reads of that type.
 */
export function shippedNode(variable: string, type: string | undefined, shipped: Shipped): string {
  return new PrefetchBuilder(shipped).node(variable, type, true);
}

/** The parameters of a prefetch statement for these root ids. */
export function prefetchParams(ids: readonly string[]): Record<string, unknown> {
  return { ids, ...LIMIT_PARAMS };
}

/** How many rows of each link a prefetch takes per node: as many as the loaders would (`$prefetchLimit`). */
const LIMIT_PARAMS = { prefetchLimit: int(DEFAULT_LINK_LIMIT) };

/** The clauses that prefetch a plan below the nodes bound to a variable, and the entries of the map they fill. */
export interface PrefetchParts {
  clauses: string[];
  map: string;
}

/** How `plan` is prefetched below the nodes bound to `variable` (see withPrefetch). */
export function prefetchParts(plan: NodePlan, shipped: Shipped, variable: string): PrefetchParts {
  return new PrefetchBuilder(shipped).nodeParts(plan, variable);
}

/**
 * A statement that yields nodes in a variable (a page query), followed by the prefetch of a plan for each of them
 * (`parts`, from prefetchParts for that variable):
 * the statement runs as a subquery, its columns are returned as they were, with `fetched` beside them, in the
 * order `orderBy` (the statement's own order, restated because subqueries do not promise to keep it).
 */
export function withPrefetch(query: CypherQuery, columns: string[], orderBy: string, parts: PrefetchParts): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      query.cypher,
      '}',
      ...parts.clauses,
      `RETURN ${columns.join(', ')}, {${parts.map}} AS fetched`,
      `ORDER BY ${orderBy}`,
    ].join('\n'),
    params: { ...query.params, ...LIMIT_PARAMS },
  };
}

/**
 * Renames a link body's variables (`id`, `m`, `r`) with a suffix, so nested subqueries never shadow an outer
 * variable. Map keys (`{id: ...}`) and property names (`m.id`) keep their names.
 */
export function renameLinkVariables(text: string, suffix: string): string {
  return text.replace(/(?<![.\w$`])(id|m|r)(?![\w`])/g, (name: string, _variable: string, offset: number) => {
    const before = text.slice(0, offset).trimEnd();
    const after = text.slice(offset + name.length).trimStart();
    const isMapKey = (before.endsWith('{') || before.endsWith(',')) && after.startsWith(':');
    return isMapKey ? name : `${name}_${suffix}`;
  });
}

/** Which heavy properties the request can use anywhere: the rest stay in the database. */
export interface Shipped {
  /** Evidence lists of nodes and relationships (evidence, dateClaims, titles are selected somewhere). */
  evidence: boolean;
  /** Source texts (`text` is selected somewhere). */
  text: boolean;
  /** What the operation reads of nodes and links (see selectedProperties); everything when unset. */
  reads?: OperationReads;
}

class PrefetchBuilder {
  private counter = 0;

  constructor(private readonly shipped: Shipped) {}

  /**
   * A node as shipped: of a known type, just the properties the operation reads of that type; otherwise (an
   * interface position) every property but internal ones, evidence and text unless the operation uses them.
   */
  node(variable: string, type?: string, labelled = false): string {
    const properties = type && this.shipped.reads?.properties(type);
    if (properties) return shipProperties(variable, properties, labelled ? kindOfLabels([type]) : undefined);
    return shipNode(variable, [...(this.shipped.evidence ? [] : ['evidence']), ...(this.shipped.text ? [] : ['text'])]);
  }

  /**
   * A link's relationship as shipped: nothing when no selected field reads it; else the properties read (all but
   * its bookkeeping and unused evidence when a field reads it whole).
   */
  private rel(link: string, variable: string): string {
    const read = this.shipped.reads ? this.shipped.reads.relationshipProperties(link) : 'all';
    if (read === null) return 'null';
    if (read !== 'all') return `${variable} {${projectedProperties(variable, read).join(', ')}}`;
    const dropped = ['createdAt', 'updatedAt', ...(this.shipped.evidence ? [] : ['evidence'])];
    return `${variable} {.*, ${dropped.map((key) => `${key}: null`).join(', ')}}`;
  }

  private fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.counter}`;
  }

  /** The CALL clauses that fetch `plan` for the node bound to `node`, and the map entries of what they return. */
  nodeParts(plan: NodePlan, node: string): PrefetchParts {
    const clauses: string[] = [];
    const links: string[] = [];
    for (const [name, link] of plan.links) {
      const out = this.fresh('link');
      clauses.push(this.linkCall(name, link, node, out));
      links.push(`${name}: ${out}`);
    }
    const entries = links.length > 0 ? [`links: {${links.join(', ')}}`] : [];
    if (plan.evidenceSources) {
      const out = this.fresh('sources');
      clauses.push(this.sourcesCall(node, out));
      entries.push(`sources: ${out}`);
    }
    return { clauses, map: entries.join(', ') };
  }

  /** `prefix` and the map entries of what was fetched, as one map body. */
  private static body(prefix: string[], map: string): string {
    return [...prefix, ...(map ? [map] : [])].join(', ');
  }

  /** One link of one node: its rows in the link's order, each with what the link's plan asks for. */
  private linkCall(name: string, link: LinkPlan, node: string, out: string): string {
    const definition: LinkDefinition = linkNamed(name);
    const suffix = String((this.counter += 1));
    const [id, m, r] = ['id', 'm', 'r'].map((variable) => `${variable}_${suffix}`);
    const inner = this.nodeParts(link.node, m);
    const rowClauses = [...inner.clauses];
    const labelled = link.node.type !== undefined && definition.to === link.node.type;
    const row = [
      `node: ${this.node(m, link.node.type, labelled)}`,
      `rel: ${definition.distinct ? 'null' : this.rel(name, r)}`,
      ...(inner.map ? [inner.map] : []),
    ];
    if (!definition.distinct) {
      if (link.relEvidenceSources) {
        const sources = this.fresh('relSources');
        rowClauses.push(this.sourcesCall(r, sources));
        row.push(`relSources: ${sources}`);
      }
      const refs: string[] = [];
      for (const [property, plan] of link.refs) {
        if (!isPropertyName(property)) throw new Error(`Not a relationship property name: ${property}`);
        const ref = this.fresh('ref');
        const target = this.fresh('target');
        const parts = this.nodeParts(plan, target);
        rowClauses.push(
          [
            `CALL (${r}) {`,
            `OPTIONAL MATCH (${target}:Entity {id: ${r}.${property}})`,
            ...parts.clauses,
            `RETURN CASE WHEN ${target} IS NULL THEN null ELSE {${PrefetchBuilder.body([`node: ${this.node(target, plan.type)}`], parts.map)}} END AS ${ref}`,
            '}',
          ].join('\n'),
        );
        refs.push(`${property}: ${ref}`);
      }
      if (refs.length > 0) row.push(`refs: {${refs.join(', ')}}`);
    }
    return [
      `CALL (${node}) {`,
      `WITH ${node}.id AS ${id}`,
      renameLinkVariables(definition.body, suffix),
      definition.distinct ? `WITH DISTINCT ${id}, ${m}` : `WITH ${id}, ${m}, ${r}`,
      `ORDER BY ${renameLinkVariables(definition.orderBy, suffix)}`,
      'LIMIT $prefetchLimit',
      ...rowClauses,
      `RETURN collect({${row.join(', ')}}) AS ${out}`,
      '}',
    ].join('\n');
  }

  /** The sources named by the evidence of a node or relationship (each entry's source id: evidenceSourceIdCypher). */
  private sourcesCall(holder: string, out: string): string {
    const [evidence, sourceId, source] = [this.fresh('evidence'), this.fresh('sourceId'), this.fresh('source')];
    return [
      `CALL (${holder}) {`,
      `UNWIND coalesce(${holder}.evidence, []) AS ${evidence}`,
      `WITH DISTINCT ${evidenceSourceIdCypher(evidence)} AS ${sourceId}`,
      `MATCH (${source}:Source {id: ${sourceId}})`,
      `RETURN collect(${this.node(source, 'Source', true)}) AS ${out}`,
      '}',
    ].join('\n');
  }
}
