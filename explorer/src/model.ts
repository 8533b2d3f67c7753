/** The shapes of the API's answers the explorer reads (the selections of queries/*.graphql). */

/** A quote and its source (fragment Quote). */
export interface Quote {
  quote: string;
  start: number | null;
  end: number | null;
  claim: string | null;
  supports: string | null;
  status: string | null;
  source: SourceRef;
}

/** A source as a quote or a claim names it. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  url?: string | null;
  publishedAt: string | null;
}

/** Any node as a link shows it (fragment Label); only the fields of its kind are present. */
export interface Labelled {
  __typename?: string;
  id: string;
  name?: string;
  title?: string;
  type?: string;
  date?: string | null;
  datePrecision?: string;
  dateText?: string | null;
  status?: string;
  publisher?: string | null;
}

/** An event in a list or on a timeline (fragment Dated). */
export interface DatedEvent {
  id: string;
  title: string;
  type: string;
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  status: string;
}

/** A node and a relationship of a neighborhood (fragment Around, query graph.graphql). */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  distance: number;
}
export interface GraphEdge {
  from: string;
  to: string;
  type: string;
  evidence?: Quote[];
}
export interface Subgraph {
  truncated: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A named node (id and name), as most links are selected. */
export interface Named {
  id: string;
  name: string;
}
