import {
  AcceptanceRollbackImportDocument,
  ClerkImportLedgerDocument,
  ComparisonCompareDocument,
  EventListDocument,
} from '../support/generated/graphql';
import { snapshotImportedTables } from '../support/db-snapshot';
import { fixturePath } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { gqlUpload, postImport } from '../support/uploads';

// The refusals and notes an analyst or clerk reads outside an import report come from the same
// catalog as the report: Chinese by default, English with Accept-Language: en, the code the same
// either way, and nothing changed by the refusal.

const ENGLISH = { 'accept-language': 'en' };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

/** A REST answer's status and error body, in the language the headers ask for. */
async function problem(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as { error: unknown } };
}

describe('rollbackImport refused (ROLLBACK_REFUSED)', () => {
  it('says in Chinese, and in English when asked, that a dry run cannot be rolled back', async () => {
    const dryRun = await postImport(app, fixturePath('hedong-2022.xlsx'), { dryRun: 'true' });
    expect(dryRun.body.status).toBe('VALIDATED');
    const id = String(dryRun.body.id);
    const before = await snapshotImportedTables(app.sql);

    const zh = await app.gqlRaw(AcceptanceRollbackImportDocument, { id });
    const en = await app.gqlRaw(AcceptanceRollbackImportDocument, { id }, ENGLISH);

    expect(zh.errors).toEqual([
      expect.objectContaining({
        message: `第 ${id} 批的状态是「已校验（试导入或被拒绝）」（VALIDATED），只有已提交（COMMITTED）的批次可以撤销`,
        extensions: { code: 'ROLLBACK_REFUSED' },
      }),
    ]);
    expect(en.errors?.[0]).toMatchObject({
      message: `batch ${id} is VALIDATED; only a COMMITTED batch can be rolled back`,
      extensions: { code: 'ROLLBACK_REFUSED' },
    });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('names a batch that does not exist, in either language', async () => {
    const zh = await app.gqlRaw(AcceptanceRollbackImportDocument, { id: '987654' });
    const en = await app.gqlRaw(AcceptanceRollbackImportDocument, { id: '987654' }, ENGLISH);

    expect(zh.errors?.[0]).toMatchObject({
      message: '没有编号为 "987654" 的导入批次',
      extensions: { code: 'ROLLBACK_REFUSED' },
    });
    expect(en.errors?.[0].message).toBe('no import batch "987654"');
  });
});

describe('GraphQL refusals of a question', () => {
  const unknownMetric = { regions: ['140700'], metrics: ['facilities.nope'] };

  it('says an unknown metric in Chinese, listing the known ones, and in English when asked', async () => {
    const zh = await app.gqlRaw(ComparisonCompareDocument, unknownMetric);
    const en = await app.gqlRaw(ComparisonCompareDocument, unknownMetric, ENGLISH);

    expect(zh.errors?.[0].message).toMatch(
      /^未知的指标「facilities\.nope」；可用的指标：.*facilities\.count/,
    );
    expect(zh.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(en.errors?.[0].message).toMatch(/^unknown metric "facilities\.nope"; known metrics: /);
    expect(en.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('says a page size out of range with the limit and the value given', async () => {
    // above the limit: refused before execution by the query limits (PAGE_LIMIT)
    const zh = await app.gqlRaw(EventListDocument, { first: 5000 });
    const en = await app.gqlRaw(EventListDocument, { first: 5000 }, ENGLISH);
    expect(zh.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/最大为 1000，收到的是 5000/),
      extensions: { code: 'PAGE_LIMIT' },
    });
    expect(en.errors?.[0].message).toMatch(/1000.*5000|5000.*1000/);

    // below zero: refused by the page arguments themselves
    const negative = await app.gqlRaw(EventListDocument, { first: -1 });
    const negativeEn = await app.gqlRaw(EventListDocument, { first: -1 }, ENGLISH);
    expect(negative.errors?.[0]).toMatchObject({
      message: '"first" 应在 0 到 1000 之间，收到的是 -1',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(negativeEn.errors?.[0].message).toBe('"first" must be between 0 and 1000, got -1');
  });

  it('masks an unexpected error with the catalog’s sentence, no SQL, in either language', async () => {
    await app.sql('alter table event rename to event_away');
    try {
      const zh = await app.gqlRaw(EventListDocument, {});
      const en = await app.gqlRaw(EventListDocument, {}, ENGLISH);

      expect(zh.errors?.[0]).toMatchObject({
        message: '服务器内部错误',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(zh.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(en.errors?.[0].message).toBe('Internal server error');
      expect(JSON.stringify([zh, en])).not.toMatch(/event_away|relation|select/i);
    } finally {
      await app.sql('alter table event_away rename to event');
    }
  });
});

describe('a cell refused with the values it could take', () => {
  it('lists the accepted words of a drop-down column beside the wrong one, in Chinese', async () => {
    const scratch = await scratchDir('answer-language');
    const file = await writeWorkbook(scratch.file('祁县2021年场地设施.xlsx'), [
      {
        name: '场地设施',
        rows: [
          ['填报单位：祁县体育局'],
          ['年度：2021'],
          ['序号', '项目名称', '设施类型', '数量', '建设状态'],
          [1, '东观镇健身园', '健身园', 3, '快好了'],
        ],
      },
    ]);
    const zh = await postImport(app, file, { dryRun: 'true' });
    const en = await postImport(app, file, { dryRun: 'true' }, undefined, ENGLISH);
    await scratch.remove();

    const [status] = zh.body.errors;
    expect(status).toMatchObject({ column: 'E', row: 4, code: 'INVALID_ENUM' });
    expect(status.message).toMatch(/^「快好了」不是此列的可选值；可选：.*已建成/);
    expect(en.body.errors[0].message).toMatch(/^"快好了" is not one of: .*已建成/);
  });
});

describe('an input refused by its checks (columnMap)', () => {
  it('names each field and what is wrong with it, in Chinese and in English, writing nothing', async () => {
    const columnMap = [{ header: '', field: 'x'.repeat(120) }];
    const file = fixturePath('hedong-2022.xlsx');
    const before = await snapshotImportedTables(app.sql);

    const zh = await gqlUpload(app, ClerkImportLedgerDocument, file, { columnMap });
    const en = await gqlUpload(
      app,
      ClerkImportLedgerDocument,
      file,
      { columnMap },
      undefined,
      ENGLISH,
    );

    expect(zh.errors?.[0]).toMatchObject({
      message: '参数不合要求：header 不能为空；field 最长 100 个字符，收到 120 个',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(en.errors?.[0].message).toBe(
      'Argument Validation Error: header should not be empty; field must be at most 100 characters, got 120',
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });
});

describe('REST refusals', () => {
  it('answers an unknown template with 404 naming the kinds, in Chinese and in English', async () => {
    expect(await problem('/templates/stadiums.xlsx')).toEqual({
      status: 404,
      body: {
        error: {
          code: 'NOT_FOUND',
          message:
            '没有模板「stadiums.xlsx」；可下载的模板：events, facilities, results, indicators（如 /templates/events.xlsx）',
        },
      },
    });
    expect((await problem('/templates/stadiums.xlsx', ENGLISH)).body).toEqual({
      error: {
        code: 'NOT_FOUND',
        message:
          'no template "stadiums.xlsx": use one of events, facilities, results, indicators (e.g. /templates/events.xlsx)',
      },
    });
  });

  it('answers an unparsable JSON body in Chinese, and with the parser’s words in English', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{ "not a JSON',
      });

    const zh = await post({});
    const en = await post(ENGLISH);

    expect(zh.status).toBe(400);
    expect(await zh.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: '请求体不是有效的 JSON' },
    });
    expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);
  });

  it('answers an unknown export with 404 naming the questions and formats', async () => {
    const zh = await problem('/export/ranking.csv');
    const en = await problem('/export/ranking.csv', ENGLISH);

    expect(zh.status).toBe(404);
    expect(zh.body).toEqual({
      error: {
        code: 'NOT_FOUND',
        message:
          '没有导出「ranking.csv」；导出地址为 /export/{compare|facility-summary|event-summary|medal-table}.{csv,xlsx,json}',
      },
    });
    expect(en.body).toMatchObject({
      error: { message: expect.stringMatching(/^no export "ranking\.csv": exports are/) },
    });
  });

  it('answers a bad export parameter with 400 naming the parameter and the value', async () => {
    const path = '/export/compare.csv?regions=140700&metrics=facilities.count&years=2021,last';

    expect(await problem(path)).toEqual({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: '参数 "years" 应为整数列表（用逗号分隔），收到的是 "2021,last"',
        },
      },
    });
    expect((await problem(path, ENGLISH)).body).toMatchObject({
      error: { message: '"years" must list whole numbers, got "2021,last"' },
    });
    expect((await problem('/export/compare.csv?metrics=facilities.count')).body).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: '缺少查询参数 "regions"' },
    });
  });

  it('answers an export of an unknown metric in the reader’s language', async () => {
    const path = '/export/compare.csv?regions=140700&metrics=nope';

    expect((await problem(path)).body).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/^未知的指标「nope」/) },
    });
    expect((await problem(path, ENGLISH)).body).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/^unknown metric "nope"/) },
    });
  });

  it('writes the compare export’s notes in the reader’s language', async () => {
    await postImport(app, fixturePath('jinzhong-2021.xlsx'));
    const path = '/export/compare.json?regions=140700&metrics=facilities.count&years=2021';

    const zh = (await (await fetch(`${app.url}${path}`)).json()) as { note: string }[];
    const en = (await (await fetch(`${app.url}${path}`, { headers: ENGLISH })).json()) as {
      note: string;
    }[];

    expect(zh[0].note).toMatch(/^数据不全：山西省晋中市下属 11 个县级行政区中只有 \d+ 个填报/);
    expect(en[0].note).toMatch(/^partial: only \d+ of the 11 county-level regions of 山西省晋中市/);
  });
});
