import * as path from 'node:path';
import type { Running } from '../../../src/start-server';
import {
  AcceptanceFacilitiesDocument,
  AcceptanceImportLedgerDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { runCli } from '../../support/cli';
import { snapshotImportedTables, type Snapshot } from '../../support/db-snapshot';
import { fixturePath } from '../../support/fixtures';
import { startServerOn } from '../../support/server-on';
import { startTestApp, type TestApp } from '../../support/test-app';
import { gqlUpload, gqlUploadData, postImport } from '../../support/uploads';

// The bad ledgers of test/fixtures/ledgers/bad: each is refused with what is wrong, and
// nothing reaches the database. 晋中市 2021 is imported first, so a refused ledger for the same
// scope would show if it replaced anything.

let app: TestApp;
let before: Snapshot;

beforeAll(async () => {
  app = await startTestApp();
  const seed = await postImport(app, fixturePath('jinzhong-2021.xlsx'));
  expect(seed.body.status).toBe('COMMITTED');
  before = await snapshotImportedTables(app.sql);
});

afterAll(async () => {
  await app?.stop();
});

// read in English: these tests check the pipeline's own sentences (test/api/clerk-language
// checks the Chinese a clerk reads by default)
const ENGLISH = { 'accept-language': 'en' };

/**
 * Uploads a fixture through GraphQL. A `.xls` goes up renamed `.xlsx`, as a clerk's renamed file
 * would: named .xls it is refused by its name before the importer sees it (upload-limits.test).
 */
async function importFixture(name: string): Promise<AcceptanceBatchFragment> {
  const file = fixturePath(name);
  const uploadName = path.basename(file).replace(/\.xls$/, '.xlsx');
  return (await gqlUploadData(app, AcceptanceImportLedgerDocument, file, {}, uploadName, ENGLISH))
    .importLedger;
}

async function expectDatabaseUnchanged(): Promise<void> {
  expect(await snapshotImportedTables(app.sql)).toEqual(before);
}

describe('bad/cell-errors.xlsx', () => {
  let batch: AcceptanceBatchFragment;

  beforeAll(async () => {
    batch = await importFixture('bad/cell-errors.xlsx');
  });

  it('is rejected and nothing of it is written', async () => {
    expect(batch).toMatchObject({
      status: 'FAILED',
      rowsImported: 0,
      region: { code: '140700' },
      year: 2021,
    });
    expect(batch.sheets!.map((s) => [s.name, s.kind, s.rowsRead, s.rowsImported])).toEqual([
      ['场地设施', 'FACILITIES', 8, 0],
      ['竞赛成绩', 'RESULTS', 1, 0],
      ['工作指标', 'INDICATORS', 1, 0],
    ]);
    await expectDatabaseUnchanged();
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: ['140700'], years: [2021] },
    });
    expect(facilities!.totalCount).toBe(6);
    expect(facilities!.nodes.every((f) => f.source.batch.id !== batch.id)).toBe(true);
  });

  it('names every mistake at its cell: sheet, row, column letter, header, value and code', () => {
    const investment = expect.stringMatching(/^投资额[(（]万元[)）]$/);
    expect(batch.errors!.map(({ message: _message, ...where }) => where)).toEqual([
      {
        sheet: '场地设施',
        row: 5,
        column: 'F',
        header: investment,
        value: '待定',
        code: 'NOT_A_NUMBER',
      },
      {
        sheet: '场地设施',
        row: 6,
        column: 'B',
        header: '所属地区',
        value: '河东区',
        code: 'REGION_OUTSIDE_SCOPE',
      },
      {
        sheet: '场地设施',
        row: 7,
        column: 'G',
        header: '完成时间',
        value: '2021年13月5日',
        code: 'INVALID_DATE',
      },
      {
        sheet: '场地设施',
        row: 8,
        column: 'E',
        header: '数量',
        value: '-2',
        code: 'NEGATIVE_NUMBER',
      },
      { sheet: '场地设施', row: 9, column: 'C', header: '项目名称', value: null, code: 'REQUIRED' },
      {
        sheet: '场地设施',
        row: 10,
        column: 'F',
        header: investment,
        value: '#REF!',
        code: 'CELL_ERROR_VALUE',
      },
      {
        sheet: '竞赛成绩',
        row: 4,
        column: 'F',
        header: '奖牌总数',
        value: '10',
        code: 'MEDAL_TOTAL_MISMATCH',
      },
      {
        sheet: '工作指标',
        row: 4,
        column: 'B',
        header: '指标名称',
        value: '幸福指数',
        code: 'UNKNOWN_METRIC',
      },
    ]);
  });

  it('says in each message what is wrong with the value', () => {
    const messages = batch.errors!.map((e) => e.message);
    expect(messages[0]).toContain('待定');
    expect(messages[1]).toEqual(expect.stringContaining('河东区'));
    expect(messages[1]).toEqual(expect.stringContaining('晋中市'));
    expect(messages[1]).toEqual(expect.stringContaining('140700'));
    expect(messages[2]).toContain('2021年13月5日');
    expect(messages[3]).toContain('-2');
    expect(messages[4]).toContain('项目名称');
    expect(messages[5]).toContain('#REF!');
    expect(messages[6]).toMatch(/10\b.*\b9\b/);
    expect(messages[7]).toContain('幸福指数');
  });

  it('reports the unknown type 游乐场 as a warning only, and finds nothing wrong with row 4', () => {
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 11,
        column: 'D',
        value: '游乐场',
        code: 'UNKNOWN_ENUM_VALUE',
        message: expect.stringContaining('游乐场'),
      }),
    ]);
    expect(batch.errors!.filter((e) => e.sheet === '场地设施' && e.row === 4)).toEqual([]);
  });
});

