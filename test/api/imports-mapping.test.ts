import {
  AcceptanceFacilitiesDocument,
  ClerkImportBatchDocument,
  ClerkImportLedgerDocument,
  type ClerkBatchFragment,
} from '../support/generated/graphql';
import { snapshotImportedTables } from '../support/db-snapshot';
import { scratchDir, writeWorkbook, type SheetSpec } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { gqlUploadData, postImport } from '../support/uploads';

// The transports of the clerk's column mapping and sheet skipping (decisions §3): the GraphQL
// arguments, the form fields of POST /imports, and what the batch says it applied. A header the
// importer cannot place (合同价 names no measure or unit) is refused once, mapped once, remembered.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('mapping')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** 祁县's facilities of `year`, the investment under a header of the bureau's own. */
function facilities(year: number, investmentHeader = '合同价'): SheetSpec {
  return {
    name: '场地设施',
    rows: [
      [`${year}年体育场地设施台账`],
      ['填报单位：祁县体育局'],
      [`年度：${year}`],
      ['序号', '项目名称', '设施类型', '数量', investmentHeader],
      [1, '东观镇健身园', '健身园', 3, 15],
      [2, '昌源河健身步道', '健身步道', 1, 120],
    ],
  };
}

/** Last year's copy, left visible beside the ledger: numbers under no ledger's header. */
const OLD_COPY: SheetSpec = {
  name: '旧表',
  rows: [
    ['名目', '甲', '乙'],
    ['一', 5, 6],
  ],
};

async function uploadGraphql(
  name: string,
  sheets: SheetSpec[],
  variables: { columnMap?: { header: string; field: string }[]; ignoreSheets?: string[] } = {},
): Promise<ClerkBatchFragment> {
  const file = await writeWorkbook(scratch.file(name), sheets);
  return (await gqlUploadData(app, ClerkImportLedgerDocument, file, variables)).importLedger;
}

async function investmentsOf(batchId: string): Promise<[string, number | null][]> {
  const { facilities: list } = await app.gql(AcceptanceFacilitiesDocument, {
    filter: { regions: ['140727'] },
  });
  return list!.nodes
    .filter((f) => f.source.batch.id === batchId)
    .map((f) => [f.name, f.investmentYuan]);
}

describe('columnMap through GraphQL', () => {
  it('refuses a column of numbers under a header it cannot place, asking for a mapping at its header', async () => {
    const batch = await uploadGraphql('unmapped.xlsx', [facilities(2041)]);
    expect(batch).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    expect(batch.errors).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        header: '合同价',
        code: 'UNMAPPED_COLUMN',
        message: expect.stringContaining('columnMap'),
        rowValues: null,
      }),
    ]);
  });

  it('imports the column the clerk maps (the GraphQL field name is the key’s synonym) and lists the mapping', async () => {
    const batch = await uploadGraphql('mapped.xlsx', [facilities(2041)], {
      columnMap: [{ header: '合同价', field: 'investmentYuan' }],
    });
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.columnMappings).toContainEqual({
      sheet: '场地设施',
      header: '合同价',
      field: 'investment',
      source: 'REQUEST',
    });
    expect(batch.sheets![0].columns).toContainEqual(
      expect.objectContaining({ header: '合同价', column: 'E', field: 'investment' }),
    );
    expect(await investmentsOf(batch.id)).toEqual([
      ['东观镇健身园', 150_000],
      ['昌源河健身步道', 1_200_000],
    ]);
  });

  it('imports the same layout the next time without the map, saying the mapping was remembered', async () => {
    const batch = await uploadGraphql('remembered.xlsx', [facilities(2042)]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.columnMappings).toContainEqual({
      sheet: '场地设施',
      header: '合同价',
      field: 'investment',
      source: 'REMEMBERED',
    });
    expect(await investmentsOf(batch.id)).toEqual([
      ['东观镇健身园', 150_000],
      ['昌源河健身步道', 1_200_000],
    ]);
  });

  it('skips the sheets named in ignoreSheets, which otherwise refuse the batch', async () => {
    const refused = await uploadGraphql('old-copy.xlsx', [
      facilities(2043, '投资额（万元）'),
      OLD_COPY,
    ]);
    expect(refused.status).toBe('FAILED');
    expect(refused.errors!.map((e) => [e.sheet, e.code])).toEqual([['旧表', 'UNRECOGNISED_SHEET']]);

    const batch = await uploadGraphql(
      'old-copy-skipped.xlsx',
      [facilities(2043, '投资额（万元）'), OLD_COPY],
      {
        ignoreSheets: ['旧表'],
      },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets!.map((s) => [s.name, s.kind, s.skippedReason])).toEqual([
      ['场地设施', 'FACILITIES', null],
      ['旧表', null, expect.stringContaining('ignoreSheets')],
    ]);
  });

  it('gives the row as the clerk wrote it with an error of that row', async () => {
    const sheet = facilities(2044, '投资额（万元）');
    sheet.rows[4] = [1, '东观镇健身园', '健身园', 3, '待定'];
    const batch = await uploadGraphql('row-values.xlsx', [sheet]);
    expect(batch.errors).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'E',
        code: 'NOT_A_NUMBER',
        rowValues: ['1', '东观镇健身园', '健身园', '3', '待定'],
      }),
    ]);
  });
});

