import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {
  AcceptanceEventsDocument,
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  AcceptanceIndicatorsDocument,
  AcceptanceResultsDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';

// Notations a careful clerk writes (issue "real bureau ledgers", ledger-spec §4–§6): each test
// builds a workbook as Excel or WPS saves it, imports it, and reads the facts back through
// GraphQL. Each uses its own year, so no ledger replaces another's.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('notations')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** One sheet: rows from row 1, merged ranges, and number formats by cell address. */
interface Sheet {
  name: string;
  rows: ExcelJS.CellValue[][];
  merges?: string[];
  formats?: Record<string, string>;
}

async function importBook(name: string, sheets: Sheet[]): Promise<AcceptanceBatchFragment> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, i) => {
      if (row.length > 0) {
        sheet.getRow(i + 1).values = row;
      }
    });
    spec.merges?.forEach((range) => sheet.mergeCells(range));
    for (const [address, format] of Object.entries(spec.formats ?? {})) {
      sheet.getCell(address).numFmt = format;
    }
  }
  await workbook.xlsx.writeFile(scratch.file(name));
  return importFile(scratch.file(name), name);
}

async function importFile(
  file: string,
  fileName: string,
  input: { region?: string; year?: number } = {},
): Promise<AcceptanceBatchFragment> {
  const id = await app.running.services.importer.run({ path: file, fileName }, input);
  return (await app.gql(AcceptanceImportBatchDocument, { id: String(id) })).importBatch!;
}

async function indicatorsOf(batch: AcceptanceBatchFragment) {
  const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {});
  return indicators!.nodes
    .filter((i) => i.source.batch.id === batch.id)
    .map((i) => ({ region: i.region.code, metric: i.metric.key, value: i.value }))
    .sort((a, b) => `${a.region}${a.metric}`.localeCompare(`${b.region}${b.metric}`));
}

async function factCount(): Promise<number> {
  const [{ n }] = await app.sql<{ n: string }>(
    'select (select count(*) from indicator) + (select count(*) from facility) + (select count(*) from result) as n',
  );
  return Number(n);
}

function codes(issues: readonly { code: string }[]): string[] {
  return issues.map((i) => i.code);
}

const TIANJIN_BUREAU = '填报单位：天津市体育局';

