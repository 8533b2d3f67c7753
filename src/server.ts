import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express from 'express';
import { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { Driver } from 'neo4j-driver';
import { Config, STUDIO_ORIGIN } from './config';
import { accessOf, unauthenticated } from './auth/access';
import { createContext, RequestContext } from './context';
import { ErrorCode } from './graph/errors';
import { GraphExecutor } from './graph/executor';
import { ReadinessReport } from './health/readiness';
import { SANDBOX_EXAMPLE } from './sandbox-example';

export interface ServerDeps {
  config: Pick<Config, 'production' | 'introspection' | 'corsOrigins' | 'queryStats' | 'apiKeyDigests' | 'readRequiresAuth' | 'shutdownGraceMs'>;
  schema: GraphQLSchema;
  driver: Driver;
  graph: GraphExecutor;
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

/** The API: Apollo Server 5 on Express, with health routes, CORS, Sandbox and error masking; no listen until asked. */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: deps.schema,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deps.config.production,
    formatError: (formatted, error) => formatError(formatted, error, deps.config.production),
    // Signals are handled by src/lifecycle/shutdown.ts (Apollo's own handler would re-raise the signal: exit 143).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.config.shutdownGraceMs }),
      deps.config.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: { endpointIsEditable: false, initialState: { pollForSchemaUpdates: false } },
            document: SANDBOX_EXAMPLE,
            footer: false,
          }),
      ...(deps.config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const report = await deps.readiness.check();
    if (report.ready) response.json({ status: 'ready' });
    else response.status(503).json({ status: 'unavailable', reason: report.reason });
  });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: [STUDIO_ORIGIN, ...deps.config.corsOrigins] }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const access = accessOf(req.headers.authorization, deps.config.apiKeyDigests);
        if (deps.config.readRequiresAuth && !access.authenticated) throw unauthenticated(access);
        return createContext(deps.graph, access);
      },
    }),
  );

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

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Client errors go out as they are (validation errors of type-graphql gain the `field` they name); anything else is
 * an internal error: logged, and returned as INTERNAL_SERVER_ERROR without its message in production.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.field) {
    const validation = (formatted.extensions?.validationErrors as Array<{ property: string }> | undefined)?.[0];
    const field = validation?.property ?? fieldOfMessage(formatted.message);
    return { ...formatted, extensions: { ...formatted.extensions, ...(field ? { field } : {}) } };
  }
  if (CLIENT_CODES.has(code)) return formatted;
  console.error('Internal error:', (error as { originalError?: unknown })?.originalError ?? error);
  return {
    message: production ? 'Internal server error' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * The input field a graphql-js coercion message names: `Variable "$input" got invalid value "x" at
 * "input.events[2].date"` names `events[2].date` of argument `input`; otherwise the variable or argument.
 */
export function fieldOfMessage(message: string): string | undefined {
  const at = /at "(?:[A-Za-z_]\w*)\.([^"]+)"/.exec(message);
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (at) return missing ? `${at[1]}.${missing[1]}` : at[1];
  if (missing && /got invalid value/.test(message)) return missing[1];
  return /argument "([^"]+)"|\$(\w+)/.exec(message)?.slice(1).find(Boolean);
}
