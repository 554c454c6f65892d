import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { MAX_OPERATION_LABELS } from '../../src/http/metric-labels';
import { ComparisonCompareDocument, RegionByCodeDocument } from '../support/generated/graphql';
import { fixturePath } from '../support/fixtures';
import { parseExposition, valueOf, type Family } from '../support/prometheus-text';
import { asKey, startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';

const TOKEN = 'metrics-token-for-the-test-0123456789';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

/** GET /metrics addressed to another host name (fetch will not send a Host header of ours). */
function scrapeAs(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${app.url}/metrics`, { headers: { host } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      })
      .on('error', reject);
  });
}

async function scrape(target = app, headers: Record<string, string> = {}) {
  const response = await target.fetch('/metrics', { headers: { ...asKey(null), ...headers } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The label values a family's samples carry under `label`. */
function labelValues(family: Family | undefined, label: string): Set<string> {
  return new Set(family?.samples.map((s) => s.labels[label]).filter((v) => v !== undefined));
}

/** RegionByCode under another operation name. */
function renamed(name: string): DocumentNode {
  const [operation, ...rest] = RegionByCodeDocument.definitions;
  const named: OperationDefinitionNode = {
    ...(operation as OperationDefinitionNode),
    name: { kind: Kind.NAME, value: name },
  };
  return { ...RegionByCodeDocument, definitions: [named, ...rest] };
}

function compareJinzhong() {
  return app.gql(ComparisonCompareDocument, {
    regions: ['140700'],
    metrics: ['facilities.count'],
    years: [2021],
    includeDescendants: true,
    normalize: 'NONE',
  });
}

describe('/metrics', () => {
  it('shows the operation just sent, the import just made, the pool, the cache and the process', async () => {
    const imported = await postImport(app, fixturePath('hedong-2022.xlsx'));
    expect(imported.body.status).toBe('COMMITTED');
    await compareJinzhong();
    await compareJinzhong(); // the second is answered from the cache

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parseExposition(text);

    const operation = { operation: 'ComparisonCompare', status: '200' };
    expect(
      valueOf(families, 'sports_ledger_graphql_operation_duration_seconds_count', operation),
    ).toBe(2);
    expect(
      valueOf(families, 'sports_ledger_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/imports',
        status: String(imported.status),
      }),
    ).toBe(1);
    expect(valueOf(families, 'sports_ledger_import_batches', { status: 'COMMITTED' })).toBe(1);
    expect(valueOf(families, 'sports_ledger_import_batches', { status: 'FAILED' })).toBe(0);
    expect(valueOf(families, 'sports_ledger_imports_running')).toBe(0);
    expect(valueOf(families, 'sports_ledger_imports_queued')).toBe(0);
    expect(valueOf(families, 'sports_ledger_import_jobs', { state: 'queued' })).toBe(0);
    expect(valueOf(families, 'sports_ledger_import_jobs', { state: 'active' })).toBe(0);
    expect(valueOf(families, 'sports_ledger_db_pool_max_connections')).toBe(10);
    expect(
      valueOf(families, 'sports_ledger_db_pool_connections', { state: 'free' }),
    ).toBeGreaterThan(0);
    expect(valueOf(families, 'sports_ledger_db_pool_pending_acquires')).toBe(0);
    expect(valueOf(families, 'sports_ledger_answer_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(valueOf(families, 'sports_ledger_answer_cache_misses_total')).toBeGreaterThanOrEqual(1);
    expect(valueOf(families, 'sports_ledger_answer_cache_bytes')).toBe(
      app.running.services.answers.usage().bytes,
    );
    expect(valueOf(families, 'sports_ledger_answer_cache_hit_ratio')).toBeGreaterThan(0);
    expect(families.get('process_cpu_user_seconds_total')?.type).toBe('counter');
    expect(families.get('nodejs_heap_size_used_bytes')?.type).toBe('gauge');
  });

  it('passes promtool check metrics', async () => {
    const promtool = spawnSync('promtool', ['--version']);
    if (promtool.error) {
      // CI installs Debian's prometheus package (.ci/run); elsewhere the strict parser above checks
      expect(process.env.CI).toBeFalsy();
      return;
    }
    const check = spawnSync('promtool', ['check', 'metrics'], { input: (await scrape()).text });
    // Exit 1 is a format error; 3 lint findings, and the only ones allowed are the three gauges
    // prom-client's process metrics have always named with a counter's _total suffix.
    const findings = `${check.stdout}${check.stderr}`.split('\n').filter(Boolean);
    expect([0, 3]).toContain(check.status);
    expect(findings.sort()).toEqual(
      ['handles', 'requests', 'resources'].map(
        (what) => `nodejs_active_${what}_total non-counter metrics should not have "_total" suffix`,
      ),
    );
  });

  it('keeps label values bounded under 1,000 operation names and 200 unknown paths', async () => {
    const names = Array.from(
      { length: 1000 },
      (_, i) => `Op_${i}_${Math.random().toString(36).slice(2, 10)}`,
    );
    for (let i = 0; i < names.length; i += 10) {
      await Promise.all(
        names.slice(i, i + 10).map(async (name) => {
          const response = await app.fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: print(renamed(name)), variables: { code: '140700' } }),
          });
          expect(response.status).toBe(200);
        }),
      );
    }
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => app.fetch(`/nowhere/${i}?q=${Math.random()}`)),
    );

    const families = parseExposition((await scrape()).text);
    const operations = labelValues(
      families.get('sports_ledger_graphql_operation_duration_seconds'),
      'operation',
    );
    const routes = labelValues(
      families.get('sports_ledger_http_request_duration_seconds'),
      'route',
    );
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    const other = valueOf(families, 'sports_ledger_graphql_operation_duration_seconds_count', {
      operation: '(other)',
      status: '200',
    });
    expect(other).toBeGreaterThanOrEqual(1000 - MAX_OPERATION_LABELS);
    expect([...routes].filter((route) => route.startsWith('/nowhere'))).toEqual([]);
    expect(routes.has('(unmatched)')).toBe(true);
    expect(routes.size).toBeLessThan(20);
  }, 120_000);

  it('is refused to a request that passed through a proxy or names another host', async () => {
    const proxied = await scrape(app, { 'x-forwarded-for': '203.0.113.7' });
    const rebound = await scrapeAs('evil.example');

    expect(proxied.status).toBe(403);
    expect(JSON.parse(proxied.text)).toEqual({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('METRICS_TOKEN') },
    });
    expect(rebound).toBe(403);
    expect(await scrapeAs('localhost')).toBe(200);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let guarded: TestApp;

  beforeAll(async () => {
    guarded = await startTestApp({ METRICS_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await guarded?.stop();
  });

  it('answers the token alone, even on this machine', async () => {
    const none = await scrape(guarded);
    const wrong = await scrape(guarded, asKey(`${TOKEN}x`));
    const apiKey = await scrape(guarded, asKey(guarded.key));
    const right = await scrape(guarded, asKey(TOKEN));

    expect([none.status, wrong.status, apiKey.status]).toEqual([401, 401, 401]);
    expect(JSON.parse(none.text).error.code).toBe('UNAUTHENTICATED');
    expect(right.status).toBe(200);
    expect(parseExposition(right.text).has('sports_ledger_import_batches')).toBe(true);
  });
});

describe('the strict exposition reader the tests above rely on', () => {
  const good = [
    '# HELP t_seconds Time.',
    '# TYPE t_seconds histogram',
    't_seconds_bucket{le="0.1",route="/a"} 1',
    't_seconds_bucket{le="+Inf",route="/a"} 2',
    't_seconds_sum{route="/a"} 0.3',
    't_seconds_count{route="/a"} 2',
    '',
    '# HELP g A gauge.',
    '# TYPE g gauge',
    'g{x="a \\"quoted\\" \\\\ value"} Nan',
    '',
  ].join('\n');

  it('reads what prom-client writes', () => {
    const families = parseExposition(good);
    expect(valueOf(families, 't_seconds_count', { route: '/a' })).toBe(2);
    expect(families.get('g')?.samples[0].labels.x).toBe('a "quoted" \\ value');
  });

  it.each([
    ['a missing HELP', good.replace('# HELP g A gauge.\n', '')],
    ['a sample before its TYPE', good.replace('# TYPE g gauge\n', '')],
    [
      'falling buckets',
      good.replace(
        't_seconds_bucket{le="0.1",route="/a"} 1',
        't_seconds_bucket{le="0.1",route="/a"} 3',
      ),
    ],
    [
      '+Inf other than _count',
      good.replace('t_seconds_count{route="/a"} 2', 't_seconds_count{route="/a"} 5'),
    ],
    ['a line of prose', good.replace('g{x=', 'oops\ng{x=')],
    ['an unquoted label', good.replace('route="/a"} 0.3', 'route=/a} 0.3')],
    ['a repeated sample', `${good}g{x="a \\"quoted\\" \\\\ value"} 1\n`],
    ['no final newline', good.slice(0, -1)],
  ])('refuses %s', (_what, text) => {
    expect(() => parseExposition(text)).toThrow();
  });
});
