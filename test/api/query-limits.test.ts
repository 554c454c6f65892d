import { getIntrospectionQuery, print } from 'graphql';
import {
  BatchIssuesDocument,
  FacilitiesNamedDocument,
  RegionFamiliesDocument,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

// Decisions §12: a query past a limit is refused before anything runs, with 400 and its code,
// while the server keeps answering others; a full page with its nested objects is admitted.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  ms: number;
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, body, ms: performance.now() - started };
}

const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

/** Asks `{ __typename }` every 50 ms while `work` runs; resolves to the answers' statuses. */
async function keepsAnswering(work: Promise<unknown>): Promise<number[]> {
  const statuses: number[] = [];
  let done = false;
  void work.finally(() => (done = true));
  const probe = async () => {
    do {
      statuses.push((await post('{ __typename }')).status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } while (!done);
  };
  await Promise.all([work, probe()]);
  return statuses;
}

/** `region { parent { … { code } } }`, `levels` fields deep counting the leaf, as armor counts. */
const nested = (levels: number) =>
  `{ region(code: "140700") ${'{ parent '.repeat(levels - 2)}{ code }${' }'.repeat(levels - 2)} }`;

describe('the acceptance: hostile queries are refused before they run', () => {
  it.each([
    ['a query 20 levels deep', () => post(nested(20)), 'DEPTH_LIMIT'],
    [
      'a query for 1,000 batches × 1,000 issues each, the page size in a variable',
      () => post(print(BatchIssuesDocument), { first: 1000 }),
      'COST_LIMIT',
    ],
    [
      'a query of 5,000 aliases',
      () => post(`{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
      'ALIAS_LIMIT',
    ],
  ])(
    'refuses %s with 400 and its code while { __typename } keeps answering',
    async (_l, ask, code) => {
      let answer: Answer | undefined;
      const statuses = await keepsAnswering(ask().then((a) => (answer = a)));

      expect(answer!.status).toBe(400);
      expect(codes(answer!)).toEqual([code]);
      expect(answer!.body.data).toBeUndefined();
      expect(answer!.ms).toBeLessThan(5000);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
    },
  );

  it('admits a 1,000-row page with its nested objects', async () => {
    const { regions } = await app.gql(RegionFamiliesDocument, { first: 1000 });

    expect(regions!.nodes).toHaveLength(1000);
    expect(regions!.nodes.some((r) => (r.children ?? []).length > 0 && r.parent?.name)).toBe(true);
  });
});

describe('each limit and its code', () => {
  it('refuses a query one level deeper than 8 with DEPTH_LIMIT, admits 8', async () => {
    expect((await post(nested(8))).status).toBe(200);
    const refused = await post(nested(9));
    expect([refused.status, codes(refused)]).toEqual([400, ['DEPTH_LIMIT']]);
    expect(refused.body.errors?.[0].message).toContain('8');
  });

  it('refuses 16 aliases with ALIAS_LIMIT, also when a fragment repeats them', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`);
    expect((await post(`{ ${aliases(15).join(' ')} }`)).status).toBe(200);
    expect(codes(await post(`{ ${aliases(16).join(' ')} }`))).toEqual(['ALIAS_LIMIT']);
    // 4 aliases in a fragment spread 4 times: 8 as written, 20 as run
    const spread = `fragment F on Region { a: name b: name c: name d: name }
      { ${[1, 2, 3, 4].map((i) => `r${i}: region(code: "140700") { ...F }`).join(' ')} }`;
    const refused = await post(spread, {}, { 'accept-language': 'en' });
    expect([refused.status, codes(refused)]).toEqual([400, ['ALIAS_LIMIT']]);
    expect(refused.body.errors?.[0].message).toMatch(/more than 15 aliases/);
  });

  it('refuses more than 5 directives with DIRECTIVE_LIMIT', async () => {
    const fields = (n: number) => Array.from({ length: n }, () => '__typename @include(if: true)');
    expect((await post(`{ ${fields(5).join(' ')} }`)).status).toBe(200);
    const refused = await post(`{ ${fields(6).join(' ')} }`);
    expect([refused.status, codes(refused)]).toEqual([400, ['DIRECTIVE_LIMIT']]);
  });

  it('refuses a query of more than 1,000 tokens with TOKEN_LIMIT, in Chinese by default', async () => {
    const refused = await post(`{ metrics { ${'key '.repeat(1000)}} }`);
    expect([refused.status, codes(refused)]).toEqual([400, ['TOKEN_LIMIT']]);
    expect(refused.body.errors?.[0].message).toMatch(/查询过长.*1000/);
  });

  it('refuses first above 1,000 with PAGE_LIMIT, as a literal or a variable', async () => {
    const literal = await post('{ events(first: 1001) { totalCount } }');
    const variable = await post(print(RegionFamiliesDocument), { first: 5000 });
    for (const refused of [literal, variable]) {
      expect([refused.status, codes(refused), refused.body.data]).toEqual([
        400,
        ['PAGE_LIMIT'],
        undefined,
      ]);
    }
    expect(variable.body.errors?.[0].message).toMatch(/1000.*5000/);
  });

  it('counts compare as regions × metrics × years', async () => {
    const regions = Array.from({ length: 100 }, () => '140700');
    const metrics = Array.from({ length: 100 }, () => 'events.count');
    const ask = (years: number[]) =>
      post(
        'query ($r: [ID!]!, $m: [String!]!, $y: [Int!]) { compare(regions: $r, metrics: $m, years: $y) { value } }',
        { r: regions, m: metrics, y: years },
      );
    expect((await ask([2023])).status).toBe(200);
    expect(codes(await ask(Array.from({ length: 11 }, (_, i) => 2013 + i)))).toEqual([
      'COST_LIMIT',
    ]);
  });

  it('counts the items a comma-separated compare argument holds, as the resolver splits them', async () => {
    // 100 regions in 4 items and 100 metrics in 10: the same rows as 100 × 100 items
    const regions = Array.from({ length: 4 }, () => Array(25).fill('140700').join(','));
    const metrics = Array.from({ length: 10 }, () => Array(10).fill('events.count').join(','));
    const ask = (years: number[]) =>
      post(
        'query ($r: [ID!]!, $m: [String!]!, $y: [Int!]) { compare(regions: $r, metrics: $m, years: $y) { value } }',
        { r: regions, m: metrics, y: years },
      );
    expect((await ask([2023])).status).toBe(200);
    expect(codes(await ask(Array.from({ length: 11 }, (_, i) => 2013 + i)))).toEqual([
      'COST_LIMIT',
    ]);
  });

  it('refuses a text filter over 200 characters or with a NUL with BAD_USER_INPUT', async () => {
    const doc = print(FacilitiesNamedDocument);
    expect((await post(doc, { nameContains: '体'.repeat(200) })).status).toBe(200);
    for (const nameContains of ['体'.repeat(201), 'a\u0000b']) {
      const refused = await post(doc, { nameContains }, { 'accept-language': 'en' });
      expect([refused.status, codes(refused)]).toEqual([400, ['BAD_USER_INPUT']]);
      expect(refused.body.errors?.[0].message).toMatch(/nameContains/);
    }
  });

  it('lets GraphiQL and BI tools introspect the schema', async () => {
    const answer = await post(getIntrospectionQuery({ descriptions: true }));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it('never sends a stack trace by default', async () => {
    const answer = await post('{ region(code: "140700") { nope } }');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe('INTROSPECTION=off', () => {
  let closed: TestApp;

  beforeAll(async () => {
    closed = await startTestApp({ INTROSPECTION: 'off' });
  });

  afterAll(async () => {
    await closed?.stop();
  });

  it('refuses introspection and stops suggesting field names', async () => {
    const ask = (query: string) =>
      fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then(async (r) => ({ status: r.status, text: await r.text() }));

    const introspection = await ask(getIntrospectionQuery());
    expect(introspection.status).toBe(400);
    expect(introspection.text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect((await ask('{ region(code: "140700") { nam } }')).text).not.toMatch(/Did you mean/);
    expect((await post('{ region(code: "140700") { nam } }')).body.errors?.[0].message).toMatch(
      /Did you mean "name"/,
    );
  });
});
