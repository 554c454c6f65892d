import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { print } from 'graphql';
import { RegionPageDocument } from '../support/generated/graphql';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, the server (run as `npm start` runs it,
// in a child process, so the instrumentations load before what they patch) sends its spans by
// OTLP/HTTP to a collector, here a small receiver of the test's own on loopback.

jest.setTimeout(120_000);

const SECRET = 'secret-variable-value-5d1e07';
const KEY = 'sl_secretkeyintheexporturl0123456789ab';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

let app: TestApp;
let collector: http.Server;
/** The bodies the collector received, as text. */
const received: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ AUTH: 'off' });
  collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        received.push(body);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => collector?.close(resolve));
  await app?.stop();
});

function spans(): OtlpSpan[] {
  return received.flatMap((body) =>
    (
      JSON.parse(body) as {
        resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
      }
    ).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
  );
}

function attribute(span: OtlpSpan, key: string): unknown {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value && Object.values(value)[0];
}

describe('traces', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const { port } = collector.address() as AddressInfo;
    server = await startServerProcess({
      DATABASE_URL: app.running.db.url,
      AUTH: 'off',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_SERVICE_NAME: 'ledger-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
  });

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.done;
  });

  it('follow a GraphQL request through HTTP, GraphQL and PostgreSQL in one trace, without values', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(RegionPageDocument),
        variables: { search: SECRET, first: 1 },
      }),
    });
    expect(response.status).toBe(200);
    const exported = await fetch(`${server.url}/export/medal-table.csv?competition=1&key=${KEY}`);
    expect(exported.status).toBe(200);
    await fetch(`${server.url}/healthz`);

    const request = await waitFor(
      'the POST /graphql span',
      async () =>
        spans().find(
          (s) =>
            attribute(s, 'http.request.method') === 'POST' &&
            attribute(s, 'url.path') === '/graphql',
        ),
      30_000,
    );
    const trace = await waitFor(
      'the GraphQL and SQL spans of its trace',
      async () => {
        const ofTrace = spans().filter((s) => s.traceId === request.traceId);
        const graphql = ofTrace.some(
          (s) => attribute(s, 'graphql.operation.name') === 'RegionPage',
        );
        const sql = ofTrace.some((s) => attribute(s, 'db.system.name') === 'postgresql');
        return graphql && sql ? ofTrace : null;
      },
      30_000,
    );
    expect(trace.every((s) => s.spanId === request.spanId || s.parentSpanId)).toBe(true);
    expect(trace.map((s) => s.name)).toEqual(
      expect.arrayContaining(['graphql.parse', 'graphql.validate']),
    );

    const exportSpan = await waitFor(
      'the /export span',
      async () => spans().find((s) => String(attribute(s, 'url.path')).startsWith('/export/')),
      30_000,
    );
    expect(attribute(exportSpan, 'url.query')).toBe('competition=1&key=REDACTED');
    expect(attribute(exportSpan, 'http.route')).toBe('/export/:question.:format');

    const all = received.join('\n');
    expect(all).toContain('ledger-under-test');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(KEY);
    expect(spans().some((s) => attribute(s, 'url.path') === '/healthz')).toBe(false);
  });
});

describe('a start without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('loads nothing of the OpenTelemetry SDK', () => {
    const loaded = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-e',
        "require('./src/main'); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('@opentelemetry') && !f.includes('@opentelemetry/api/'))))",
      ],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: '' },
        encoding: 'utf8',
      },
    );
    expect(loaded.status).toBe(0);
    expect(JSON.parse(loaded.stdout)).toEqual([]);
  });
});