describe('percentages', () => {
  it('stores a rate Excel keeps as 0.425 under a 0.0% format as the 42.5 the clerk saw', async () => {
    const batch = await importBook('percent-format.xlsx', [
      {
        name: '工作指标',
        rows: [
          ['河东区2024年主要工作指标'],
          ['填报单位：天津市河东区体育局'],
          ['地区', '常住人口（万人）', '经常参加体育锻炼人数比例'],
          ['河东区', 86.5, 0.425],
        ],
        formats: { C4: '0.0%' },
      },
    ]);
    expect(batch.errors).toEqual([]);
    expect(batch.status).toBe('COMMITTED');
    expect(await indicatorsOf(batch)).toEqual([
      { region: '120102', metric: 'POPULATION', value: 865000 },
      { region: '120102', metric: 'REGULAR_EXERCISE_RATE', value: 42.5 },
    ]);
  });

  it('reads "42.5%", "93.1％" and a unit inside the metric name as percent points', async () => {
    const batch = await importBook('percent-text.xlsx', [
      {
        name: '工作指标',
        rows: [
          ['天津市2024年全民健身工作指标'],
          [TIANJIN_BUREAU],
          ['地区', '指标名称', '数值', '单位'],
          ['河东区', '经常参加体育锻炼人数比例', '42.5%', null],
          ['和平区', '经常参加体育锻炼人数比例', '93.1％', '%'],
          ['河西区', '经常参加体育锻炼人数比例（%）', 38.2, null],
        ],
      },
    ]);
    expect(batch.errors).toEqual([]);
    expect(await indicatorsOf(batch)).toEqual([
      { region: '120101', metric: 'REGULAR_EXERCISE_RATE', value: 93.1 },
      { region: '120102', metric: 'REGULAR_EXERCISE_RATE', value: 42.5 },
      { region: '120103', metric: 'REGULAR_EXERCISE_RATE', value: 38.2 },
    ]);
  });

  it('refuses a rate above 100%, at its cell, writing nothing', async () => {
    const before = await factCount();
    const batch = await importBook('rate-142.xlsx', [
      {
        name: '工作指标',
        rows: [
          ['河东区2025年工作指标'],
          ['填报单位：天津市河东区体育局'],
          ['地区', '经常参加体育锻炼人数比例（%）', '社区数'],
          ['河东区', 1.42, 168],
        ],
        formats: { B4: '0%' },
      },
    ]);
    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'B', value: '142%', code: 'RATE_OUT_OF_RANGE' }),
    ]);
    expect(await factCount()).toBe(before);
  });

  it('refuses a percentage given for a figure that is no rate, in either form', async () => {
    const batch = await importBook('percent-not-rate.xlsx', [
      {
        name: '工作指标',
        rows: [
          ['河东区2025年工作指标'],
          ['填报单位：天津市河东区体育局'],
          ['地区', '社区数'],
          ['河东区', 0.3],
        ],
        formats: { B4: '0%' },
      },
      {
        name: '指标数据',
        rows: [
          ['河东区2025年工作指标'],
          ['填报单位：天津市河东区体育局'],
          ['指标名称', '数值'],
          ['常住人口', '12%'],
        ],
      },
    ]);
    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({ sheet: '工作指标', column: 'B', code: 'PERCENT_NOT_ALLOWED' }),
      expect.objectContaining({ sheet: '指标数据', column: 'B', code: 'PERCENT_NOT_A_RATE' }),
    ]);
  });
});

describe('results as a games office writes them', () => {
  let batch: AcceptanceBatchFragment;

  beforeAll(async () => {
    batch = await importBook('games.xlsx', [
      {
        name: '竞赛成绩',
        rows: [
          ['天津市二〇二三年度第十六届运动会成绩表'],
          [TIANJIN_BUREAU],
          ['序号', '赛事名称', '代表队', '项目', '金牌', '银牌', '铜牌', '积分', '名次'],
          [1, '天津市第十六届运动会', '河东区代表队', '田径', 3, 2, 1, 30, '并列3'],
          [2, '天津市第十六届运动会', '河东区代表队', '游泳', 1, 0, 2, 15, '第5名'],
          [null, null, '河东区代表队', null, '团体总分', null, null, 45, null],
          [3, '天津市第十六届运动会', '和平区代表团', '田径', 2, 2, 2, 28, '并列第三名'],
        ],
        merges: ['E6:G6'],
      },
    ]);
  });

  it('commits without an error: 团体总分 merged over the medal columns is a summary row', () => {
    expect(batch.errors).toEqual([]);
    expect(batch.status).toBe('COMMITTED');
    expect(batch.sheets![0]).toMatchObject({ kind: 'RESULTS', rowsRead: 3, rowsImported: 3 });
    expect(codes(batch.warnings!)).not.toContain('TOTAL_MISMATCH');
  });

  it('takes the year from a title in Chinese numerals and the region from 代表队/代表团', async () => {
    const { results } = await app.gql(AcceptanceResultsDocument, {});
    const rows = results!.nodes
      .filter((r) => r.source.batch.id === batch.id)
      .sort((a, b) => a.source.row - b.source.row)
      .map((r) => ({ row: r.source.row, year: r.year, region: r.region.code, rank: r.medalRank }));
    expect(rows).toEqual([
      { row: 4, year: 2023, region: '120102', rank: 3 },
      { row: 5, year: 2023, region: '120102', rank: 5 },
      { row: 7, year: 2023, region: '120101', rank: 3 },
    ]);
  });
});

