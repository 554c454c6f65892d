import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createContext, type AppServices } from '../context';
import type { RequestContext } from '../modules/common/request-context';
import { makeFormatError } from '../errors';
import { corsPolicy } from './cors';
import { readCredentials } from './access';
import { csrfGuard } from './csrf';
import { refuseWhileDraining } from './draining';
import { notFoundHandler, problemHandler } from './http-errors';
import { answerClientErrorsInJson } from './client-errors';
import { databaseErrorsPlugin } from './database-errors';
import { hostGuard } from './host-guard';
import { queryLimitsPlugin } from './query-limits';
import { tokenGuard } from './token-guard';
import { requestLang } from './request-lang';
import { responseCache } from './response-cache';
import { playgroundHtml, playgroundRouter, wantsPlayground } from './playground';
import { createSchema } from '../schema';
import { exportRoutes } from './export.routes';
import type { HttpRoute } from './http-route';
import { importRoutes } from './import.routes';
import { reportRoutes } from './report.routes';
import { templateRoutes } from './template.routes';
import { pageRoutes } from './pages';
import { answerCachePlugin } from './answer-plugin';
import { flatListPlugin } from './flat-list';
import { uploadDeadline } from './upload-deadline';
import { graphqlUploads } from './graphql-uploads';
import { localizeErrorsPlugin } from './localize-errors';
import { httpMetrics } from './metrics';
import { requestLog } from './request-log';

/** The routes beside /graphql: exports for BI tools, uploads, reports, blank templates, pages. */
const HTTP_ROUTES: HttpRoute[] = [
  exportRoutes,
  importRoutes,
  templateRoutes,
  reportRoutes,
  pageRoutes,
];

export interface App {
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
}

/** The HTTP app shared by `main` and the tests: GraphQL, playground, REST routes, health. */
export async function createApp(services: AppServices): Promise<App> {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  // one log line and one timing per request, refused ones too; /metrics admits its own scrapers
  const metrics = httpMetrics(services);
  app.use(requestLog(services.log), metrics.observe).get('/metrics', metrics.scrape);
  // a rebound Host is refused before anything else looks at the request
  app.use(hostGuard(config.allowedHosts));
  app.use(corsPolicy(config.corsOrigins), refuseWhileDraining(services));
  const server = http.createServer(serverTimeouts(config.uploadTimeoutMs), app);
  answerClientErrorsInJson(server);
  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    // explicit settings (docs/limits.md), never derived from NODE_ENV
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    includeStacktraceInErrorResponses: config.stackTraces,
    // Our own guard (http/csrf.ts) also lets same-origin browser forms and curl upload.
    csrfPrevention: false,
    // main.ts stops the server, then the database, on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // the token guard counted already; this keeps the parser bounded should a path skip it
    parseOptions: { maxTokens: config.limits.tokens },
    formatError: makeFormatError((error) => services.log.error({ err: error }, 'unexpected error')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache control by default, with a hook on every resolved field; no answer
      // here carries a cache hint (the answer cache keys on the data version instead)
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(config.limits),
      databaseErrorsPlugin(config.statementTimeoutMs),
      answerCachePlugin(services.answers),
      flatListPlugin(),
      localizeErrorsPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await services.ready();
    res.status(ready.ok ? 200 : 503).json(ready);
  });
  app.use(uploadDeadline(services.config.uploadTimeoutMs));
  app.use(readCredentials(services));
  app.use(playgroundRouter());
  app.get('/graphql', (req, res, next) =>
    wantsPlayground(req) ? res.type('html').send(playgroundHtml()) : next(),
  );
  // GraphQL before the other routes: Express tries each route in turn, and /graphql is asked most
  app.use(
    '/graphql',
    csrfGuard,
    graphqlUploads(config),
    express.json({ limit: config.maxJsonBytes }),
    tokenGuard(config.limits),
    responseCache(services),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(services, res, requestLang(req)),
    }),
  );
  for (const route of HTTP_ROUTES) {
    route(app, services);
  }
  app.use(notFoundHandler());
  app.use(problemHandler(services.log, config.statementTimeoutMs / 1000));
  return { server, apollo };
}

/**
 * Node's own limits on receiving a request, behind the per-upload deadline (upload-deadline.ts):
 * a request whose body has not arrived a little after the deadline is answered 408 and closed,
 * checked every few seconds rather than Node's default 30.
 */
function serverTimeouts(uploadTimeoutMs: number): http.ServerOptions {
  const requestTimeout = uploadTimeoutMs + 10_000;
  return {
    requestTimeout,
    headersTimeout: Math.min(60_000, requestTimeout),
    connectionsCheckingInterval: Math.min(5_000, uploadTimeoutMs),
  };
}
