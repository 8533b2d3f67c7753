import { Access } from './auth/access';
import { CatalogService } from './node/catalog.service';
import { EventService } from './event/event.service';
import { GraphExecutor } from './graph/executor';
import { IngestService } from './ingest/ingest.service';
import { Loaders } from './graph/loaders';
import { PersonService } from './person/person.service';
import { Prefetcher } from './prefetch/prefetcher';
import { GraphViewService } from './graph-view/graph-view.service';
import { RelatedService } from './related/related.service';
import { SearchService } from './search/search.service';

/** What every resolver gets for one request: the request's executor (counting round trips), loaders and services. */
export interface RequestContext {
  access: Access;
  graph: GraphExecutor;
  loaders: Loaders;
  /** Fetches a root's whole selection in one query and primes the loaders with it. */
  prefetch: Prefetcher;
  events: EventService;
  people: PersonService;
  catalog: CatalogService;
  search: SearchService;
  related: RelatedService;
  graphView: GraphViewService;
  ingest: IngestService;
}

/** A fresh context for one request. */
export function createContext(graph: GraphExecutor, access: Access): RequestContext {
  const requestGraph = graph.forRequest();
  const loaders = new Loaders(requestGraph);
  return {
    access,
    graph: requestGraph,
    loaders,
    prefetch: new Prefetcher(requestGraph, loaders),
    events: new EventService(requestGraph),
    people: new PersonService(requestGraph),
    catalog: new CatalogService(requestGraph),
    search: new SearchService(requestGraph),
    related: new RelatedService(requestGraph),
    graphView: new GraphViewService(requestGraph, loaders),
    ingest: new IngestService(requestGraph),
  };
}
