import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { GraphStore } from '../graph/index.js';
import { InvalidArgumentError } from '../model/index.js';
import { authOf, type ApiKeyOptions } from './auth/api-key.js';
import { readGuard } from './auth/read-guard.js';
import { createContext, type ApiContext } from './context.js';
import { createFormatError, createHttpErrorHandler } from './errors.js';
import { compressWhenAccepted } from './http/compress-when-accepted.js';
import { corsPolicy } from './http/cors-policy.js';
import { addHealthRoutes, type Readiness } from './http/health-routes.js';
import { allowedHosts, hostCheck } from './http/host-check.js';
import { graphqlRoute } from './http/graphql-route.js';
import { requestLog, traceErrorsPlugin, traceOf, type RequestTrace } from './http/request-log.js';
import { unknownRoute } from './http/unknown-route.js';
import { graphiqlCaching, graphiqlLandingPage } from './ide.js';
import { getQueryRefusal, otherMethodRefusal } from './http/get-query-refusal.js';
import { jitGateway } from './jit-executor.js';
import { DEFAULT_API_LIMITS, type ApiLimits } from './limits/api-limits.js';
import { queryCostPlugin } from './limits/query-cost.js';
import { StoreGuard } from './limits/store-guard.js';
import { limitRules } from './limits/validation-rules.js';
import { papergraphSchema } from './schema.js';
import { addViewerRoutes } from './viewer/viewer-routes.js';

export interface ServerOptions {
  readonly store: GraphStore;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** Serve the GraphiQL IDE to browsers at /graphql (default true). */
  readonly ide?: boolean;
  /** The API key that allows writes (and, optionally, is needed for reads); without it writes are off. */
  readonly auth?: ApiKeyOptions;
  /** Answer introspection queries (default: as `ide`, which needs them). */
  readonly introspection?: boolean;
  /** Query, time and concurrency limits (README "Operating papergraph"); unset fields keep their defaults. */
  readonly limits?: Partial<ApiLimits>;
  /** Host header values to answer to, besides the loopback names; `*` for any (see http/host-check.ts). */
  readonly allowedHosts?: readonly string[];
  /** Origins allowed to call the API from a browser; default any (`*`), without credentials. */
  readonly corsOrigins?: readonly string[];
  /** Structured log (one line per request, errors with their cause); default silent. */
  readonly logger?: Logger;
  /** How long shutdown waits for in-flight requests before closing their connections (default 10 s). */
  readonly shutdownGraceMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets in-flight ones finish (up to the grace period), then closes. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
const BODY_LIMIT = '1mb';
const KEEP_ALIVE_MS = 30_000;

/** Starts the HTTP server: GraphQL (and the IDE) at /graphql, the viewer at /explore, exports at /export/<format>, health at /healthz and /readyz. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits: ApiLimits = { ...DEFAULT_API_LIMITS, ...options.limits };
  const logger = options.logger ?? pino({ level: 'silent' });
  const host = options.host ?? '127.0.0.1';
  const ide = options.ide !== false;
  const guard = new StoreGuard(options.store, limits);
  const readiness: Readiness = { draining: false };
  const app = express();
  app.disable('x-powered-by');
  let route: (req: IncomingMessage, res: ServerResponse) => boolean = () => false;
  const http: Server = createServer((req, res) => {
    if (!route(req, res)) app(req, res);
  });
  // Node closes a keep-alive connection idle for 5 s (plus 1 s of slack), and one whose next request arrived
  // during a longer stall (an 8 s full garbage collection of the 121k in-process store at load 15) is
  // closed unread: the client saw a reset, not a slow answer.
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(await papergraphSchema()),
    formatError: createFormatError(logger, limits.maxTokens),
    // Clients get a message and a code; stack traces stay in the server's own logs.
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? ide,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    // The CLI owns shutdown; Apollo's own handlers (on outside NODE_ENV=test) would re-raise SIGTERM.
    stopOnTerminationSignals: false,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
      // No cache hints are set; the plugin would still wrap every field resolver (5% of CPU on large results).
      ApolloServerPluginCacheControlDisabled(),
      ide ? graphiqlLandingPage(GRAPHQL_PATH) : ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(limits),
      traceErrorsPlugin(),
    ],
  });
  await apollo.start();
  // gzip: the GraphiQL page is 9 MB of inlined assets (about 2.5 MB compressed), the explorer bundle 600 kB.
  const compress = compression();
  const hosts = allowedHosts(host, options.allowedHosts);
  const cors = corsPolicy(options.corsOrigins);
  const json = express.json({ limit: BODY_LIMIT });
  const contextOf = (req: IncomingMessage, trace: RequestTrace) =>
    Promise.resolve(createContext(guard.forRequest(), authOf(req.headers.authorization, options.auth), trace));
  app.use(compress);
  app.use(requestLog(logger));
  app.use(hostCheck(hosts));
  app.use(cors);
  addHealthRoutes(app, options.store, readiness);
  app.get('/', (_req, res) => {
    res.redirect(ide ? GRAPHQL_PATH : '/explore');
  });
  app.use(readGuard(options.auth ?? {}, GRAPHQL_PATH));
  addViewerRoutes(app, guard.shared(), limits.exportMaxNodes);
  if (ide) app.use(GRAPHQL_PATH, graphiqlCaching(GRAPHQL_PATH));
  // Its own app so that answers get no ETag: Express would hash every response body for a header
  // that no client revalidates a POST with (the IDE page and the explorer keep theirs).
  const graphql = express();
  graphql.set('etag', false);
  graphql.disable('x-powered-by');
  graphql.get('/', getQueryRefusal(ide));
  graphql.use(otherMethodRefusal(ide));
  graphql.use(json, expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, traceOf(res)) }));
  app.use(GRAPHQL_PATH, graphql);
  app.use(unknownRoute(GRAPHQL_PATH));
  app.use(createHttpErrorHandler(logger, GRAPHQL_PATH));
  route = graphqlRoute({
    apollo,
    path: GRAPHQL_PATH,
    logger,
    allowedHosts: hosts,
    auth: options.auth ?? {},
    middleware: [compressWhenAccepted(compress), cors, json],
    context: contextOf,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port, host, resolve);
    });
  } catch (error) {
    await apollo.stop();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new InvalidArgumentError(`port ${options.port} on ${host} is in use; stop the other server or choose another with --port`);
    if (code === 'EACCES')
      throw new InvalidArgumentError(`no permission to listen on port ${options.port}; choose a port above 1023 with --port`);
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${GRAPHQL_PATH}`,
    port,
    stop: async () => {
      readiness.draining = true;
      await apollo.stop();
    },
  };
}
