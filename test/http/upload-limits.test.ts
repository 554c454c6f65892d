import { readdir } from 'node:fs/promises';
import { print } from 'graphql';
import { ownTempDir } from '../../src/import/read/temp-file';
import { AcceptanceImportLedgerDocument } from '../support/generated/graphql';
import { fixturePath } from '../support/fixtures';
import { startTestApp, withKey, type TestApp } from '../support/test-app';
import { trickle } from '../support/trickle-upload';
import { gqlUpload, postImport } from '../support/uploads';

// The limits every upload path keeps (POST /imports and the importLedger mutation): one file,
// named .xlsx or .csv, at most MAX_UPLOAD_MB, arriving within UPLOAD_TIMEOUT_S. A refused upload
// answers a 4xx in the clerk's language, creates no batch and leaves no byte on disk.

const ENGLISH = { 'accept-language': 'en' };
const HEDONG = fixturePath('hedong-2022.xlsx'); // 11,821 bytes: over the 0.01 MB limit below

let app: TestApp;
let batchesBefore: number;

beforeAll(async () => {
  app = await startTestApp({ MAX_UPLOAD_MB: '0.01', UPLOAD_TIMEOUT_S: '2' });
});

beforeEach(async () => {
  batchesBefore = await batchCount();
});

afterAll(async () => {
  await app?.stop();
});

async function batchCount(): Promise<number> {
  const [row] = await app.sql<{ n: number }>('select count(*)::int as n from import_batch');
  return row.n;
}

/** Files this process's server holds in its temporary directory. */
async function tempFiles(): Promise<string[]> {
  const entries = await readdir(ownTempDir(), { recursive: true }).catch(() => []);
  return entries.filter((name) => name.includes('.'));
}

async function expectNothingKept(): Promise<void> {
  expect(await batchCount()).toBe(batchesBefore);
  expect(await tempFiles()).toEqual([]);
}

/** As expectNothingKept, once the server has seen the cut connection close (a moment later). */
async function expectNothingKeptSoon(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await tempFiles()).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await expectNothingKept();
}

function form(files: { name: string; bytes: Buffer }[]): FormData {
  const body = new FormData();
  for (const file of files) {
    body.append('file', new Blob([file.bytes]), file.name);
  }
  return body;
}

const CSV = Buffer.from('序号,名称\n1,健身步道\n');

describe('POST /imports', () => {
  it('refuses a file over MAX_UPLOAD_MB with 413 JSON, keeping no batch and no bytes', async () => {
    const { status, body } = await postImport(app, HEDONG, {}, undefined, ENGLISH);
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('MAX_UPLOAD_MB'),
    });
    await expectNothingKept();
  });

  it('refuses two files in one request with 400 TOO_MANY_FILES', async () => {
    const body = form([
      { name: 'a.csv', bytes: CSV },
      { name: 'b.csv', bytes: CSV },
    ]);
    const response = await app.fetch('/imports', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'TOO_MANY_FILES', message: '一次只能上传一个文件；请分别上传每个台账' },
    });
    await expectNothingKept();
  });

  it.each([
    ['ledger.xls', 'LEGACY_XLS', /另存为 \.xlsx/],
    ['ledger.txt', 'UNSUPPORTED_FILE_TYPE', /只能上传 Excel 工作簿（\.xlsx）或 CSV 文件/],
    ['ledger', 'UNSUPPORTED_FILE_TYPE', /只能上传/],
    ['ledger.xlsm', 'UNSUPPORTED_FILE_TYPE', /只能上传/],
  ])('refuses a file named %s with 415 %s before storing it', async (name, code, message) => {
    const response = await app.fetch('/imports', {
      method: 'POST',
      body: form([{ name, bytes: CSV }]),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: { code, message: expect.stringMatching(message) },
    });
    await expectNothingKept();
  });

  it('says the same in English with Accept-Language: en', async () => {
    const response = await app.fetch('/imports', {
      method: 'POST',
      body: form([{ name: 'ledger.xls', bytes: CSV }]),
      headers: ENGLISH,
    });
    expect(await response.json()).toEqual({
      error: { code: 'LEGACY_XLS', message: expect.stringContaining('save it as .xlsx') },
    });
  });

  it('refuses a legacy .xls renamed .xlsx by its content, with the catalog message (422)', async () => {
    const { status, body } = await postImport(app, fixturePath('bad/legacy.xls'), {}, 'old.xlsx');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({
      code: 'LEGACY_XLS',
      message: '这是旧格式的 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传。',
    });
    expect(await tempFiles()).toEqual([]);
  });

  it('cuts an upload that trickles in after UPLOAD_TIMEOUT_S with 408 JSON, keeping nothing', async () => {
    const started = Date.now();
    const answer = await trickle(
      `${app.url}/imports`,
      'slow.xlsx',
      HEDONG,
      undefined,
      withKey(app),
    );
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'UPLOAD_TIMEOUT', message: expect.stringContaining('UPLOAD_TIMEOUT_S') },
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    await expectNothingKeptSoon();
  }, 40_000);
});

describe('the importLedger mutation', () => {
  it('refuses a file named .txt with UNSUPPORTED_FILE_TYPE, creating no batch', async () => {
    const result = await gqlUpload(app, AcceptanceImportLedgerDocument, HEDONG, {}, 'ledger.txt');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"ledger.txt"'),
        extensions: expect.objectContaining({ code: 'UNSUPPORTED_FILE_TYPE' }),
      }),
    ]);
    await expectNothingKept();
  });

  it('refuses two files with 400 TOO_MANY_FILES', async () => {
    const body = new FormData();
    const operations = { query: print(AcceptanceImportLedgerDocument), variables: { file: null } };
    body.append('operations', JSON.stringify(operations));
    body.append('map', JSON.stringify({ 0: ['variables.file'], 1: ['variables.other'] }));
    body.append('0', new Blob([CSV]), 'a.csv');
    body.append('1', new Blob([CSV]), 'b.csv');
    const response = await app.fetch('/graphql', {
      method: 'POST',
      body,
      headers: { 'apollo-require-preflight': 'true', ...ENGLISH },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'TOO_MANY_FILES',
        message: 'one file per upload; upload each ledger on its own',
      },
    });
    expect(await batchCount()).toBe(batchesBefore);
  });

  it('cuts a trickling upload after UPLOAD_TIMEOUT_S with 408', async () => {
    const answer = await trickle(
      `${app.url}/graphql`,
      'slow.csv',
      HEDONG,
      AcceptanceImportLedgerDocument,
      withKey(app),
    );
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).error.code).toBe('UPLOAD_TIMEOUT');
    expect(await batchCount()).toBe(batchesBefore);
  }, 40_000);
});