describe('files that are not a readable workbook', () => {
  it.each([
    ['bad/not-a-workbook.xlsx', 'NOT_A_WORKBOOK', /not a workbook/],
    ['bad/damaged.xlsx', 'DAMAGED_WORKBOOK', /damaged/],
    ['bad/legacy.xls', 'LEGACY_XLS', /save it as \.xlsx/],
    ['bad/empty.xlsx', 'EMPTY_WORKBOOK', /empty/],
  ])('refuses %s with %s and its own message, writing nothing', async (name, code, message) => {
    const batch = await importFixture(name);
    expect(batch.status).toBe('FAILED');
    expect(batch.rowsImported).toBe(0);
    expect(batch.errors).toEqual([
      {
        sheet: null,
        row: null,
        column: null,
        header: null,
        value: null,
        code,
        message: expect.stringMatching(message),
      },
    ]);
    await expectDatabaseUnchanged();
  });

  it('gives each refusal a message of its own', async () => {
    const names = ['not-a-workbook.xlsx', 'damaged.xlsx', 'legacy.xls', 'empty.xlsx'];
    const messages = await Promise.all(
      names.map(async (n) => (await importFixture(`bad/${n}`)).errors![0].message),
    );
    expect(new Set(messages).size).toBe(4);
  });

  it('answers POST /imports with 422 and the batch report for a refused file', async () => {
    const legacy = fixturePath('bad/legacy.xls');
    const { status, body } = await postImport(app, legacy, {}, 'legacy.xlsx', ENGLISH);
    expect(status).toBe(422);
    expect(body).toMatchObject({
      status: 'FAILED',
      errors: [
        expect.objectContaining({ code: 'LEGACY_XLS', message: expect.stringContaining('.xlsx') }),
      ],
    });
    await expectDatabaseUnchanged();
  });
});

describe('a workbook over MAX_UPLOAD_MB', () => {
  let small: Running & { key: string | null };

  beforeAll(async () => {
    // 0.01 MB = 10,486 bytes; hedong-2022.xlsx is 11,821
    small = {
      ...(await startServerOn(app.running.db.url, { MAX_UPLOAD_MB: '0.01' })),
      key: app.key,
    };
  });

  afterAll(async () => {
    await small?.stop();
  });

  it('is refused by POST /imports with 413 FILE_TOO_LARGE', async () => {
    const hedong = fixturePath('hedong-2022.xlsx');
    const { status, body } = await postImport(small, hedong, {}, undefined, ENGLISH);
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('MAX_UPLOAD_MB'),
    });
    await expectDatabaseUnchanged();
  });

  it('is refused by the importLedger mutation with the FILE_TOO_LARGE error code', async () => {
    const result = await gqlUpload(
      small,
      AcceptanceImportLedgerDocument,
      fixturePath('hedong-2022.xlsx'),
      {},
    );
    expect(result.data?.importLedger ?? null).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FILE_TOO_LARGE' }) }),
    ]);
    await expectDatabaseUnchanged();
  });

  it('still takes a workbook under the limit', async () => {
    const { status, body } = await postImport(small, fixturePath('bad/not-a-workbook.xlsx'));
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe('NOT_A_WORKBOOK');
  });
});

describe('sports-ledger import (CLI)', () => {
  // each process loads the whole application: slow on a busy machine
  it('exits 2 for an unreadable file and 1 for a ledger with cell errors, writing nothing', async () => {
    const url = app.running.db.url;
    // two processes only: each loads the whole application
    const [damaged, cells] = await Promise.all([
      runCli(['import', fixturePath('bad/damaged.xlsx')], url),
      runCli(['import', fixturePath('bad/cell-errors.xlsx'), '--json'], url),
    ]);
    // the whole run is compared, so that a failure shows what the command printed
    expect(damaged).toMatchObject({
      code: 2,
      stdout: expect.stringContaining('[DAMAGED_WORKBOOK]'),
      stderr: '',
    });
    expect(cells).toMatchObject({ code: 1, signal: null, stderr: '' });
    const report = JSON.parse(cells.stdout) as {
      status: string;
      errors: { code: string }[];
      replaces: null;
    };
    expect(report.status).toBe('FAILED');
    expect(report.errors.map((e) => e.code)).toEqual([
      'NOT_A_NUMBER',
      'REGION_OUTSIDE_SCOPE',
      'INVALID_DATE',
      'NEGATIVE_NUMBER',
      'REQUIRED',
      'CELL_ERROR_VALUE',
      'MEDAL_TOTAL_MISMATCH',
      'UNKNOWN_METRIC',
    ]);
    await expectDatabaseUnchanged();
  }, 300_000);
});
