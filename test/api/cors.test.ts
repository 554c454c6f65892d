import { print } from 'graphql';
import { RegionByCodeDocument } from '../support/generated/graphql';
import { loadConfig, ConfigError } from '../../src/config';
import type { Running } from '../../src/start-server';
import { startServerOn } from '../support/server-on';
import { startTestApp, type TestApp } from '../support/test-app';

// CORS is off unless CORS_ORIGINS names origins: a browser page on another site gets no
// Access-Control-Allow-Origin and so cannot read an answer; with the setting, the listed
// origins (and only they) can, preflight included.

const BI = 'https://bi.example.cn';
const OTHER = 'https://elsewhere.example.com';

let app: TestApp;
let allowing: Running;

beforeAll(async () => {
  app = await startTestApp();
  allowing = await startServerOn(app.running.db.url, {
    CORS_ORIGINS: `${BI}/, http://localhost:5173`,
  });
});

afterAll(async () => {
  await allowing?.stop();
  await app?.stop();
});

function query(url: string, origin?: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: print(RegionByCodeDocument), variables: { code: '140700' } }),
  });
}

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

it('by default lets no other origin read an answer, and grants no preflight', async () => {
  const answer = await query(app.url, BI);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  const asked = await preflight(app.url, BI);
  expect(asked.headers.get('access-control-allow-origin')).toBeNull();
  expect(asked.headers.get('access-control-allow-methods')).toBeNull();
});

it('with CORS_ORIGINS grants a listed origin its preflight and its answers', async () => {
  const asked = await preflight(allowing.url, BI);
  expect(asked.status).toBe(204);
  expect(asked.headers.get('access-control-allow-origin')).toBe(BI);
  expect(asked.headers.get('access-control-allow-methods')).toBe('GET, POST');
  expect(asked.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
  expect(asked.headers.get('access-control-allow-credentials')).toBeNull();

  const answer = await query(allowing.url, BI);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBe(BI);
  expect(answer.headers.get('vary')).toMatch(/origin/i);
  expect(await answer.json()).toMatchObject({ data: { region: { code: '140700' } } });
});

it('with CORS_ORIGINS still grants nothing to an origin it does not list, nor to a client with no Origin', async () => {
  const asked = await preflight(allowing.url, OTHER);
  expect(asked.headers.get('access-control-allow-origin')).toBeNull();
  const answer = await query(allowing.url, OTHER);
  expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  expect(answer.headers.get('vary')).toMatch(/origin/i);
  const curl = await query(allowing.url);
  expect(curl.status).toBe(200);
  expect(curl.headers.get('access-control-allow-origin')).toBeNull();
});

it('refuses to start with a CORS_ORIGINS entry that is not an http(s) origin, naming it', () => {
  expect(() => loadConfig({ CORS_ORIGINS: `${BI},bi.example.cn` })).toThrow(ConfigError);
  expect(() => loadConfig({ CORS_ORIGINS: `${BI},bi.example.cn` })).toThrow(/CORS_ORIGINS/);
  expect(loadConfig({ CORS_ORIGINS: ' * ' }).corsOrigins).toEqual(['*']);
});