describe('POST /imports form fields', () => {
  it('takes columnMap as a JSON list of { header, field }, and says in the batch JSON what it applied', async () => {
    const file = await writeWorkbook(scratch.file('form-map.xlsx'), [facilities(2045)]);
    const { status, body } = await postImport(app, file, {
      columnMap: JSON.stringify([{ header: '合同价', field: 'investment' }]),
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(body.columnMappings).toContainEqual({
      sheet: '场地设施',
      header: '合同价',
      field: 'investment',
      source: 'REQUEST',
    });
    expect(body.sheets[0].columns).toContainEqual(
      expect.objectContaining({ header: '合同价', field: 'investment' }),
    );
  });

  it('takes ignoreSheets as names separated by commas or as a JSON list', async () => {
    const file = await writeWorkbook(scratch.file('form-ignore.xlsx'), [
      facilities(2046, '投资额（万元）'),
      OLD_COPY,
      { ...OLD_COPY, name: '旧表2' },
    ]);
    const [commas, json] = await Promise.all([
      postImport(app, file, { ignoreSheets: '旧表，旧表2', dryRun: 'true' }),
      postImport(app, file, { ignoreSheets: JSON.stringify(['旧表', '旧表2']), dryRun: 'true' }),
    ]);
    for (const { status, body } of [commas, json]) {
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'VALIDATED', errors: [] });
      expect(body.sheets.map((s) => s.skippedReason === null)).toEqual([true, false, false]);
    }
  });

  it.each([
    ['columnMap', '{"header": "合同价"', 'BAD_COLUMN_MAP'],
    ['columnMap', '[{"header": "合同价"}]', 'BAD_COLUMN_MAP'],
    ['columnMap', '"investment"', 'BAD_COLUMN_MAP'],
    ['ignoreSheets', '[1, 2]', 'BAD_IGNORE_SHEETS'],
    ['year', '二〇二三', 'BAD_USER_INPUT'],
  ])('refuses %s=%s with 400 %s, writing no batch', async (field, value, code) => {
    const file = await writeWorkbook(scratch.file(`bad-${code}.xlsx`), [facilities(2047)]);
    const before = await snapshotImportedTables(app.sql);
    const [{ n: batches }] = await app.sql<{ n: number }>(
      'select count(*)::int as n from import_batch',
    );
    const { status, body } = await postImport(app, file, { [field]: value });
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code, message: expect.stringContaining(`"${field}"`) } });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    expect(await app.sql('select count(*)::int as n from import_batch')).toEqual([{ n: batches }]);
  });
});

describe('a form posted from another site', () => {
  it('is refused with 403 CSRF_REFUSED, said in Chinese', async () => {
    const form = new FormData();
    form.append('file', new Blob(['项目名称\r\n']), 'x.csv');
    const response = await app.fetch('/imports', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
      body: form,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('拒绝来自其他网站的表单提交'),
          extensions: { code: 'CSRF_REFUSED' },
        },
      ],
    });
  });
});

describe('file names', () => {
  it('keeps a Chinese file name sent in UTF-8 through POST /imports and importLedger', async () => {
    const file = await writeWorkbook(scratch.file('name.xlsx'), [
      facilities(2048, '投资额（万元）'),
    ]);
    const name = '河东区体育局台账.xlsx';
    const rest = await postImport(app, file, { dryRun: 'true' }, name);
    const graphql = (
      await gqlUploadData(app, ClerkImportLedgerDocument, file, { dryRun: true }, name)
    ).importLedger;

    expect(rest.body.fileName).toBe(name);
    expect(graphql.fileName).toBe(name);
    const { importBatch } = await app.gql(ClerkImportBatchDocument, { id: rest.body.id });
    expect(importBatch!.fileName).toBe(name);
    expect(
      await app.sql('select file_name from import_batch where id = any(?::int[])', [
        [rest.body.id, graphql.id],
      ]),
    ).toEqual([{ file_name: name }, { file_name: name }]);
  });
});
