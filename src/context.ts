import { Access } from './auth/access';
import { EventService } from './event/event.service';
import { ExtractService } from './extract/extract.service';
import { GraphExecutor } from './graph/executor';
import { Loaders } from './graph/loaders';
import { GraphViewService } from './graph-view/graph-view.service';
import { IngestService } from './ingest/ingest.service';
import { NodeService } from './node/node.service';
import { PersonService } from './person/person.service';
import { Prefetcher } from './prefetch/prefetcher';
import { RelatedService } from './related/related.service';
import { SearchService } from './search/search.service';
import { StatsService } from './stats/stats.service';

/** What every resolver gets for one request: who is asking, the request's executor (counting round trips) and services. */
export interface RequestContext {
  access: Access;
  graph: GraphExecutor;
  /** The request's batching and what its prefetches brought: services read through them. */
  loaders: Loaders;
  nodes: NodeService;
  events: EventService;
  stats: StatsService;
  people: PersonService;
  search: SearchService;
  related: RelatedService;
  graphView: GraphViewService;
  ingest: IngestService;
  extract: ExtractService;
}

export interface ContextOptions {
  /** Fetch each root's selection in one statement (default). Off: every field loads through the batched loaders. */
  prefetch?: boolean;
}

/** A fresh context for one request. */
export function createContext(graph: GraphExecutor, access: Access, options: ContextOptions = {}): RequestContext {
  const requestGraph = graph.forRequest();
  const loaders = new Loaders(requestGraph);
  const prefetcher = new Prefetcher(requestGraph, loaders, options.prefetch ?? true);
  const ingest = new IngestService(requestGraph);
  return {
    access,
    graph: requestGraph,
    loaders,
    nodes: new NodeService(requestGraph, loaders, prefetcher),
    events: new EventService(requestGraph, prefetcher),
    stats: new StatsService(requestGraph),
    people: new PersonService(requestGraph, prefetcher),
    search: new SearchService(requestGraph),
    related: new RelatedService(requestGraph),
    graphView: new GraphViewService(requestGraph, loaders),
    ingest,
    extract: new ExtractService(ingest),
  };
}
