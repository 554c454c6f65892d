import { AcceptanceIndicatorsDocument } from '../../support/generated/graphql';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { facilitiesOf, importBook, ledger, mappingsOf } from './locate-support';
import type { ImportOptions } from '../../../src/modules/common/import-port';

// decisions §3, issue item 3: what the importer cannot place, the clerk maps (`columnMap`, a list
// of { header, field }); a mapping used by a committed import is remembered for the region and
// header, so the next upload of the same layout goes through. Each test uses its own region.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('column-map')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

const HEADER = ['序号', '项目名称', '设施类型', '体彩公益金'];

/** A facilities ledger whose only money column is headed 体彩公益金 (lottery fund, in 万元). */
function lotteryLedger(bureau: string, year: number, rows: unknown[][]) {
  return [ledger('场地设施', bureau, year, HEADER, rows)];
}

async function upload(
  name: string,
  sheets: ReturnType<typeof lotteryLedger>,
  options: ImportOptions = {},
) {
  return importBook(app, scratch, name, sheets, options);
}

describe('a header mapped by the clerk', () => {
  it('is refused without a mapping, validated with one on a dry run (not remembered), committed with one, and remembered for the region', async () => {
    const book = lotteryLedger('灵石县体育局', 2071, [
      [1, '灵石县全民健身中心', '全民健身中心', 300],
      [2, '灵石县健身园', '健身园', 12.5],
    ]);
    const map = [{ header: '体彩公益金', field: 'investmentYuan' }];

    const unmapped = await upload('lingshi-1.xlsx', book);
    expect(unmapped.batch).toMatchObject({ status: 'FAILED' });
    expect(unmapped.batch.errors!.map((e) => [`${e.column}${e.row}`, e.code])).toEqual([
      ['D4', 'UNMAPPED_COLUMN'],
    ]);

    const dry = await upload('lingshi-2.xlsx', book, { columnMap: map, dryRun: true });
    expect(dry.batch).toMatchObject({ status: 'VALIDATED', errors: [], rowsImported: 2 });
    expect(mappingsOf(dry.report)).toContain('体彩公益金 → investment (REQUEST)');
    const afterDry = await upload('lingshi-3.xlsx', book);
    expect(afterDry.batch.errors!.map((e) => e.code)).toEqual(['UNMAPPED_COLUMN']);

    const mapped = await upload('lingshi-4.xlsx', book, { columnMap: map });
    expect(mapped.batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(mappingsOf(mapped.report)).toContain('体彩公益金 → investment (REQUEST)');
    expect((await facilitiesOf(app, mapped.batch)).map((f) => f.investmentYuan)).toEqual([
      3_000_000, 125_000,
    ]);
    expect(
      await app.sql('select region_code, header_key, field, batch_id from column_mapping'),
    ).toContainEqual({
      region_code: '140729',
      header_key: '体彩公益金',
      field: 'investment',
      batch_id: Number(mapped.batch.id),
    });

    const nextYear = await upload(
      'lingshi-5.xlsx',
      lotteryLedger('灵石县体育局', 2072, [[1, '灵石县笼式足球场', '笼式足球场', 40]]),
    );
    expect(nextYear.batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(mappingsOf(nextYear.report)).toContain('体彩公益金 → investment (REMEMBERED)');
    expect((await facilitiesOf(app, nextYear.batch)).map((f) => f.investmentYuan)).toEqual([
      400_000,
    ]);
  }, 180_000); // five imports, one after the other

  it('is remembered for its region only: another county’s ledger of the same layout is still refused', async () => {
    const book = (bureau: string, name: string) =>
      lotteryLedger(bureau, 2073, [[1, name, '健身园', 8]]);
    const first = await upload('xiyang.xlsx', book('昔阳县体育局', '昔阳县健身园'), {
      columnMap: [{ header: '体彩公益金', field: 'investment' }],
    });
    expect(first.batch).toMatchObject({ status: 'COMMITTED', region: { code: '140724' } });
    const other = await upload('heshun.xlsx', book('和顺县体育局', '和顺县健身园'));
    expect(other.batch).toMatchObject({ status: 'FAILED', region: { code: '140723' } });
    expect(other.batch.errors!.map((e) => e.code)).toEqual(['UNMAPPED_COLUMN']);
  });

  it('skips a column mapped to ignore, saying the clerk asked for it', async () => {
    const { batch, report } = await upload(
      'ignored.xlsx',
      [
        ledger(
          '场地设施',
          '介休市体育局',
          2074,
          ['序号', '项目名称', '设施类型', '覆盖人口'],
          [[1, '介休市绵山健身步道', '健身步道', 12000]],
        ),
      ],
      { columnMap: [{ header: '覆盖人口', field: 'ignore' }] },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.warnings).toEqual([
      expect.objectContaining({ row: 4, column: 'D', header: '覆盖人口', code: 'IGNORED_COLUMN' }),
    ]);
    expect(mappingsOf(report)).toContain('覆盖人口 → ignore (REQUEST)');
    expect(report.sheets[0].columns?.find((c) => c.column === 'D')?.ignoredReason).toBe(
      'mapped to ignore by the clerk',
    );
  });

  it('refuses a field no ledger has, naming the fields it may be, and writes nothing', async () => {
    const before = await snapshotImportedTables(app.sql);
    const { batch, report } = await upload(
      'unknown-field.xlsx',
      lotteryLedger('寿阳县体育局', 2075, [[1, '寿阳县体育馆', '体育馆', 500]]),
      { columnMap: [{ header: '体彩公益金', field: 'money' }] },
    );
    expect(batch).toMatchObject({ status: 'FAILED' });
    expect(batch.errors).toContainEqual(
      expect.objectContaining({
        header: '体彩公益金',
        value: 'money',
        code: 'COLUMN_MAP_UNKNOWN_FIELD',
      }),
    );
    const issue = report.errors.find((e) => e.code === 'COLUMN_MAP_UNKNOWN_FIELD');
    expect(String(issue?.params?.fields).split(', ')).toEqual(
      expect.arrayContaining(['investment', 'participants', 'gold', 'indicator:KEY', 'ignore']),
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('maps a wide-form column to a catalog metric with indicator:KEY, converting its unit', async () => {
    const { batch, report } = await importBook(
      app,
      scratch,
      'wide-mapped.xlsx',
      [
        ledger(
          '基本情况',
          '晋中市体育局',
          2076,
          ['序号', '地区', '户籍人口（万人）', '社区数'],
          [
            [1, '祁县', 27.1, 120],
            [2, '平遥县', 52.3, 150],
          ],
        ),
      ],
      { columnMap: [{ header: '户籍人口（万人）', field: 'indicator:POPULATION' }] },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(mappingsOf(report)).toContain('户籍人口（万人） → indicator:POPULATION (REQUEST)');
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { years: [2076] },
    });
    expect(
      indicators!.nodes
        .filter((i) => i.metric.key === 'POPULATION')
        .map((i) => [i.region.code, i.value])
        .sort(),
    ).toEqual([
      ['140727', 271_000],
      ['140728', 523_000],
    ]);
  });
});
