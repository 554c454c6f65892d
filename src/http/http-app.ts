import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { createContext, type Context } from '../context';
import { migrationsApplied } from '../db/database';
import { makeFormatError } from '../errors';
import { csrfGuard } from './csrf';
import { responseCache } from './response-cache';
import { playgroundHtml, playgroundRouter, wantsPlayground } from './playground';
import { createSchema } from '../schema';
import type { AppServices } from '../services';
import { HTTP_ROUTES } from '../modules';
import { answerCachePlugin } from '../modules/comparison/answer-plugin';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
}

/** The HTTP app shared by `main` and the tests: GraphQL, playground, REST routes, health. */
export async function createApp(services: AppServices): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
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
      answerCachePlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady(services);
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
    expressMiddleware(apollo, { context: async ({ res }) => createContext(services, res) }),
  );
  return { server, apollo };
}

async function isReady(
  services: AppServices,
): Promise<{ ok: boolean; database: string; migrations: string }> {
  try {
    await services.orm.em.getConnection().execute('select 1');
  } catch {
    return { ok: false, database: 'unreachable', migrations: 'unknown' };
  }
  const applied = await migrationsApplied(services.orm).catch(() => false);
  return { ok: applied, database: 'ok', migrations: applied ? 'applied' : 'pending' };
}
