// The peer: PostGraphile 5 over the same database, with aggregates and filters, started by
// bench/peer/run.ts in a process of its own; it tells its URL over IPC.
import { createServer } from 'node:http';

// PostGraphile 5 calls Promise.withResolvers, which Node 22 has and Node 20 lacks.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

// as in a deployment (development mode adds checks that cost time)
process.env.GRAPHILE_ENV ??= 'production';

const { postgraphile } = await import('postgraphile');
const { grafserv } = await import('postgraphile/grafserv/node');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { PgAggregatesPreset } = await import('@graphile/pg-aggregates');
const { PostGraphileConnectionFilterPreset } =
  await import('postgraphile-plugin-connection-filter');

const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  // filter, order and group by any column, not only indexed ones (PostGraphile 5's default)
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  schema: { connectionFilterAllowNullInput: true },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
  process.on('message', (message) => {
    if (message.type === 'stats') {
      process.send({
        type: 'stats',
        statements: 0,
        rssBytes: process.memoryUsage().rss,
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        cpuMicros: process.cpuUsage().user + process.cpuUsage().system,
      });
    } else if (message.type === 'stop') {
      server.close();
      void Promise.resolve(pgl.release()).then(() => process.exit(0));
    }
  });
});
