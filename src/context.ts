import { CatalogService } from './node/catalog.service';
import { EventService } from './event/event.service';
import { GraphExecutor } from './graph/executor';
import { Loaders } from './graph/loaders';
import { PersonService } from './person/person.service';

/** What every resolver gets for one request: the request's executor (counting round trips), loaders and services. */
export interface RequestContext {
  graph: GraphExecutor;
  loaders: Loaders;
  events: EventService;
  people: PersonService;
  catalog: CatalogService;
}

/** A fresh context for one request. */
export function createContext(graph: GraphExecutor): RequestContext {
  const requestGraph = graph.forRequest();
  return {
    graph: requestGraph,
    loaders: new Loaders(requestGraph),
    events: new EventService(requestGraph),
    people: new PersonService(requestGraph),
    catalog: new CatalogService(requestGraph),
  };
}
