import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { runScript } from '../../support/cli';
import { snapshotImportedTables } from '../../support/db-snapshot';
import {
  AcceptanceImportLedgerDocument,
  HostilePingDocument,
} from '../../support/generated/graphql';
import { scratchDir, writeFacilityLedger } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { gqlUpload, postImport } from '../../support/uploads';

// Imports run in worker threads: a few at once (IMPORT_CONCURRENCY), a few more waiting
// (IMPORT_QUEUE), the rest turned away with IMPORT_BUSY before anything is written; an import
// past IMPORT_TIMEOUT_S is stopped and its batch FAILED with nothing written; and the server
// keeps answering while a big ledger is read and checked.

const ROWS = 30_000;
// A CSV (no reading thread to start, so a small import is quick even on a busy machine) long
// enough to outlast the time limit below on a fast one, where it takes about 18 s.
const HUGE_ROWS = 600_000;
const TIMEOUT_S = 6;
const CSV_HEAD = '填报单位：祁县体育局\n年度：2023\n序号,项目名称,设施类型,数量,投资额（万元）\n';
const ENGLISH = { 'accept-language': 'en' };

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let big: string;
let huge: string;
let small: string;
let other: string;

beforeAll(async () => {
  scratch = await scratchDir('import-threads');
  big = scratch.file('big.xlsx');
  huge = scratch.file('huge.csv');
  // exceljs is several times slower inside jest's sandbox: the big ledger is written outside it
  const written = await runScript('write-big-ledger.ts', [big, String(ROWS)]);
  expect(written).toMatchObject({ code: 0, stderr: '' });
  const lines = Array.from(
    { length: HUGE_ROWS },
    (_, i) => `${i + 1},祁县第${i + 1}号健身路径,健身路径,1,12.5`,
  );
  await writeFile(huge, `${CSV_HEAD}${lines.join('\n')}\n`);
  small = await writeFacilityLedger(scratch.file('small.xlsx'), {
    bureau: '祁县体育局',
    year: 2022,
    rows: [['祁县全民健身中心', '体育馆', 1, 1200]],
  });
  other = await writeFacilityLedger(scratch.file('other.xlsx'), {
    bureau: '祁县体育局',
    year: 2021,
    rows: [['昭馀镇健身路径', '健身路径', 3, 15.5]],
  });
}, 300_000);

afterAll(() => scratch?.remove());

/** Whether an upload waits its turn (the server's importer is the pool). */
function queuedNow(app: TestApp): boolean {
  return app.running.services.importLoad().waiting > 0;
}

async function count(app: TestApp, sql: string): Promise<number> {
  const [row] = await app.sql<{ n: number }>(sql);
  return Number(row.n);
}

describe('with IMPORT_CONCURRENCY=1 and IMPORT_QUEUE=1', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ IMPORT_CONCURRENCY: '1', IMPORT_QUEUE: '1' });
    // the thread is started (and loads the pipeline) by a first, small import
    expect((await postImport(app, small)).body.status).toBe('COMMITTED');
  }, 300_000);

  afterAll(() => app?.stop());

  it('runs one import, queues one, and turns the others away with 503 IMPORT_BUSY', async () => {
    const before = await snapshotImportedTables(app.sql);
    const batchesBefore = await count(app, 'select count(*) as n from import_batch');
    const first = postImport(app, huge, { dryRun: 'true' });
    // the others arrive once the first is under way
    await waitFor(
      async () =>
        (await count(app, `select count(*) as n from import_batch where status = 'RUNNING'`)) > 0,
    );
    const queued = postImport(app, other);
    await waitFor(async () => queuedNow(app));
    const turnedAway = await Promise.all([
      postImport(app, big, {}, 'big.xlsx', ENGLISH),
      postImport(app, small),
    ]);
    for (const answer of turnedAway) {
      expect(answer.status).toBe(503);
      expect(answer.body.error?.code).toBe('IMPORT_BUSY');
    }
    expect(turnedAway[0].body.error?.message).toBe(
      'the server is busy with other imports; upload again in 30 seconds',
    );
    const graphql = await gqlUpload(app, AcceptanceImportLedgerDocument, small, {});
    expect(graphql.errors?.[0]).toMatchObject({
      message: '服务器正在处理其他导入，请 30 秒后再上传',
      extensions: { code: 'IMPORT_BUSY', retryAfterSeconds: 30 },
    });
    const response = await app.fetch('/imports', { method: 'POST', body: form(small) });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({
      error: { code: 'IMPORT_BUSY', message: '服务器正在处理其他导入，请 30 秒后再上传' },
    });
    const [validated, committed] = await Promise.all([first, queued]);
    expect(validated.body).toMatchObject({ status: 'VALIDATED', rowsImported: HUGE_ROWS });
    expect(committed.body).toMatchObject({ status: 'COMMITTED', rowsImported: 1 });
    // the turned-away uploads made no batch and wrote nothing
    expect(await count(app, 'select count(*) as n from import_batch')).toBe(batchesBefore + 2);
    const after = await snapshotImportedTables(app.sql);
    expect(after.facility.count).toBe(before.facility.count + 1);
  }, 300_000);

  it('answers { __typename } while a big ledger is imported', async () => {
    let done = false;
    let slowestMs = 0;
    let pings = 0;
    const importing = postImport(app, big, { dryRun: 'true' }).finally(() => (done = true));
    while (!done) {
      const started = Date.now();
      expect(await app.gql(HostilePingDocument)).toEqual({ __typename: 'Query' });
      slowestMs = Math.max(slowestMs, Date.now() - started);
      pings += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await importing).body.status).toBe('VALIDATED');
    expect(pings).toBeGreaterThan(5);
    expect(slowestMs).toBeLessThan(3_000);
    process.stdout.write(`big dry run: ${pings} pings, slowest ${slowestMs} ms\n`);
  }, 300_000);
});

describe(`with IMPORT_TIMEOUT_S=${TIMEOUT_S}`, () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ IMPORT_TIMEOUT_S: String(TIMEOUT_S) });
    expect((await postImport(app, small)).body.status).toBe('COMMITTED');
  }, 300_000);

  afterAll(() => app?.stop());

  it('stops a big import at its time limit: FAILED batch, nothing written, the next import runs', async () => {
    const before = await snapshotImportedTables(app.sql);
    const started = Date.now();
    const { status, body } = await postImport(app, huge);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(status).toBe(422);
    expect(body).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({
      code: 'IMPORT_TIMEOUT',
      message: `导入超过了时限（${TIMEOUT_S} 秒）被中止，没有写入任何数据。请把台账拆成几个较小的文件再上传，或请系统管理员放宽时限（IMPORT_TIMEOUT_S）。`,
    });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    // the stopped thread's transaction went with its connection
    await waitFor(
      async () =>
        (await count(
          app,
          `select count(*) as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
        )) === 0,
    );
    expect(
      await count(app, `select count(*) as n from import_batch where status = 'RUNNING'`),
    ).toBe(0);
    const again = await postImport(app, small, { dryRun: 'true' });
    expect(again.body.status).toBe('VALIDATED');
  }, 300_000);
});

function form(file: string): FormData {
  const data = new FormData();
  data.append('file', new Blob([readFileSync(file)]), 'small.xlsx');
  return data;
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) {
      throw new Error('gave up waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
