import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { LedgerKind } from '../../src/modules/common/enums';
import { buildTemplate, HEADER_ROW } from '../../src/import/template/template';
import { LEDGER_SHEETS } from '../../src/modules';

type Cells = Record<string, string | number | Date>;

/** What a clerk of one bureau writes into a blank ledger: title, preamble and a few rows. */
export interface Filling {
  kind: LedgerKind;
  region: { code: string; name: string; unit: string };
  year: number;
  /** Rows by canonical header (without the unit in brackets). */
  rows: Cells[];
}

const JINZHONG = { code: '140700', name: '晋中市', unit: '晋中市体育局' };
const HEDONG = { code: '120102', name: '天津市河东区', unit: '天津市河东区体育局' };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// Figures from the seeds' reports where they give them; the drop-down words as a clerk picks them.
export const FILLINGS: readonly Filling[] = [
  {
    kind: LedgerKind.EVENTS,
    region: JINZHONG,
    year: 2021,
    rows: [
      {
        活动名称: '晋中市全民健身运动会篮球比赛',
        所属地区: '祁县',
        开始日期: day(2021, 5, 8),
        结束日期: day(2021, 5, 16),
        级别: '市级',
        类别: '群众体育',
        项目: '篮球',
        形式: '线下',
        主办单位: '晋中市体育局',
        参与人数: 1200,
        参赛队伍数: 24,
      },
      {
        活动名称: '国际柔力球网络大赛',
        所属地区: '晋中市',
        开始日期: '2021年7月1日',
        级别: '国际',
        类别: '群众体育',
        项目: '柔力球',
        形式: '线上',
        参与人数: 4937,
        参赛队伍数: 588,
      },
      {
        活动名称: '介休市青少年足球联赛',
        所属地区: '介休市',
        开始日期: '6-8月',
        级别: '区级',
        类别: '青少年',
        项目: '足球',
        形式: '线上线下',
        备注: '暑期',
      },
    ],
  },
  {
    kind: LedgerKind.FACILITIES,
    region: JINZHONG,
    year: 2021,
    rows: [
      {
        项目名称: '祁县全民健身中心',
        所属地区: '祁县',
        设施类型: '全民健身中心',
        建设性质: '新建',
        状态: '已开放',
        数量: 1,
        投资额: 345,
        面积: 5300,
        建成日期: day(2021, 10, 1),
        资金来源: '中央预算内投资',
        地址: '祁县昭馀镇',
        年度: 2021,
      },
      {
        项目名称: '介休市健身步道',
        所属地区: '介休市',
        设施类型: '健身步道',
        建设性质: '改建',
        状态: '已完成',
        数量: 2,
        投资额: 80,
        长度: 12.5,
        建成日期: '2021年9月',
        年度: 2021,
      },
      {
        项目名称: '平遥县体育公园',
        所属地区: '平遥县',
        设施类型: '体育公园',
        建设性质: '新建',
        状态: '规划',
        投资额: 3400,
        面积: 20000,
        备注: '2022年计划',
        年度: 2022,
      },
    ],
  },
  {
    kind: LedgerKind.RESULTS,
    region: JINZHONG,
    year: 2021,
    rows: [
      {
        赛事名称: '山西省第十六届运动会资格赛',
        代表队: '晋中市',
        运动员人数: 1327,
        金牌: 33,
        银牌: 36,
        铜牌: 56,
        奖牌总数: 125,
        团体总分: 1456.5,
      },
      {
        赛事名称: '第十四届全运会手球资格赛',
        代表队: '晋中市',
        组别: '成人组',
        项目: '手球',
        成绩: '第八名',
        荣誉: '体育道德风尚奖代表队',
        比赛时间: '2021年5月8日-16日',
      },
      {
        赛事名称: '山西省第十六届运动会资格赛',
        代表队: '祁县',
        组别: '青少年组',
        项目: '田径',
        金牌: 1.5,
        银牌: 1,
        铜牌: 0,
        奖牌总数: 2.5,
      },
    ],
  },
  {
    kind: LedgerKind.INDICATORS,
    region: HEDONG,
    year: 2022,
    // The template lists the catalog already: the clerk fills in values (and a unit) of some.
    rows: [
      { 指标名称: '常住人口', 数值: 86.5, 单位: '万人' },
      { 指标名称: '单项体育协会', 数值: 17 },
      { 指标名称: '健身器材巡检', 数值: 5400 },
    ],
  },
];

/** Builds the kind's template, fills it as the clerk would, and saves it to `file`. */
export async function fillTemplate(filling: Filling, file: string): Promise<void> {
  const definition = LEDGER_SHEETS.find((d) => d.kind === filling.kind)!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildTemplate(definition)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const title = String(sheet.getCell('A1').value);
  sheet.getCell('A1').value = title.replace(
    'XX区（县、市）20XX年',
    `${filling.region.name}${filling.year}年`,
  );
  sheet.getCell('A2').value = `填报单位：${filling.region.unit}`;
  sheet.getRow(2).eachCell((cell) => {
    if (cell.value === '年度：') {
      cell.value = `年度：${filling.year}`;
    }
  });
  const headers = (sheet.getRow(HEADER_ROW).values as string[]).map((h) =>
    h?.replace(/（.*）$/, ''),
  );
  const column = (header: string) => {
    const index = headers.indexOf(header);
    if (index < 1) {
      throw new Error(`the ${filling.kind} template has no "${header}" column`);
    }
    return index;
  };
  filling.rows.forEach((cells, i) => {
    const row = sheet.getRow(rowFor(sheet, filling.kind, cells, column, i));
    row.getCell(1).value = i + 1;
    for (const [header, value] of Object.entries(cells)) {
      row.getCell(column(header)).value = value;
    }
  });
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

// An indicator goes into the catalog row the template already holds for it.
function rowFor(
  sheet: ExcelJS.Worksheet,
  kind: LedgerKind,
  cells: Cells,
  column: (header: string) => number,
  i: number,
): number {
  if (kind !== LedgerKind.INDICATORS) {
    return HEADER_ROW + 1 + i;
  }
  const names = sheet.getColumn(column('指标名称')).values;
  return names.findIndex((name) => name === cells['指标名称']);
}
