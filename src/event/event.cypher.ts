import { EventOrder } from '../common/enums';
import { countQuery, PagedList, pageOrder, pageQuery } from '../common/page-reader';
import { Cursor } from '../common/paging';
import { CypherQuery } from '../graph/cypher';
import { ShipNode, shipNode } from '../graph/shipped-node';
import { EventFilter } from './event-filter.input';

/** The sort key of an undated event: after every date in the ordering's direction ('' sorts first, '~' after digits). */
function undatedKey(order: EventOrder): string {
  return order === EventOrder.DATE_DESC ? '' : '~';
}

/** The sort key of an event for an ordering: its date as text, with undated events last either way. */
export function eventSortKey(order: EventOrder): string {
  return `coalesce(toString(e.date), '${undatedKey(order)}')`;
}

/** The match of a list without anchor nodes: every event (the type, date and other conditions filter it). */
export const EVERY_EVENT = 'MATCH (e:Event)';

/** The list filters that can start a match from their own nodes (by id, through the unique index), most selective first. */
const ANCHORS: Array<{ name: 'participantIds' | 'placeIds' | 'topicIds' | 'countryIds'; match: string; exists: string }> = [
  {
    name: 'participantIds',
    match: 'MATCH (anchor:Entity) WHERE anchor.id IN $participantIds MATCH (anchor)-[:PARTICIPATED_IN]->(e:Event)',
    exists: 'EXISTS { (e)<-[:PARTICIPATED_IN]-(p:Entity) WHERE p.id IN $participantIds }',
  },
  {
    name: 'placeIds',
    match: 'MATCH (anchor:Place) WHERE anchor.id IN $placeIds MATCH (anchor)<-[:HELD_IN]-(e:Event)',
    exists: 'EXISTS { (e)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds }',
  },
  {
    name: 'topicIds',
    match: 'MATCH (anchor:Topic) WHERE anchor.id IN $topicIds MATCH (anchor)<-[:ADDRESSES]-(e:Event)',
    exists: 'EXISTS { (e)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $topicIds }',
  },
  {
    name: 'countryIds',
    match: 'MATCH (anchor:Country) WHERE anchor.id IN $countryIds MATCH (anchor)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(e:Event)',
    exists: 'EXISTS { (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country) WHERE c.id IN $countryIds }',
  },
];

/**
 * How to find the events of a filter: a MATCH that yields each matching event `e` once, the conditions on it, and
 * the parameters (every value a parameter). With a list of participants, places, topics or countries, the match
 * starts from those nodes and expands to their events, so it never scans every event; the other lists become
 * existence checks. Without one, it starts from the events (using the type and date indexes where given).
 */
export function eventMatch(filter: EventFilter | undefined): { match: string; where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = EVERY_EVENT;
  const present = (name: keyof EventFilter) => {
    const values = filter?.[name] as unknown[] | undefined;
    return values && values.length > 0 ? values : undefined;
  };
  const anchor = ANCHORS.find(({ name }) => present(name));
  for (const { name, exists } of ANCHORS) {
    const values = present(name);
    if (!values) continue;
    params[name] = values;
    if (name !== anchor?.name) where.push(exists);
  }
  if (anchor) match = `${anchor.match}\nWITH DISTINCT e`;
  if (!filter) return { match, where, params };
  const types = present('types');
  if (types) {
    params.types = types;
    where.push('e.type IN $types');
  }
  if (filter.from) {
    params.from = filter.from;
    where.push('e.date >= date($from)');
  }
  if (filter.to) {
    params.to = filter.to;
    where.push('e.date <= date($to)');
  }
  if (filter.status) {
    params.status = filter.status;
    where.push('e.status = $status');
  }
  if (filter.text) {
    params.text = filter.text.toLowerCase();
    where.push("(toLower(e.title) CONTAINS $text OR toLower(coalesce(e.summary, '')) CONTAINS $text)");
  }
  return { match, where, params };
}

/**
 * Events as a paged list, in the order asked: by date (undated last either way), then id. Unless the match starts
 * from anchor nodes (whose events are few enough to sort), a page walks the date index (PagedList.indexedDate).
 */
export function eventList(filter: EventFilter | undefined, order: EventOrder): PagedList {
  const found = eventMatch(filter);
  return {
    variable: 'e',
    ...found,
    sortKey: eventSortKey(order),
    descending: order === EventOrder.DATE_DESC,
    order,
    indexedDate: found.match === EVERY_EVENT ? { property: 'date', undatedKey: undatedKey(order) } : undefined,
  };
}

/** The order of a page of events, over the columns `sortKey` and `e` that eventsPageQuery returns. */
export function eventsPageOrder(order: EventOrder): string {
  return pageOrder(eventList(undefined, order));
}

/**
 * One page of events after a cursor, fetching one extra row to tell whether more follow. `ship` says how each event
 * leaves Neo4j (by default every property but internal ones; a request ships only what it reads).
 */
export function eventsPageQuery(
  filter: EventFilter | undefined,
  order: EventOrder,
  limit: number,
  after: Cursor | null,
  ship: ShipNode = shipNode,
): CypherQuery {
  return pageQuery(eventList(filter, order), limit, after, ship);
}

/** How many events match a filter. */
export function eventsCountQuery(filter: EventFilter | undefined): CypherQuery {
  return countQuery(eventList(filter, EventOrder.DATE_ASC));
}
