import { execute, GraphQLSchema, parse } from 'graphql';
import { EventOrder } from '../../src/common/enums';
import { pageOrder } from '../../src/common/page-reader';
import { EventFilter } from '../../src/event/event-filter.input';
import { eventList, eventsPageQuery } from '../../src/event/event.cypher';
import { CypherQuery } from '../../src/graph/cypher';
import { ShipNode } from '../../src/graph/shipped-node';
import { withPrefetch } from '../../src/prefetch/prefetch.cypher';
import { Selection } from '../../src/prefetch/selection';

/**
 * The selection a document's root resolver hands its service: the document is executed with services that record
 * the selection they are given instead of querying.
 */
async function rootSelection(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): Promise<Selection> {
  let captured: Selection | undefined;
  const record = (...args: unknown[]) => {
    captured = args.find((arg): arg is Selection => typeof arg === 'object' && arg !== null && 'statement' in arg);
    return new Promise(() => undefined);
  };
  const contextValue = {
    nodes: { byId: record, organizations: record, sources: record },
    events: { events: record },
    people: { people: record },
  };
  void execute({ schema, document: parse(document), variableValues: variables, contextValue });
  await new Promise((resolve) => setImmediate(resolve));
  if (!captured) throw new Error('The document has no prefetching root field');
  return captured;
}

/** The one statement the API sends for a document whose root field is a node lookup (`event(id:)`), for `ids`. */
export async function prefetchStatementOf(
  schema: GraphQLSchema,
  document: string,
  variables: Record<string, unknown>,
  ids: string[],
): Promise<CypherQuery> {
  const statement = (await rootSelection(schema, document, variables)).statement(ids);
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
  const selection = await rootSelection(schema, document, variables);
  const parts = selection.parts('e');
  if (!parts) throw new Error('The document needs no prefetch');
  return withPrefetch(
    eventsPageQuery(filter, order, first, null, selection.ship),
    ['e', 'sortKey'],
    pageOrder(eventList(filter, order)),
    parts,
  );
}

/** How a connection root (people, organizations, sources, events) ships its page's nodes for a document. */
export async function pageShipOf(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): Promise<ShipNode> {
  return (await rootSelection(schema, document, variables)).ship;
}
