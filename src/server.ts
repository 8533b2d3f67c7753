import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { Driver } from 'neo4j-driver';
import { Config, STUDIO_ORIGIN } from './config';
import { accessOf, unauthenticated } from './auth/access';
import { createContext, RequestContext } from './context';
import { GraphExecutor } from './graph/executor';
import { createErrorFormatter } from './http/format-error';
import { ReadinessReport } from './health/readiness';
import { httpErrorHandler } from './http/http-errors';
import { documentLimits } from './http/document-limits';
import { REQUEST_ID_HEADER } from './http/request-id';
import { runInRequest } from './http/request-scope';
import { createLogger, Logger } from './logging/logger';
import { requestLog, requestLogPlugin, requestRecordOf } from './logging/request-log';
import { SANDBOX_EXAMPLE } from './sandbox-example';
import { readExplorerAssets } from './explore/assets';
import { readExamples } from './explore/examples';
import { exploreRouter, LookupError, NodeLookup } from './explore/explore.router';
import { queryLimitOptions } from './security/query-limits';

export interface ServerDeps {
  config: Pick<
    Config,
    | 'production'
    | 'introspection'
    | 'corsOrigins'
    | 'queryStats'
    | 'apiKeyDigests'
    | 'readRequiresAuth'
    | 'queryLimits'
    | 'logLevel'
    | 'shutdownGraceMs'
  >;
  schema: GraphQLSchema;
  driver: Driver;
  graph: GraphExecutor;
  /** The JSON log (request lines, internal errors); default: pino on stdout at `config.logLevel`. */
  logger?: Logger;
  /** Answers GET /ready: Neo4j reachable, schema online, not shutting down. */
  readiness: { check(): Promise<ReadinessReport> };
}

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Listens on `port` (0: any free port) and returns the URL of the GraphQL endpoint. */
  listen(port: number): Promise<string>;
  stop(): Promise<void>;
}

/** Largest request body: an article of 200,000 characters with its extraction fits. */
const BODY_LIMIT = '1mb';

/**
 * The API: Apollo Server 5 on Express, with health routes, CORS, Sandbox, query limits, a request id and a log line
 * per request, and error masking; no listen until asked.
 */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const logger = deps.logger ?? createLogger({ level: deps.config.logLevel });
  const app = express();
  // GraphQL answers are POSTed and never revalidated: hashing every body for an ETag would be CPU spent for nothing.
  app.set('etag', false);
  // No `X-Powered-By: Express` on every answer: bytes for nothing, and it names the framework to whoever probes.
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Idle keep-alive connections stay open longer than clients and load balancers keep theirs (60 s is common), so a
  // client never sends a request on a connection the server is closing (ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const limits = queryLimitOptions(deps.config.queryLimits, deps.schema);
  const apollo = new ApolloServer<RequestContext>({
    schema: deps.schema,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deps.config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    formatError: createErrorFormatter({ production: deps.config.production, logger }),
    logger: logger.child({ component: 'apollo' }),
    // Signals are handled by src/lifecycle/shutdown.ts (Apollo's own handler would re-raise the signal: exit 143).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.config.shutdownGraceMs }),
      // No HTTP cache hints are served; without this plugin Apollo does not wrap every field's resolver to track them.
      ApolloServerPluginCacheControlDisabled(),
      deps.config.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: { endpointIsEditable: false, initialState: { pollForSchemaUpdates: false } },
            document: SANDBOX_EXAMPLE,
            footer: false,
          }),
      ...(limits.plugins as ApolloServerPlugin<RequestContext>[]),
      requestLogPlugin(),
      ...(deps.config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(requestLog(logger));
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const report = await deps.readiness.check();
    if (report.ready) response.json({ status: 'ready' });
    else response.status(503).json({ status: 'unavailable', reason: report.reason });
  });
  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) => {
      const access = accessOf(req.headers.authorization, deps.config.apiKeyDigests);
      if (deps.config.readRequiresAuth && !access.authenticated) throw unauthenticated(access);
      return createContext(deps.graph, access);
    },
  });
  app.use(
    exploreRouter({
      assets: readExplorerAssets(),
      examples: readExamples(),
      graphiql: deps.config.introspection,
      lookup: nodeLookup(apollo, deps.graph, deps.config.readRequiresAuth),
    }),
  );
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: [STUDIO_ORIGIN, ...deps.config.corsOrigins], exposedHeaders: [REQUEST_ID_HEADER] }),
    express.json({ limit: BODY_LIMIT }),
    documentLimits(deps.config.queryLimits),
    (req, res, next) => {
      const record = requestRecordOf(res);
      return record ? runInRequest(record, () => graphql(req, res, next)) : graphql(req, res, next);
    },
  );
  app.use(httpErrorHandler(logger, BODY_LIMIT));

  return {
    httpServer,
    apollo,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve(`http://localhost:${actual}/graphql`);
        });
      }),
    stop: () => apollo.stop(),
  };
}

/** The operation an explorer page's address is checked with (the node exists) and titled by, through the API. */
const EXPLORE_PAGE_NODE = `query ExplorePageNode($id: ID!) {
  node(id: $id) { id ... on Event { title } ... on Source { title } ... on Person { name } ... on Country { name }
    ... on Organization { name } ... on Place { name } ... on Topic { name } }
}`;

/**
 * Looks a node up for an explorer page, as an anonymous client of the public API would. When reads need an API key
 * (READ_REQUIRES_AUTH) the page is served unchecked, so that an address tells nothing without a key; its script asks
 * with the key the analyst gave the explorer, or says that one is needed.
 */
function nodeLookup(apollo: ApolloServer<RequestContext>, graph: GraphExecutor, readRequiresAuth: boolean): NodeLookup {
  return async (id) => {
    if (readRequiresAuth) return { label: id };
    const response = await apollo.executeOperation(
      { query: EXPLORE_PAGE_NODE, variables: { id } },
      { contextValue: createContext(graph, accessOf(undefined, [])) },
    );
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental answer');
    const { data, errors } = response.body.singleResult;
    if (errors?.length)
      throw new LookupError(
        errors.map((e) => e.message).join('; '),
        typeof errors[0].extensions?.code === 'string' ? errors[0].extensions.code : '',
      );
    const node = (data as { node: { id: string; title?: string; name?: string } | null }).node;
    return node && { label: node.title ?? node.name ?? node.id };
  };
}

/** Adds `extensions.cypherRoundTrips`: how many Cypher statements the request cost. */
function queryStatsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cypherRoundTrips: contextValue.graph.roundTrips,
            };
          }
        },
      };
    },
  };
}
