import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express from 'express';
import type { Logger } from '../../src/logger';
import { HttpProblem, problemHandler } from '../../src/http/http-errors';
import { startTestApp, type TestApp } from '../support/test-app';

// Every REST refusal has one body, { error: { code, message } }; an unexpected failure is a bare
// 500 in that shape, logged, never an HTML page or a stack trace.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

async function answer(
  response: Response,
): Promise<{ status: number; type: string; body: unknown }> {
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.json(),
  };
}

describe('the HTTP error envelope', () => {
  it('answers an unparsable JSON body at /graphql with 400 in the envelope, not an HTML page', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "not a JSON',
    });

    expect(await answer(response)).toEqual({
      status: 400,
      type: expect.stringMatching(/^application\/json/),
      body: { error: { code: 'BAD_REQUEST', message: expect.any(String) } },
    });
  });

  it('answers an export of an unknown metric with 400 BAD_USER_INPUT', async () => {
    const response = await fetch(`${app.url}/export/compare.csv?regions=140700&metrics=nope`);

    expect(await answer(response)).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('nope') } },
    });
  });

  it('answers an export named like an object property with 404', async () => {
    const response = await fetch(`${app.url}/export/constructor.csv`);

    expect(await answer(response)).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
  });

  it('answers an upload that is no multipart form with 400 BAD_REQUEST', async () => {
    const response = await app.fetch('/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    expect(await answer(response)).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
  });
});

describe('problemHandler', () => {
  const errors: unknown[] = [];
  const log = { error: (fields: { err: unknown }) => errors.push(fields.err) } as unknown as Logger;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const routes = express();
    routes.get('/refused', () => {
      throw new HttpProblem(409, 'CONFLICT', 'already there');
    });
    routes.get('/broken', () => {
      throw new Error('relation "secret" does not exist');
    });
    routes.use(problemHandler(log));
    server = http.createServer(routes);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers a HttpProblem with its status, code and message', async () => {
    expect(await answer(await fetch(`${url}/refused`))).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'already there' } },
    });
    expect(errors).toEqual([]);
  });

  it('answers anything else with a bare 500 and logs it', async () => {
    const response = await fetch(`${url}/broken`, { headers: { 'accept-language': 'en' } });
    const text = await response.text();

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' },
    });
    expect(text).not.toContain('secret');
    expect(errors).toEqual([
      expect.objectContaining({ message: 'relation "secret" does not exist' }),
    ]);
  });
});
