import http from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app';

// Requests a browser on another site can make, a rebound DNS name, and inputs that used to
// answer HTML stack traces: each is a 4xx in JSON, names nothing of the server, changes nothing.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

interface Raw {
  status: number;
  type: string;
  text: string;
}

/** A request with any headers, Host included (fetch will not send a Host of our choosing). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${app.url}${path}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const code = (answer: Raw): unknown => {
  const body = JSON.parse(answer.text) as {
    error?: { code: string };
    errors?: { extensions: { code: string } }[];
  };
  return body.error?.code ?? body.errors?.[0].extensions.code;
};

/** Nothing a client should see of the server: stack frames, paths, SQL, the database. */
const LEAKS = /\bat \S+ \(|\.ts:\d+|\/work\/|node_modules|postgres|select |<html|<pre/i;

const typename = `/graphql?query=${encodeURIComponent('{ __typename }')}`;

describe('cross-site GET queries', () => {
  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['an Origin of another site', { origin: 'https://evil.example' }],
  ])('refuses a GET query carrying %s with 403 CSRF_REFUSED', async (_label, headers) => {
    const answer = await raw(typename, { headers });
    expect([answer.status, code(answer)]).toEqual([403, 'CSRF_REFUSED']);
  });

  it.each([
    ['from curl or a BI tool (no browser headers)', {}],
    [
      'with apollo-require-preflight',
      { 'sec-fetch-site': 'cross-site', 'apollo-require-preflight': 'true' },
    ],
    [
      'with a JSON content type',
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    ],
    ['from this site', { 'sec-fetch-site': 'same-origin' }],
  ])('answers a GET query %s', async (_label, headers) => {
    const answer = await raw(typename, { headers });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the Host allow-list (DNS rebinding)', () => {
  it('refuses a rebound page that looks same-origin to the browser with 421', async () => {
    const answer = await raw('/graphql', {
      method: 'POST',
      headers: {
        host: 'evil.example:4000',
        origin: 'http://evil.example:4000',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect([answer.status, code(answer)]).toEqual([421, 'HOST_REFUSED']);
  });

  it('refuses a foreign Host on every route but the health probes', async () => {
    const headers = { host: 'attacker.example' };
    expect(
      (await raw('/export/compare.csv?regions=140700&metrics=events.count', { headers })).status,
    ).toBe(421);
    expect((await raw('/healthz', { headers })).status).toBe(200);
  });

  it('serves localhost and the configured host', async () => {
    for (const host of ['localhost:4000', '127.0.0.1', '[::1]:4000']) {
      expect((await raw(typename, { headers: { host } })).status).toBe(200);
    }
  });

  it('serves the hosts of ALLOWED_HOSTS, and only those', async () => {
    const listed = await startTestApp({ ALLOWED_HOSTS: 'ledger.sport.gov.cn, 127.0.0.1' });
    try {
      const ask = (host: string) =>
        new Promise<number>((resolve, reject) => {
          http
            .get(`${listed.url}/graphql?query=%7B__typename%7D`, { headers: { host } }, (r) => {
              r.resume();
              resolve(r.statusCode ?? 0);
            })
            .on('error', reject);
        });
      expect(await ask('ledger.sport.gov.cn')).toBe(200);
      expect(await ask('localhost')).toBe(421);
    } finally {
      await listed.stop();
    }
  });
});

describe('bad input is a 4xx in JSON, names nothing of the server and changes nothing', () => {
  const json = { 'content-type': 'application/json' };
  const post = (body: string | Buffer) => raw('/graphql', { method: 'POST', headers: json, body });

  const cases: [string, () => Promise<Raw>, number, string][] = [
    ['malformed JSON', () => post('{"query": '), 400, 'BAD_REQUEST'],
    [
      'a 2 MB body',
      () => post(JSON.stringify({ query: `{ __typename }${' '.repeat(2 * 1024 * 1024)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a raw NUL byte in the JSON',
      () => post(Buffer.from('{"query":"{ __typename \u0000 }"}')),
      400,
      'BAD_REQUEST',
    ],
    [
      'a NUL in a region code',
      () =>
        post(
          JSON.stringify({
            query: 'query ($c: ID!) { region(code: $c) { name } }',
            variables: { c: '14\u00000700' },
          }),
        ),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'year 2147483648 in GraphQL',
      () =>
        post(
          JSON.stringify({
            query: '{ facilities(filter: { years: [2147483648] }) { totalCount } }',
          }),
        ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'year 2147483648 in a variable',
      () =>
        post(
          JSON.stringify({
            query: 'query ($y: [Int!]) { facilities(filter: { years: $y }) { totalCount } }',
            variables: { y: [2147483648] },
          }),
        ),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'year 2147483648 in an export',
      () => raw('/export/compare.csv?regions=140700&metrics=events.count&years=2147483648'),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a medal table of competition 99999999999',
      () => raw('/export/medal-table.json?competition=99999999999'),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a NUL in an export parameter',
      () => raw('/export/facility-summary.csv?groupBy=TYPE&nameContains=a%00b'),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an export of 300 regions × 400 metrics × all years',
      () =>
        raw(
          `/export/compare.json?regions=${'140700,'.repeat(300)}&metrics=${'events.count,'.repeat(400)}`,
        ),
      400,
      'COST_LIMIT',
    ],
    ['an unknown route', () => raw('/wp-admin/setup.php'), 404, 'NOT_FOUND'],
    ['a malformed URL', () => raw('/export/%E0%A4%A.csv'), 400, 'BAD_REQUEST'],
    [
      'a broken multipart upload',
      () =>
        raw('/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'multipart/form-data; boundary=x',
            'apollo-require-preflight': 'true',
          },
          body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{not json\r\n--x--\r\n',
        }),
      400,
      'BAD_REQUEST',
    ],
  ];
  it.each(cases.map(([label, send, status, expected]) => ({ label, send, status, expected })))(
    'answers $label with $status $expected',
    async ({ send, status, expected }) => {
      const before = await app.sql('select count(*)::int as n from import_batch');
      const answer = await send();

      expect([answer.status, code(answer)]).toEqual([status, expected]);
      expect(answer.type).toMatch(/json/);
      expect(answer.text).not.toMatch(LEAKS);
      expect(await app.sql('select count(*)::int as n from import_batch')).toEqual(before);
    },
  );

  it("answers a URL past Node's header limit with 431 in JSON", async () => {
    const answer = await raw(`/export/compare.json?regions=${'140700,'.repeat(5000)}`);
    expect([answer.status, code(answer)]).toEqual([431, 'HEADERS_TOO_LARGE']);
  });

  it('says a body too large in the language asked for', async () => {
    const answer = await raw('/graphql', {
      method: 'POST',
      headers: { ...json, 'accept-language': 'en' },
      body: JSON.stringify({ query: 'x'.repeat(1024 * 1024 + 1) }),
    });
    expect(JSON.parse(answer.text)).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('MAX_JSON_MB') },
    });
  });
});
