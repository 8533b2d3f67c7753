import { execute, GraphQLResolveInfo, GraphQLSchema, parse } from 'graphql';
import { CypherQuery } from '../../src/graph/cypher';
import { Prefetcher } from '../../src/prefetch/prefetcher';

/**
 * The prefetch statement the API sends for a document whose root field is a node lookup (`event(id:)`) or a
 * connection (`events`): the document is executed with a context that records the root resolver's `info` instead of
 * querying, and the statement is built from it for `ids` as the Prefetcher would.
 */
export async function prefetchStatementOf(
  schema: GraphQLSchema,
  document: string,
  variables: Record<string, unknown>,
  ids: string[],
): Promise<CypherQuery> {
  let captured: { info: GraphQLResolveInfo; path: string[] } | undefined;
  const prefetch = {
    node: async (_id: string, info: GraphQLResolveInfo) => ((captured = { info, path: [] }), null),
    page: async (_pending: unknown, info: GraphQLResolveInfo) => (
      (captured = { info, path: ['edges', 'node'] }),
      { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: async () => 0 }
    ),
  };
  const never = () => new Promise(() => undefined);
  const contextValue = { prefetch, events: { events: never }, people: { people: never }, catalog: { organizations: never, sources: never } };
  await execute({ schema, document: parse(document), variableValues: variables, contextValue });
  if (!captured) throw new Error('The document has no prefetching root field');
  const statement = Prefetcher.statement(ids, captured.info, captured.path);
  if (!statement) throw new Error('The document needs no prefetch');
  return statement;
}
