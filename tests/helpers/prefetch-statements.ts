import { execute, GraphQLResolveInfo, GraphQLSchema, parse } from 'graphql';
import { EventOrder } from '../../src/common/enums';
import { EventFilter } from '../../src/event/event-filter.input';
import { eventsPageOrder, eventsPageQuery } from '../../src/event/event.cypher';
import { CypherQuery } from '../../src/graph/cypher';
import { GraphExecutor } from '../../src/graph/executor';
import { Loaders } from '../../src/graph/loaders';
import { ShipNode } from '../../src/graph/shipped-node';
import { Prefetcher } from '../../src/prefetch/prefetcher';

/**
 * The `info` the root resolver of a document gets: the document is executed with a context that records it
 * instead of querying.
 */
async function rootInfo(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  const never = () => new Promise(() => undefined);
  const prefetch = {
    node: async (_id: string, info: GraphQLResolveInfo) => ((captured = info), null),
    pageOptions: (info: GraphQLResolveInfo) => ((captured = info), {}),
    pageShip: (info: GraphQLResolveInfo) => ((captured = info), undefined),
  };
  const contextValue = {
    prefetch: { ...prefetch, page: never },
    events: { events: never },
    people: { people: never },
    catalog: { organizations: never, sources: never },
  };
  void execute({ schema, document: parse(document), variableValues: variables, contextValue });
  await new Promise((resolve) => setImmediate(resolve));
  if (!captured) throw new Error('The document has no prefetching root field');
  return captured;
}

/** The one statement the API sends for a document whose root field is a node lookup (`event(id:)`), for `ids`. */
export async function prefetchStatementOf(schema: GraphQLSchema, document: string, variables: Record<string, unknown>, ids: string[]): Promise<CypherQuery> {
  const statement = Prefetcher.statement(ids, await rootInfo(schema, document, variables));
  if (!statement) throw new Error('The document needs no prefetch');
  return statement;
}

/** The page statement the API sends for an `events` document: the page of `filter`, extended with the prefetch. */
export async function eventsPageStatementOf(
  schema: GraphQLSchema,
  document: string,
  variables: Record<string, unknown>,
  filter: EventFilter,
  order: EventOrder,
  first: number,
): Promise<CypherQuery> {
  const unused = {} as GraphExecutor;
  const { prefetch, ship } = new Prefetcher(unused, new Loaders(unused)).pageOptions(await rootInfo(schema, document, variables));
  if (!prefetch) throw new Error('The document needs no prefetch');
  return prefetch.wrap(eventsPageQuery(filter, order, first, null, ship), 'e', ['e', 'sortKey'], eventsPageOrder(order));
}

/** How a connection root (people, organizations, sources, events) ships its page's nodes for a document. */
export async function pageShipOf(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): Promise<ShipNode> {
  const unused = {} as GraphExecutor;
  return new Prefetcher(unused, new Loaders(unused)).pageShip(await rootInfo(schema, document, variables));
}