describe('dates and formulas', () => {
  it('reads a 5-digit Excel date serial in a CSV date column as that day', async () => {
    const file = scratch.file('events-serial.csv');
    await writeFile(file, '活动名称,所属地区,开始日期\r\n河东区全民健身运动会,河东区,44652\r\n');
    const batch = await importFile(file, 'events-serial.csv', { region: '120102', year: 2026 });
    expect(batch.errors).toEqual([]);
    const { events } = await app.gql(AcceptanceEventsDocument, {});
    const event = events!.nodes.find((e) => e.source.batch.id === batch.id)!;
    expect(event.startDate).toBe('2022-04-01');
  });

  it('says what a cached #DIV/0! means rather than asking to save the file again', async () => {
    const batch = await importBook('div0.xlsx', [
      {
        name: '场地设施',
        rows: [
          ['河东区2026年体育场地设施台账'],
          ['填报单位：天津市河东区体育局'],
          ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '面积（平方米）'],
          [1, '河东区体育场', '体育场', 1, { formula: 'F4/0', result: { error: '#DIV/0!' } }, 5000],
        ],
      },
    ]);
    expect(batch.status).toBe('FAILED');
    const [error] = batch.errors!;
    expect(error).toMatchObject({
      row: 4,
      column: 'E',
      value: '#DIV/0!',
      code: 'CELL_ERROR_VALUE',
    });
    expect(error.message).toMatch(/#DIV\/0!/);
    expect(error.message).toMatch(/除数为零|division by zero/);
    expect(error.message).not.toMatch(/保存后再上传|save it again/);
  });
});

describe('regions written as a delegation', () => {
  it('resolves 河东区代表队 and 和平区代表团 to the districts', async () => {
    const batch = await importBook('delegations.xlsx', [
      {
        name: '奖牌统计',
        rows: [
          ['天津市2027年运动会奖牌统计'],
          [TIANJIN_BUREAU],
          ['赛事名称', '参赛单位', '金牌', '银牌', '铜牌'],
          ['天津市青少年运动会', '河东区代表队', 5, 4, 3],
          ['天津市青少年运动会', '和平区代表团', 2, 2, 2],
        ],
      },
    ]);
    expect(batch.errors).toEqual([]);
    const { results } = await app.gql(AcceptanceResultsDocument, {});
    const regions = results!.nodes
      .filter((r) => r.source.batch.id === batch.id)
      .map((r) => r.region.code)
      .sort();
    expect(regions).toEqual(['120101', '120102']);
  });
});

describe('the row as the clerk wrote it', () => {
  it('keeps every cell of a row beside the issue found in it', async () => {
    const batch = await importBook('row-values.xlsx', [
      {
        name: '场地设施',
        rows: [
          ['河东区2028年体育场地设施台账'],
          ['填报单位：天津市河东区体育局'],
          ['序号', '项目名称', '设施类型', '数量'],
          [1, '河东区体育场', '体育场', '待定'],
        ],
      },
    ]);
    const [row] = await app.sql<{ report: { errors: { code: string; rowValues: unknown }[] } }>(
      'select report from import_batch where id = ?',
      [Number(batch.id)],
    );
    expect(row.report.errors).toEqual([
      expect.objectContaining({
        code: 'NOT_A_NUMBER',
        rowValues: ['1', '河东区体育场', '体育场', '待定'],
      }),
    ]);
  });
});

describe('facilities by the national survey', () => {
  it('gives a facility the investment of its 投资额 column', async () => {
    const batch = await importBook('control.xlsx', [
      {
        name: '场地设施',
        rows: [
          ['河东区2029年体育场地设施台账'],
          ['填报单位：天津市河东区体育局'],
          ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
          [1, '河东区体育场', '体育场', 1, 345],
        ],
      },
    ]);
    expect(batch.status).toBe('COMMITTED');
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {});
    const facility = facilities!.nodes.find((f) => f.source.batch.id === batch.id)!;
    expect(facility.investmentYuan).toBe(3_450_000);
  });
});
