import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express from 'express';
import { print } from 'graphql';
import { createLogger } from '../../src/logger';
import { requestLog } from '../../src/http/request-log';
import { apiKeyStore } from '../../src/modules/access';
import { firstOperationName } from '../../src/http/operation-name';
import { RegionPageDocument } from '../support/generated/graphql';
import { asKey, LogCapture, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** A value a client sends as a variable: it must never reach the log. */
const SECRET = 'secret-variable-value-7f3a9c';

let app: TestApp;
const log = new LogCapture();

// production: reads need a key, so every request's caller is looked up and can be told apart;
// debug, to see the probes' lines
beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'debug' }, { log });
});

afterAll(async () => {
  await app?.stop();
});

/** The one line the request with this id wrote, once it has been written; fails on two. */
async function lineOf(requestId: string): Promise<Record<string, unknown>> {
  const lines = await waitFor(
    `the log line of ${requestId}`,
    async () => {
      const found = log.lines.filter((line) => line.requestId === requestId);
      return found.length > 0 ? found : null;
    },
    10_000,
  );
  await new Promise((resolve) => setTimeout(resolve, 100)); // a second line would be here by now
  expect(log.lines.filter((line) => line.requestId === requestId)).toHaveLength(1);
  return lines[0];
}

function regionPage(headers: Record<string, string> = {}) {
  return app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: print(RegionPageDocument),
      operationName: 'RegionPage',
      variables: { search: SECRET, first: 1 },
    }),
  });
}

describe('the request log', () => {
  it('writes one JSON line per GraphQL request: id, caller, operation, status, duration', async () => {
    const response = await regionPage();
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const line = await lineOf(requestId);
    const [admin] = await apiKeyStore(app.running.services.db).list();
    expect(line).toEqual(
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        requestId,
        role: 'ADMIN',
        keyId: admin.id,
        operation: 'RegionPage',
        route: '/graphql',
        req: expect.objectContaining({ method: 'POST', url: '/graphql' }),
        res: { statusCode: 200 },
        durationMs: expect.any(Number),
      }),
    );
  });

  it('never writes a variable value, a key, a header or the body', async () => {
    const before = log.text.length;
    const posted = await regionPage();
    const got = await app.fetch(
      `/graphql?query=${encodeURIComponent(print(RegionPageDocument))}&variables=${encodeURIComponent(JSON.stringify({ search: SECRET }))}`,
    );
    await lineOf(posted.headers.get('x-request-id')!);
    const line = await lineOf(got.headers.get('x-request-id')!);

    const written = log.text.slice(before);
    expect(written).not.toContain(SECRET);
    expect(written).not.toContain(app.key!);
    expect(written.toLowerCase()).not.toContain('authorization');
    expect(written).not.toContain('regions(');
    expect(line).toEqual(expect.objectContaining({ operation: 'RegionPage', route: '/graphql' }));
    expect(line.req).toEqual(expect.objectContaining({ method: 'GET', url: '/graphql' }));
  });

  it('masks the key of an /export URL and keeps its question', async () => {
    const response = await app.fetch(`/export/medal-table.csv?competition=1&key=${app.key}`, {
      headers: asKey(null),
    });
    expect(response.status).toBe(200);

    const line = await lineOf(response.headers.get('x-request-id')!);
    expect(JSON.stringify(line)).not.toContain(app.key!);
    expect(line).toEqual(
      expect.objectContaining({
        role: 'ADMIN',
        route: '/export/:question.:format',
        req: expect.objectContaining({ url: '/export/medal-table.csv?competition=1&key=REDACTED' }),
      }),
    );
    expect(line).not.toHaveProperty('operation');
  });

  it('names who was refused: no key, or a key that is not one', async () => {
    const none = await regionPage(asKey(null));
    const revoked = await apiKeyStore(app.running.services.db).create({
      name: 'gone',
      role: 'READER',
      regionCode: null,
      expiresAt: null,
    });
    await apiKeyStore(app.running.services.db).revoke(String(revoked.id));
    const refused = await regionPage(asKey(revoked.key));

    expect(await lineOf(none.headers.get('x-request-id')!)).toEqual(
      expect.objectContaining({ role: 'anonymous', operation: 'RegionPage' }),
    );
    const line = await lineOf(refused.headers.get('x-request-id')!);
    expect(line).toEqual(expect.objectContaining({ role: 'rejected' }));
    expect(line).not.toHaveProperty('keyId');
    expect(JSON.stringify(line)).not.toContain(revoked.key);
  });

  it('keeps a sane incoming X-Request-Id and replaces one that is not', async () => {
    const kept = await app.fetch('/healthz', { headers: { 'x-request-id': 'lb-42.abc:7' } });
    const replaced = await app.fetch('/healthz', {
      headers: { 'x-request-id': `two words <b>${'x'.repeat(200)}` },
    });

    expect(kept.headers.get('x-request-id')).toBe('lb-42.abc:7');
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.text).not.toContain('two words');
  });

  it('logs health probes at debug and other requests at info', async () => {
    const probe = await app.fetch('/healthz', { headers: { 'x-request-id': 'probe-1' } });
    const missing = await app.fetch('/no-such-page', { headers: { 'x-request-id': 'page-1' } });
    expect(probe.status).toBe(200);
    expect(missing.status).toBe(404);

    expect(await lineOf('probe-1')).toEqual(
      expect.objectContaining({ level: 20, route: '/healthz', res: { statusCode: 200 } }),
    );
    expect(await lineOf('page-1')).toEqual(
      expect.objectContaining({ level: 30, route: '(unmatched)', res: { statusCode: 404 } }),
    );
  });

  it('writes exactly one line for each of many requests', async () => {
    const start = log.lines.length;
    const ids = Array.from({ length: 20 }, (_, i) => `many-${i}`);
    await Promise.all(ids.map((id) => regionPage({ 'x-request-id': id })));

    const ours = () => log.lines.slice(start).filter((line) => line.msg === 'request completed');
    await waitFor('twenty lines', async () => (ours().length >= 20 ? true : null), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const written = ours().map((line) => line.requestId);
    expect(written.sort()).toEqual([...ids].sort());
  });
});

