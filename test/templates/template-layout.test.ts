import ExcelJS from 'exceljs';
import { buildTemplate, HEADER_ROW, VALIDATED_ROWS } from '../../src/import/template/template';
import { LEDGER_SHEETS } from '../../src/modules';
import { METRIC_CATALOG } from '../../src/modules/indicator/metric-catalog';

// ledger-spec §2: the canonical header of every column, units where the column has one.
const HEADERS: Record<string, string[]> = {
  EVENTS: [
    '序号',
    '活动名称',
    '所属地区',
    '开始日期',
    '结束日期',
    '级别',
    '类别',
    '项目',
    '形式',
    '主办单位',
    '参与人数',
    '参赛队伍数',
    '备注',
  ],
  FACILITIES: [
    '序号',
    '项目名称',
    '所属地区',
    '设施类型',
    '建设性质',
    '状态',
    '数量',
    '投资额（万元）',
    '面积（平方米）',
    '长度（公里）',
    '建成日期',
    '资金来源',
    '地址',
    '备注',
    '年度',
  ],
  RESULTS: [
    '序号',
    '赛事名称',
    '代表队',
    '组别',
    '项目',
    '运动员人数',
    '金牌',
    '银牌',
    '铜牌',
    '奖牌总数',
    '团体总分',
    '奖牌榜排名',
    '金牌榜排名',
    '团体总分排名',
    '成绩',
    '荣誉',
    '比赛时间',
    '备注',
  ],
  INDICATORS: ['序号', '指标名称', '数值', '单位', '地区', '备注'],
};
const SHEET_NAMES: Record<string, string> = {
  EVENTS: '赛事活动',
  FACILITIES: '场地设施',
  RESULTS: '竞赛成绩',
  INDICATORS: '工作指标',
};

async function load(content: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as ExcelJS.Buffer);
  return workbook;
}

const listOf = (cell: ExcelJS.Cell) =>
  String(cell.dataValidation?.formulae?.[0] ?? '')
    .replace(/"/g, '')
    .split(',');

describe('a blank template', () => {
  it.each(LEDGER_SHEETS.map((d) => [d.kind, d] as const))(
    'lays out the %s ledger: title, preamble, canonical headers with units, frozen header',
    async (kind, definition) => {
      const workbook = await load(await buildTemplate(definition));
      expect(workbook.worksheets.map((s) => s.name)).toEqual([SHEET_NAMES[kind], '填写说明']);
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('A1').value).toBe(`XX区（县、市）20XX年${SHEET_NAMES[kind]}台账`);
      // merged cells read back as their first cell's value
      expect([...new Set((sheet.getRow(2).values as unknown[]).filter(Boolean))]).toEqual([
        '填报单位：',
        '年度：',
      ]);
      expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(HEADERS[kind]);
      expect(sheet.getCell(`B${HEADER_ROW}`).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    },
  );

  it('offers the canonical words of every enum column in drop-down lists down 500 rows', async () => {
    const sheet = (await load(await buildTemplate(LEDGER_SHEETS[1]))).worksheets[0];
    for (const row of [HEADER_ROW + 1, HEADER_ROW + VALIDATED_ROWS]) {
      expect(listOf(sheet.getCell(`D${row}`))).toEqual(
        expect.arrayContaining(['健身园', '笼式足球场', '其他']),
      );
      expect(listOf(sheet.getCell(`E${row}`))).toEqual(['新建', '改建', '扩建', '维修']);
      expect(listOf(sheet.getCell(`F${row}`))).toEqual([
        '规划',
        '在建',
        '已完成',
        '已验收',
        '已开放',
      ]);
      expect(sheet.getCell(`O${row}`).dataValidation).toMatchObject({
        type: 'whole',
        formulae: [1949, 2100],
      });
    }
    expect(sheet.getCell(`D${HEADER_ROW + VALIDATED_ROWS + 1}`).dataValidation).toBeUndefined();
    const events = (await load(await buildTemplate(LEDGER_SHEETS[0]))).worksheets[0];
    expect(listOf(events.getCell('F4'))).toEqual(['国际', '全国', '省级', '市级', '区级', '街道']);
    expect(listOf(events.getCell('I4'))).toEqual(['线下', '线上', '线上线下']);
  });

  it('lists the catalog metrics with their units in an indicator ledger', async () => {
    const sheet = (await load(await buildTemplate(LEDGER_SHEETS[3]))).worksheets[0];
    expect(listOf(sheet.getCell('B4'))).toEqual(METRIC_CATALOG.map((m) => m.name));
    expect(listOf(sheet.getCell('D4'))).toEqual(expect.arrayContaining(['人', '万人', '%']));
    const rows = METRIC_CATALOG.map((_, i) => sheet.getRow(HEADER_ROW + 1 + i).values as unknown[]);
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual(
      METRIC_CATALOG.map((m) => [m.name, undefined, m.unit]),
    );
  });
});
