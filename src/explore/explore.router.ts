import compression from 'compression';
import express, { Request, Response, Router } from 'express';
import helmet from 'helmet';
import { ID_PREFIX_OF_KIND } from '../graph/kinds';
import { ErrorCode } from '../http/errors';
import { ExplorerAssets } from './assets';
import { ExampleOperation } from './examples';
import { ASSETS_PATH, EXPLORE_PATH, escapeHtml, PageData, renderPage, searchFormHtml } from './page';

/** The kinds in explorer addresses (`/explore/<kind>/<id>`): the graph's id prefixes, so `event` for `event:...`. */
export const EXPLORE_KINDS: readonly string[] = Object.values(ID_PREFIX_OF_KIND);

/** An id as the graph makes them (`kind:slug`), for the kind in the address; anything else is malformed. */
export function isWellFormedId(kind: string, id: string): boolean {
  return EXPLORE_KINDS.includes(kind) && id.length <= 200 && id.startsWith(`${kind}:`) && /^[a-z]+:[A-Za-z0-9._-]+$/.test(id);
}

/** The error codes for which a page answers 503: the database is away or too slow, not the page wrong. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.QUERY_TIMEOUT]);

/** Why a page's node could not be looked up: the API's error message and code (SERVICE_UNAVAILABLE in an outage). */
export class LookupError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What a node's page needs to know before it is served: its name, or null when there is no such node. */
export type NodeLookup = (id: string) => Promise<{ label: string } | null>;

export interface ExploreRouterOptions {
  /** The built bundles; undefined when the explorer was not built (pages answer 503 and say how to build it). */
  assets: ExplorerAssets | undefined;
  examples: ExampleOperation[];
  /** Whether GraphiQL is served: it follows the introspection setting. */
  graphiql: boolean;
  lookup: NodeLookup;
}

/**
 * The explorer under /explore: the pages' HTML shells (their scripts render them from the public GraphQL API), the
 * hashed bundles (cached for a year), and the examples GraphiQL opens. Every answer carries a Content-Security-Policy
 * that allows scripts, styles, fonts, images, workers and requests from this origin only.
 */
export function exploreRouter(options: ExploreRouterOptions): Router {
  const router = Router();
  router.use(EXPLORE_PATH, helmet({ contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(false) } }));
  router.get('/', (_request, response) => response.redirect(302, EXPLORE_PATH));
  const { assets } = options;
  if (!assets) {
    router.use(EXPLORE_PATH, (_request, response) => {
      response.status(503).type('text/plain').send('The explorer is not built: run `npm run build` (npm start does).\n');
    });
    return router;
  }
  // Compressed on the way out (gzip or deflate, as the browser accepts): the bundles are text, GraphiQL's the largest.
  router.use(ASSETS_PATH, compression(), express.static(assets.dir, { immutable: true, maxAge: '365d', index: false, fallthrough: false }));

  const page = (response: Response, status: number, title: string, data: PageData, body = '', bundle = assets.main) => {
    response.status(status).type('html').setHeader('Cache-Control', 'no-cache');
    response.send(renderPage({ title, bundle, data: { graphiql: String(options.graphiql), ...data }, body }));
  };
  const notFound = (response: Response, what: string) =>
    page(
      response,
      404,
      'Not found · Diplomatic events explorer',
      { page: 'not-found', message: what },
      `<main><h1>Not found</h1><p>${escapeHtml(what)}</p>${searchFormHtml()}</main>`,
    );

  router.get(EXPLORE_PATH, (request: Request, response) => {
    const query = typeof request.query.q === 'string' ? request.query.q : '';
    page(response, 200, 'Diplomatic events explorer', { page: 'home' }, `<main><h1>Diplomatic events</h1>${searchFormHtml(query)}</main>`);
  });
  // GraphiQL's page alone: the same policy with inline styles, set over the one above (helmet's own middleware).
  const graphiqlPolicy = helmet.contentSecurityPolicy({ useDefaults: false, directives: contentSecurityPolicy(true) });
  router.get(`${EXPLORE_PATH}/graphiql`, ...(options.graphiql ? [graphiqlPolicy] : []), (_request: Request, response: Response) => {
    if (!options.graphiql) {
      notFound(response, 'GraphiQL is off because schema introspection is off here (INTROSPECTION=true turns both on).');
      return;
    }
    page(
      response,
      200,
      'GraphiQL · Diplomatic events explorer',
      { page: 'graphiql', workers: JSON.stringify(workerUrls(assets)) },
      '',
      assets.graphiql,
    );
  });
  router.get(`${EXPLORE_PATH}/graphiql/examples.json`, (_request, response) => {
    if (!options.graphiql) notFound(response, 'GraphiQL is off.');
    else response.json(options.examples);
  });
  router.get(`${EXPLORE_PATH}/:kind/:id`, async (request: Request<{ kind: string; id: string }>, response, next) => {
    const { kind, id } = request.params;
    if (!isWellFormedId(kind, id)) {
      notFound(
        response,
        `“${id}” is not a ${EXPLORE_KINDS.includes(kind) ? kind : 'node'} id: ids look like ${EXPLORE_KINDS.includes(kind) ? kind : 'event'}:some-name.`,
      );
      return;
    }
    try {
      const node = await options.lookup(id);
      if (!node) notFound(response, `There is no ${kind} with the id “${id}” in the graph.`);
      else page(response, 200, `${node.label} · Diplomatic events explorer`, { page: 'node', kind, id });
    } catch (error) {
      if (!(error instanceof LookupError)) {
        next(error);
        return;
      }
      const status = UNAVAILABLE_CODES.has(error.code) ? 503 : 500;
      page(
        response,
        status,
        'Unavailable · Diplomatic events explorer',
        { page: 'error', message: error.message },
        `<main><h1>Unavailable</h1><p>${escapeHtml(error.message)}</p></main>`,
      );
    }
  });
  router.use(EXPLORE_PATH, (request, response) => notFound(response, `There is no page at ${request.originalUrl}.`));
  return router;
}

/** Script URLs of Monaco's workers, for GraphiQL's page. */
function workerUrls(assets: ExplorerAssets): Record<string, string> {
  return Object.fromEntries(Object.entries(assets.workers).map(([name, file]) => [name, `${ASSETS_PATH}/${file}`]));
}

/**
 * Everything from this origin only, no inline script, no eval. GraphiQL's editor (Monaco) adds style elements at run
 * time, so its page allows inline styles (never inline scripts).
 */
function contentSecurityPolicy(inlineStyles: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}