describe('the request log on failures', () => {
  const written = new LogCapture();
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const routes = express();
    routes.use(requestLog(createLogger('info', written)));
    routes.get('/broken', (_req, res) => {
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR' } });
    });
    routes.get('/hangs', () => undefined); // never answers: the client gives up
    server = http.createServer(routes);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const linesOf = (id: string) => written.lines.filter((line) => line.requestId === id);

  it('writes a 500 at error level, with the failure as its err', async () => {
    const response = await fetch(`${url}/broken`, { headers: { 'x-request-id': 'boom-1' } });
    expect(response.status).toBe(500);

    await waitFor('the line', async () => (linesOf('boom-1').length > 0 ? true : null), 5_000);
    expect(linesOf('boom-1')).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'request errored',
        res: { statusCode: 500 },
        req: expect.objectContaining({ method: 'GET', url: '/broken' }),
        err: expect.objectContaining({ message: 'failed with status code 500' }),
      }),
    ]);
  });

  it('writes one line for a request the client gave up on', async () => {
    const aborted = new AbortController();
    const asked = fetch(`${url}/hangs`, {
      headers: { 'x-request-id': 'gone-1' },
      signal: aborted.signal,
    }).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    aborted.abort();
    expect(await asked).toBe('aborted');

    await waitFor('the line', async () => (linesOf('gone-1').length > 0 ? true : null), 5_000);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a second line would be here by now
    expect(linesOf('gone-1')).toEqual([
      expect.objectContaining({ level: 30, msg: 'request completed', requestId: 'gone-1' }),
    ]);
  });
});

describe("a request's operation name", () => {
  it('is the first operation named in the query when the request names none', () => {
    expect(firstOperationName('query A { x }')).toBe('A');
    expect(firstOperationName('{ x }')).toBe('(anonymous)');
    expect(firstOperationName('query ($a: Int) { x }')).toBe('(anonymous)');
    expect(firstOperationName('fragment F on T @d(a: {b: 1}) { a { b } } mutation M { x }')).toBe(
      'M',
    );
    expect(firstOperationName('query B($v: I = {a: 1}) { x }')).toBe('B');
    expect(firstOperationName('fragment query on T { a } query Z { b }')).toBe('Z');
    expect(firstOperationName('not graphql {{{ "')).toBe('(anonymous)');
  });
});
