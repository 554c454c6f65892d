import type ExcelJS from 'exceljs';
import type { EnumTable, LedgerKind } from '../../modules/common/enums';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { canonicalWords, type TemplateColumn } from './template-columns';
import { kindTitle } from './template-kinds';

export const GUIDE_SHEET = '填写说明';

// One line per row in column A only: two short cells side by side ("项目" | "说明") would read
// as a ledger header to the importer, which then reports the rows below as bad data.
type Line = { text: string; heading?: boolean };

const KIND_LINES: Readonly<Record<LedgerKind, readonly string[]>> = {
  EVENTS: ['一项系列活动可填一行；举办时间为一段时间的，写在“开始日期”列，如“2022年5月8日-16日”。'],
  FACILITIES: [
    '数量：同一行可填 N 个相同的设施（如 40 个健身园）；空白按 1 个计。',
    '设施类型不在下拉列表中的，按“其他”导入，并给出警告。',
  ],
  RESULTS: [
    '一个代表队在一项赛事中的成绩填一行；分组别或分项目的成绩各填一行，“组别”空白表示整个代表团。',
    '“奖牌总数”如填写，须等于金、银、铜牌之和；并列获得的奖牌可按 0.5 计。',
  ],
  INDICATORS: [
    '每个指标一行：指标名称从下拉列表中选择，“数值”只填数字，“单位”与指标一致（常住人口可填“万人”，体育场地面积可填“万平方米”）。',
    '没有填写数值的指标视为未报送，不会导入，也不会记为 0。',
  ],
};

/** The 填写说明 sheet: what the importer accepts, in the clerk's words. */
export function addGuideSheet(
  workbook: ExcelJS.Workbook,
  definition: SheetDefinition,
  columns: readonly TemplateColumn[],
): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.getColumn(1).width = 120;
  guideLines(definition, columns).forEach((line, i) => {
    const cell = sheet.getCell(`A${i + 1}`);
    cell.value = line.text;
    cell.font = line.heading ? { bold: true, size: i === 0 ? 14 : 12 } : {};
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function guideLines(definition: SheetDefinition, columns: readonly TemplateColumn[]): Line[] {
  const title = kindTitle(definition.kind);
  const required = columns.filter((c) => c.def?.required).map((c) => `“${c.header}”`);
  return [
    { text: `《${title}台账》填写说明`, heading: true },
    { text: '一、标题、填报单位与表头', heading: true },
    {
      text: `将第1行标题中的“XX区（县、市）20XX年”改为本单位的地区和年度，如“晋中市2021年${title}台账”。`,
    },
    {
      text: '在“填报单位：”后直接填写单位全称（同一单元格内），如“填报单位：晋中市体育局”；在“年度：”后填写四位年份，如“年度：2021”。',
    },
    {
      text: `第3行表头请勿改名；不需要的列可以删除，列的顺序可以调整。必填列：${required.join('、')}。`,
    },
    {
      text: '每行填写一条记录；“序号”可填可不填，但不要预先在空行里填好序号：只有序号的行会被当作缺少名称的记录而报错。',
    },
    { text: '二、单元格的写法', heading: true },
    ...formatLines(columns).map((text) => ({ text })),
    ...KIND_LINES[definition.kind].map((text) => ({ text })),
    { text: '三、下拉列表', heading: true },
    ...listLines(columns).map((text) => ({ text })),
    { text: '四、合计行与表尾', heading: true },
    {
      text: '首列文字为“合计”“总计”“小计”的行不导入，只用于核对：合计数与明细之和不符时给出警告。',
    },
    { text: '“填表人”“审核人”“联系电话”“注：”等表尾行及其以下的内容不导入。' },
    { text: '五、导入与改错', heading: true },
    { text: '上传本表后，平台逐格检查：只要有一处错误，整个文件都不导入，并列出全部错误。' },
    {
      text: '下载错误报告（/imports/批次号/report.xlsx）：出错的单元格标红、警告的单元格标黄，批注写明原因；“导入问题”工作表列出全部问题。改正后删除“导入问题”工作表，重新上传。',
    },
    { text: '本“填写说明”工作表不导入，可以保留。' },
  ];
}

function formatLines(columns: readonly TemplateColumn[]): string[] {
  const has = (type: string) => columns.some((c) => c.def?.type === type);
  const lines = [
    '数字：可写 1114、1,114、八十一，可带量词（350件、47人次）；约数写“5400余”“约200”“100多场”，导入后标注为约数并给出警告。',
    '未统计、不掌握的数据请留空，或填“—”“无”“不详”“暂无”；不要填 0，0 表示确实为零。',
  ];
  if (has('date') || has('dateRange')) {
    lines.unshift(
      '日期：2022-05-01、2022/5/1、2022.5.1、2022年5月1日均可；只知道月份或年份的写“2022年5月”“2022年”；本年度的日期可省略年份，写“7月1日”。',
    );
  }
  const units = columns.filter((c) => ['money', 'area', 'length'].includes(c.def?.type ?? ''));
  if (units.length > 0) {
    lines.push(
      `${units.map((c) => c.header).join('、')}：按表头括号内的单位填写数字；单元格内写明单位的（如“345万元”“3亩”“800米”），按所写单位换算。`,
    );
  }
  const region = columns.find((c) => c.def?.type === 'region');
  if (region) {
    lines.push(
      `“${region.header}”：填写区县名称（如“祁县”）或 6 位行政区划代码（如“140727”），须在填报单位辖区内；全表均为本级的可以不填。`,
    );
  }
  if (has('year')) {
    lines.push(
      '“年度”：同一张表可以同时填写当年完成的和下一年计划的项目，按行填写对应年份；空白时取表头“年度：”。',
    );
  }
  return lines;
}

function listLines(columns: readonly TemplateColumn[]): string[] {
  return columns
    .filter((c) => c.list)
    .map((c) => {
      const others = c.def?.enumTable ? synonyms(c.def.enumTable) : [];
      const also = others.length > 0 ? `（也可写：${others.join('、')}）` : '';
      return `“${c.header}”：${c.list!.join('、')}${also}`;
    });
}

function synonyms(table: EnumTable<string>): string[] {
  const canonical = new Set(canonicalWords(table));
  return Object.keys(table.words).filter((word) => !canonical.has(word));
}
