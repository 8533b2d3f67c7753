import { ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items come before this page (true when `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** A page of items in Relay connection form; `totalCount` is resolved only when asked for. */
export interface ConnectionPage<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  /** Counts every item matching the filter, ignoring paging. */
  totalCount: () => Promise<number>;
}

/** A totalCount that counts at most once however often it is asked (the first call starts the count). */
export function countOnce(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count());
}

/** Makes the Edge and Connection types of one node type (`EventConnection`, `EventEdge`). */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;

    @Field({ description: 'Opaque cursor of this item; stays valid as the graph grows.' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay connection, keyset cursors).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount(): Promise<number> {
      return (this as unknown as ConnectionPage<T>).totalCount();
    }
  }
  return ConnectionType;
}
