import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../graph/index.js';
import { InvalidArgumentError } from '../model/index.js';
import { createContext, type ApiContext } from './context.js';
import { formatError, httpErrorHandler } from './errors.js';
import { graphiqlCaching, graphiqlLandingPage } from './ide.js';
import { papergraphSchema } from './schema.js';
import { addViewerRoutes } from './viewer/viewer-routes.js';

export interface ServerOptions {
  readonly store: GraphStore;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** Serve the GraphiQL IDE to browsers at /graphql (default true). */
  readonly ide?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Starts the HTTP server: GraphQL (and the IDE) at /graphql, the viewer at /explore, exports at /export/<format>, health at /healthz. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const http: Server = createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await papergraphSchema(),
    formatError,
    // Clients get a message and a code; stack traces stay in the server's own logs.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The CLI owns shutdown; Apollo's own handlers (on outside NODE_ENV=test) would re-raise SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // No cache hints are set; the plugin would still wrap every field resolver (5% of CPU on large results).
      ApolloServerPluginCacheControlDisabled(),
      options.ide === false ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(GRAPHQL_PATH),
    ],
  });
  await apollo.start();
  // gzip: the GraphiQL page is 9 MB of inlined assets (about 2.5 MB compressed), the explorer bundle 600 kB.
  app.use(compression());
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, store: options.store.kind });
  });
  app.get('/', (_req, res) => {
    res.redirect(options.ide === false ? '/explore' : GRAPHQL_PATH);
  });
  addViewerRoutes(app, options.store);
  if (options.ide !== false) app.use(GRAPHQL_PATH, graphiqlCaching(GRAPHQL_PATH));
  app.use(GRAPHQL_PATH, express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(options.store) }));
  app.use(httpErrorHandler);
  const host = options.host ?? '127.0.0.1';
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
    stop: () => apollo.stop(),
  };
}
