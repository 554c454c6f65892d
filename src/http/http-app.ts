import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { createContext, type AppServices } from '../context';
import type { RequestContext } from '../modules/common/request-context';
import { makeFormatError } from '../errors';
import { csrfGuard } from './csrf';
import { problemHandler } from './http-errors';
import { requestLang } from './request-lang';
import { responseCache } from './response-cache';
import { playgroundHtml, playgroundRouter, wantsPlayground } from './playground';
import { createSchema } from '../schema';
import { exportRoutes } from './export.routes';
import type { HttpRoute } from './http-route';
import { importRoutes } from './import.routes';
import { reportRoutes } from './report.routes';
import { templateRoutes } from './template.routes';
import { answerCachePlugin } from './answer-plugin';
import { localizeErrorsPlugin } from './localize-errors';

/** The REST routes beside /graphql: exports for BI tools, uploads, reports, blank templates. */
const HTTP_ROUTES: HttpRoute[] = [exportRoutes, importRoutes, templateRoutes, reportRoutes];

export interface App {
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
}

/** The HTTP app shared by `main` and the tests: GraphQL, playground, REST routes, health. */
export async function createApp(services: AppServices): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    introspection: true,
    // Our own guard (http/csrf.ts) also lets same-origin browser forms and curl upload.
    csrfPrevention: false,
    // main.ts stops the server, then the database, on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError((error) => services.log.error({ err: error }, 'unexpected error')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      answerCachePlugin(services.answers),
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
  app.use(playgroundRouter());
  app.get('/graphql', (req, res, next) =>
    wantsPlayground(req) ? res.type('html').send(playgroundHtml()) : next(),
  );
  for (const route of HTTP_ROUTES) {
    route(app, services);
  }
  app.use(
    '/graphql',
    csrfGuard,
    graphqlUploadExpress({
      maxFileSize: services.config.maxUploadBytes,
      maxFiles: 1,
      maxFieldSize: 1_000_000,
    }),
    express.json({ limit: '2mb' }),
    responseCache(services),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(services, res, requestLang(req)),
    }),
  );
  app.use(problemHandler(services.log));
  return { server, apollo };
}
