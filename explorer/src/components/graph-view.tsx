import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../api';
import { capitalized, pageUrl } from '../format';
import type { Subgraph } from '../model';
import graphQuery from '../queries/graph.graphql';

/** A colour per kind of node (on a white background; labels are drawn in dark text beside them). */
export const KIND_COLOURS: Record<string, string> = {
  EVENT: '#c2410c',
  PERSON: '#1d4ed8',
  COUNTRY: '#15803d',
  ORGANIZATION: '#7e22ce',
  PLACE: '#a16207',
  TOPIC: '#0e7490',
  SOURCE: '#475569',
};

/** What the graph view exposes for tests and for the curious: cytoscape's instance (window.explorerGraph). */
declare global {
  interface Window {
    explorerGraph?: import('cytoscape').Core;
  }
}

/**
 * Cytoscape adds a <style> element (position: relative for its containers) unless an element with its id is there;
 * the Content-Security-Policy refuses inline styles, so a marker stands in and style.css has the rule.
 */
function preventCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

/**
 * The node's neighborhood drawn with cytoscape (loaded only on pages that show a graph): rings by distance around the
 * node, kinds coloured, a click (or Enter on the list below) opens a node's page; depth 1 or 2, at most 200 nodes,
 * and says when the neighborhood was cut.
 */
export function GraphView({ id }: { id: string }) {
  const [depth, setDepth] = useState(1);
  const [graph, setGraph] = useState<Subgraph & { depth: number }>();
  const [error, setError] = useState<string>();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setError(undefined);
    graphql<{ neighborhood: Subgraph }>(graphQuery, { id, depth }).then(
      (data) => setGraph({ ...data.neighborhood, depth }),
      (failure: Error) => setError(failure.message),
    );
  }, [id, depth]);
  useEffect(() => {
    if (!graph || !container.current) return;
    let destroyed = false;
    let instance: import('cytoscape').Core | undefined;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !container.current) return;
      preventCytoscapeStylesheet();
      const started = performance.now();
      instance = cytoscape({
        container: container.current,
        elements: [
          ...graph.nodes.map((node) => ({ data: { id: node.id, label: node.label, kind: node.kind, distance: node.distance } })),
          ...graph.edges.map((edge, index) => ({ data: { id: `e${index}`, source: edge.from, target: edge.to, type: edge.type } })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': (node: import('cytoscape').NodeSingular) => KIND_COLOURS[node.data('kind') as string] ?? '#334155',
              label: 'data(label)',
              'font-size': 10,
              color: '#111827',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-wrap': 'ellipsis',
              'text-max-width': '140px',
              // Labels on a white ground stay readable where they cross edges; too small to read when zoomed out, hidden.
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '1px',
              'min-zoomed-font-size': 7,
              width: 14,
              height: 14,
            },
          },
          {
            selector: `node[id = "${id.replace(/"/g, '')}"]`,
            style: { width: 24, height: 24, 'border-width': 3, 'border-color': '#111827' },
          },
          {
            selector: 'edge',
            style: {
              width: 1,
              'line-color': '#94a3b8',
              'curve-style': 'straight',
              'target-arrow-shape': 'triangle',
              'target-arrow-color': '#94a3b8',
              'arrow-scale': 0.6,
            },
          },
        ],
        layout: {
          name: 'concentric',
          concentric: (node: import('cytoscape').NodeSingular) => 3 - (node.data('distance') as number),
          levelWidth: () => 1,
          minNodeSpacing: 24,
          animate: false,
        },
      });
      instance.on('tap', 'node', (event) => {
        window.location.assign(pageUrl((event.target as import('cytoscape').NodeSingular).id()));
      });
      window.explorerGraph = instance;
      // Drawn: cytoscape paints on the next animation frame; the one after it comes once that paint is done.
      const drawn = instance;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (destroyed || !container.current) return;
          container.current.dataset.drawMs = String(Math.round(performance.now() - started));
          container.current.dataset.nodes = String(drawn.nodes().length);
          container.current.dataset.depth = String(graph.depth);
        }),
      );
    });
    return () => {
      destroyed = true;
      instance?.destroy();
    };
  }, [graph, id]);
  const kinds = graph ? [...new Set(graph.nodes.map((node) => node.kind))].sort() : [];
  return (
    <section class="graph-view" aria-labelledby="graph-heading">
      <h2 id="graph-heading">Graph</h2>
      <div class="graph-controls">
        <label>
          Depth{' '}
          <select value={depth} onChange={(event) => setDepth(Number((event.target as HTMLSelectElement).value))}>
            <option value={1}>1 hop</option>
            <option value={2}>2 hops</option>
          </select>
        </label>
        {graph ? (
          <span class="graph-count">
            {graph.nodes.length} nodes, {graph.edges.length} relationships
            {graph.truncated ? <strong class="truncated"> · truncated: more than 200 nodes, the nearest are shown</strong> : null}
          </span>
        ) : null}
        <ul class="legend" aria-label="Colours by kind">
          {kinds.map((kind) => (
            <li key={kind}>
              <span class="swatch" style={{ backgroundColor: KIND_COLOURS[kind] }} /> {capitalized(kind)}
            </li>
          ))}
        </ul>
      </div>
      {error ? <p class="error">{error}</p> : null}
      <div
        id="graph"
        class="graph-canvas"
        ref={container}
        role="img"
        aria-label={graph ? `Graph of ${graph.nodes.length} nodes around this node` : 'Graph loading'}
      />
      {graph ? (
        <details class="graph-list">
          <summary>The graph's nodes as a list</summary>
          <ul>
            {graph.nodes.map((node) => (
              <li key={node.id}>
                <a href={pageUrl(node.id)}>{node.label}</a> ({capitalized(node.kind)}, {node.distance} hop{node.distance === 1 ? '' : 's'})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
