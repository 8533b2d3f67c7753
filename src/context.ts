import { CatalogService } from './node/catalog.service';
import { EventService } from './event/event.service';
import { GraphExecutor } from './graph/executor';
import { Loaders } from './graph/loaders';
import { PersonService } from './person/person.service';
import { GraphViewService } from './graph-view/graph-view.service';
import { RelatedService } from './related/related.service';
import { SearchService } from './search/search.service';

/** What every resolver gets for one request: the request's executor (counting round trips), loaders and services. */
export interface RequestContext {
  graph: GraphExecutor;
  loaders: Loaders;
  events: EventService;
  people: PersonService;
  catalog: CatalogService;
  search: SearchService;
  related: RelatedService;
  graphView: GraphViewService;
}

/** A fresh context for one request. */
export function createContext(graph: GraphExecutor): RequestContext {
  const requestGraph = graph.forRequest();
  const loaders = new Loaders(requestGraph);
  return {
    graph: requestGraph,
    loaders,
    events: new EventService(requestGraph),
    people: new PersonService(requestGraph),
    catalog: new CatalogService(requestGraph),
    search: new SearchService(requestGraph),
    related: new RelatedService(requestGraph),
    graphView: new GraphViewService(requestGraph, loaders),
  };
}
