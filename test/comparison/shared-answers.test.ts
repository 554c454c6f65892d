import { print } from 'graphql';
import { freePort } from '../../src/db/embedded';
import { Redis } from 'ioredis';
import { ComparisonCompareDocument, RegionByCodeDocument } from '../support/generated/graphql';
import {
  deleteKeysUnder,
  describeWithRedis,
  keysUnder,
  slowableProxy,
  TEST_REDIS_URL,
  uniquePrefix,
} from '../support/redis';
import { asKey, LogCapture, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { importLedgers, importSeeds, QIXIAN_FACILITIES_2021 } from './ledgers';

// Stateless API processes: two servers on one database share the answers they computed through
// Redis, keyed by the data version, so either answers any request; GET /graphql and /export carry
// an ETag of the version their answer was computed under, revalidated without a statement, and a
// commit moves both servers to new data under a new tag. Redis being gone costs only speed.

const VARIABLES = {
  regions: ['140700'],
  metrics: ['facilities.count'],
  years: [2021],
  includeDescendants: true,
  normalize: 'NONE' as const,
};
const EXPORT = '/export/compare.csv?regions=140700&metrics=facilities.count&years=2021';
const GET_GRAPHQL = `/graphql?query=${encodeURIComponent(print(ComparisonCompareDocument))}&variables=${encodeURIComponent(JSON.stringify(VARIABLES))}`;
const JINZHONG_2021 = /^140700,山西省晋中市,2021,facilities\.count,[^,]*,(\d+),/m;

describeWithRedis('answers shared through Redis, and their ETags', () => {
  const prefix = uniquePrefix();
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    await redis.connect();
    first = await startTestApp({ REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });
    await importSeeds(first);
    // the same database, the first's admin key (DATA_DIR holds it), the same Redis and prefix
    second = await startTestApp({
      DATABASE_URL: first.running.db.url,
      DATA_DIR: first.dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    });
    await Promise.all([listening(first), listening(second)]);
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await deleteKeysUnder(redis, prefix);
    redis.disconnect();
  });

  /** Resolves once the app holds the data version in memory (its listener listens). */
  const listening = (app: TestApp) =>
    waitFor('the listener', async () => app.running.services.answers.versions.live || null, 10_000);

  async function dataVersion(): Promise<string> {
    const [row] = await first.sql<{ version: string }>(
      'select version::text as version from data_version where id = 1',
    );
    return row.version;
  }

  /** 晋中市's 2021 facility count in an answer of either URL (null: a 304 has no body). */
  function jinzhongCount(path: string, body: string): number | null {
    if (body === '') {
      return null;
    }
    if (path.startsWith('/export/')) {
      return Number(JINZHONG_2021.exec(body)?.[1]);
    }
    const rows = (JSON.parse(body) as { data: { compare: CompareRow[] } }).data.compare;
    return rows.find((r) => r.region?.code === '140700' && r.year === 2021)?.value ?? null;
  }

  async function ask(app: TestApp, path: string, ifNoneMatch?: string) {
    const headers = ifNoneMatch ? { 'if-none-match': ifNoneMatch } : undefined;
    const response = await app.fetch(path, { headers });
    const body = await response.text();
    return {
      status: response.status,
      tag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
      body,
      count: jinzhongCount(path, body),
    };
  }

  it('serves on the second API an answer the first computed, from Redis without a statement', async () => {
    const computed = await first.gql(ComparisonCompareDocument, VARIABLES);
    const csv = await ask(first, EXPORT);
    // the first stores without waiting; both responses are in Redis once it has written them
    await waitFor(
      'two kept answers',
      async () => (await keysUnder(redis, prefix)).length === 2 || null,
      5_000,
    );

    let served: unknown;
    let servedCsv: Awaited<ReturnType<typeof ask>> | undefined;
    const statements = await second.countStatements(async () => {
      served = await second.gql(ComparisonCompareDocument, VARIABLES);
      servedCsv = await ask(second, EXPORT);
    });

    expect(statements).toBe(0);
    expect(served).toEqual(computed);
    expect(servedCsv?.body).toBe(csv.body);
    expect(csv.count).toBe(6);
    expect(second.running.services.answers.lookups.sharedHits).toBe(2);
  });

  it('looks nothing up for a query that asks no comparison question', async () => {
    const lookups = () => {
      const { hits, misses } = second.running.services.answers.lookups;
      return hits + misses;
    };
    const before = lookups();

    await second.gql(RegionByCodeDocument, { code: '140700' });

    expect(lookups()).toBe(before);
  });

  it('keeps each answer in Redis under its data version, for a limited time', async () => {
    const version = await dataVersion();
    const keys = await keysUnder(redis, prefix);

    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${prefix}answer:${version}:[\\w-]{43}$`));
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(3600_000);
    }
  });

  it.each([
    ['GET /graphql', GET_GRAPHQL],
    ['/export', EXPORT],
  ])(
    'tags %s with the version and answers a matching If-None-Match 304 on either API, without a statement',
    async (_name, path) => {
      const version = await dataVersion();
      const answered = await ask(first, path);
      expect(answered.status).toBe(200);
      expect(answered.tag).toMatch(new RegExp(`^W/"${version}-[\\w-]{22}"$`));
      expect(answered.cacheControl).toBe('no-cache');

      for (const app of [first, second]) {
        let revalidated: Awaited<ReturnType<typeof ask>> | undefined;
        const statements = await app.countStatements(async () => {
          revalidated = await ask(app, path, `"other", ${answered.tag}`);
        });
        expect(statements).toBe(0);
        expect(revalidated).toMatchObject({ status: 304, tag: answered.tag, body: '' });
      }
      // another representation of the same question has a tag of its own
      const english = await first.fetch(path, { headers: { 'accept-language': 'en' } });
      await english.arrayBuffer();
      expect(english.headers.get('etag')).not.toBe(answered.tag);
    },
  );

  it('keeps no answer from a HEAD request, whose response has no body', async () => {
    const path = EXPORT.replace('years=2021', 'years=2021,2022');
    const head = await first.fetch(path, { method: 'HEAD' });
    expect(head.status).toBe(200);

    for (const app of [first, second]) {
      expect(await ask(app, path)).toMatchObject({ status: 200, count: 6 });
    }
  });

  it('moves both APIs to the new data under a new tag after a commit, never the old data under it', async () => {
    const before = await Promise.all([ask(first, EXPORT), ask(first, GET_GRAPHQL)]);
    expect(before.map((b) => b.count)).toEqual([6, 6]);

    await importLedgers(first, [QIXIAN_FACILITIES_2021]);

    for (const app of [first, second]) {
      for (const [i, path] of [EXPORT, GET_GRAPHQL].entries()) {
        const stale = before[i].tag!;
        // the second hears of the commit a moment later: until then it may still say 304
        const seen: Awaited<ReturnType<typeof ask>>[] = [];
        const fresh = await waitFor(
          'the new tag',
          async () => {
            const answer = await ask(app, path, stale);
            seen.push(answer);
            return answer.tag !== stale ? answer : null;
          },
          5_000,
        );
        expect(fresh).toMatchObject({ status: 200, count: 8 });
        expect(seen.filter((s) => s.tag === stale).every((s) => s.status === 304)).toBe(true);
        // revalidating with the new tag costs nothing again
        expect(await app.countStatements(() => ask(app, path, fresh.tag!))).toBe(0);
      }
    }
  });

  it('answers 304 or kept bytes only to a caller who may read, where reads need a key', async () => {
    const guarded = await startTestApp({
      DATABASE_URL: first.running.db.url,
      DATA_DIR: first.dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      NODE_ENV: 'production',
    });
    try {
      for (const path of [EXPORT, GET_GRAPHQL]) {
        const answered = await ask(guarded, path);
        expect(answered).toMatchObject({ status: 200, count: 8 });

        const anonymous = await guarded.fetch(path, {
          headers: { ...asKey(null), 'if-none-match': answered.tag! },
        });
        const body = await anonymous.text();

        expect(anonymous.status).not.toBe(304);
        expect(anonymous.headers.get('etag')).not.toBe(answered.tag);
        expect(body).toMatch(/UNAUTHENTICATED/);
        expect(body).not.toMatch(/140700/);
      }
    } finally {
      await guarded.stop();
    }
  });

  it('keeps GET /graphql behind the cross-site guard: another site’s page must send a preflight header', async () => {
    const crossSite = { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' };
    const refused = await first.fetch(GET_GRAPHQL, { headers: crossSite });
    const preflighted = await first.fetch(GET_GRAPHQL, {
      headers: { ...crossSite, 'apollo-require-preflight': 'true' },
    });

    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('CSRF_REFUSED');
    expect(preflighted.status).toBe(200);
  });

  it('answers from the database when Redis is unreachable, and says so once', async () => {
    const log = new LogCapture();
    const port = await freePort();
    const alone = await startTestApp(
      {
        DATABASE_URL: first.running.db.url,
        DATA_DIR: first.dataDir,
        REDIS_URL: `redis://127.0.0.1:${port}`,
        REDIS_KEY_PREFIX: prefix,
        LOG_LEVEL: 'info',
      },
      { log },
    );
    try {
      const expected = await first.gql(ComparisonCompareDocument, VARIABLES);
      for (let round = 0; round < 3; round += 1) {
        const answer = await ask(alone, EXPORT);
        expect(answer).toMatchObject({ status: 200, count: 8 });
        expect(await alone.gql(ComparisonCompareDocument, VARIABLES)).toEqual(expected);
      }
      const outages = log.lines.filter((l) => /^Redis does not answer/.test(String(l.msg)));
      expect(outages).toHaveLength(1);
      const status = alone.running.services.answers.shared!.status();
      expect(status.up).toBe(false);
      expect(status.failures).toBeGreaterThan(0);
      const metrics = await (await alone.fetch('/metrics')).text();
      expect(metrics).toMatch(/^sports_ledger_answer_cache_redis_up 0$/m);
    } finally {
      await alone.stop();
    }
  });

  it('answers without waiting long on a Redis that turned slow', async () => {
    const proxy = await slowableProxy(TEST_REDIS_URL);
    const behind = await startTestApp({
      DATABASE_URL: first.running.db.url,
      DATA_DIR: first.dataDir,
      REDIS_URL: proxy.url,
      REDIS_KEY_PREFIX: prefix,
    });
    try {
      expect(await ask(behind, EXPORT)).toMatchObject({ status: 200, count: 8 });
      expect(behind.running.services.answers.shared!.status()).toEqual({ up: true, failures: 0 });

      proxy.slow(3_000);
      // a question this server has not kept, so it asks Redis, which now takes 3 s to reply
      const started = Date.now();
      const english = await behind.fetch(EXPORT, { headers: { 'accept-language': 'en' } });
      const elapsed = Date.now() - started;

      expect(english.status).toBe(200);
      expect(Number(JINZHONG_2021.exec(await english.text())?.[1])).toBe(8);
      expect(elapsed).toBeLessThan(2_000);
      expect(behind.running.services.answers.shared!.status().failures).toBeGreaterThan(0);
    } finally {
      await behind.stop();
      await proxy.close();
    }
  });
});

interface CompareRow {
  region: { code: string } | null;
  year: number;
  value: number | null;
}
