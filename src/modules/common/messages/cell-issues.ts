import {
  cellEn,
  cellZh,
  headerEn,
  headerZh,
  param,
  q,
  type IssueTexts,
  type IssueView,
} from './issue-text';

// A cell's value: numbers, units, dates, words of a list, metrics. Params: max, unit, kind,
// metric, stored, accepted (a list), error, formula, total, sum.

/** What each of Excel's error values means, so the clerk knows what to correct. */
const EXCEL_ERRORS_ZH: Readonly<Record<string, string>> = {
  '#DIV/0!': '除数为零',
  '#REF!': '引用的单元格已被删除',
  '#N/A': '查找不到对应的值',
  '#VALUE!': '计算中有类型不对的值',
  '#NAME?': '公式中有无法识别的函数或名称',
  '#NUM!': '数值无法计算',
  '#NULL!': '引用的区域不相交',
  '#SPILL!': '结果没有足够的位置溢出',
  '#CALC!': '计算无法完成',
};

function excelError(i: IssueView): string {
  const name = param(i, 'error') ?? i.value ?? '';
  const meaning = EXCEL_ERRORS_ZH[name.trim().toUpperCase()];
  return name ? `错误值 ${name}${meaning ? `（${meaning}）` : ''}` : '错误值';
}

export const CELL_ISSUES: Readonly<Record<string, IssueTexts>> = {
  NOT_A_NUMBER: {
    zh: (i) => `${cellZh(i)}不是数字；请填写数字（可带单位，如 345万元）。`,
    en: (i) => `${cellEn(i)} is not a number`,
  },
  NOT_AN_INTEGER: {
    zh: (i) => `${cellZh(i)}不是整数。`,
    en: (i) => `${cellEn(i)} is not a whole number`,
  },
  NUMBER_TOO_LARGE: {
    zh: (i) =>
      `${cellZh(i)}太大，不像台账中的数字${param(i, 'max') ? `（计数最多为 ${param(i, 'max')}）` : ''}。`,
    en: (i) => `${cellEn(i)} is too large to be a ledger figure`,
  },
  NEGATIVE_NUMBER: {
    zh: (i) => `${cellZh(i)}是负数；台账中的数字不能为负。`,
    en: (i) => `${cellEn(i)} is negative; a ledger figure cannot be`,
  },
  PERCENT_NOT_ALLOWED: {
    zh: (i) => `${cellZh(i)}是百分数，但此列不是比率。`,
    en: (i) => `${cellEn(i)} is a percentage, but this column holds no rate`,
  },
  PERCENT_NOT_A_RATE: {
    zh: (i) => {
      const [metric, unit] = [param(i, 'metric'), param(i, 'unit')];
      return `${cellZh(i)}是百分数，但${metric ? q(metric) : '此指标'}${unit ? `以“${unit}”计` : '不是比率'}，不能填百分数。`;
    },
    en: (i) => `${cellEn(i)} is a percentage, but the metric is not a rate`,
  },
  RATE_OUT_OF_RANGE: {
    zh: (i) => `${cellZh(i)}不是有效的比率：比率应在 0% 到 100% 之间。`,
    en: (i) => `${cellEn(i)} is not a rate: a share lies between 0% and 100%`,
  },
  UNKNOWN_UNIT: {
    zh: (i) => {
      const unit = param(i, 'unit');
      return unit
        ? `单位${q(unit)}无法识别，或与${param(i, 'metric') ? `指标${q(param(i, 'metric'))}` : '此列'}不符。`
        : `${i.value ? `单位${cellZh(i)}` : `${headerZh(i)}的单位`}无法识别，或与此列不符。`;
    },
    en: (i) => `the unit of ${i.value ? cellEn(i) : headerEn(i)} is not known here`,
  },
  UNIT_ASSUMED: {
    zh: (i) =>
      `${headerZh(i)}没有写单位，已按${param(i, 'unit') ? q(param(i, 'unit')) : '默认单位'}换算；如不对，请在表头写明单位（如“投资额（万元）”）。`,
    en: (i) =>
      `${headerEn(i)} gives no unit; ${param(i, 'unit') ?? 'the default unit'} was assumed`,
  },
  APPROXIMATE_VALUE: {
    zh: (i) => {
      const stored = param(i, 'stored');
      return `${cellZh(i)}是约数（余/约/多）；已按${stored ? ` ${stored} ` : '其中的数字'}存储，并标记为约数。`;
    },
    en: (i) => `${cellEn(i)} is an approximate figure; it is stored marked approximate`,
  },
  UNSUPPORTED_CELL_VALUE: {
    zh: () => '此单元格的内容类型无法读取；请直接填写文字或数字。',
    en: () => 'cell holds a value of an unsupported kind',
  },
  FORMULA_WITHOUT_RESULT: {
    zh: (i) =>
      `公式${param(i, 'formula') ? ` =${param(i, 'formula')} ` : ''}没有保存计算结果（文件不是由 Excel 或 WPS 保存的）；请用 Excel 或 WPS 打开并保存后再上传。`,
    en: () => 'the formula has no stored result; open the file in Excel or WPS and save it again',
  },
  CELL_ERROR_VALUE: {
    zh: (i) => {
      const formula = param(i, 'formula');
      return `${formula ? `公式 =${formula} 的结果是` : '此单元格是'}${excelError(i)}；这是公式本身的结果，重新保存不会改变它。请改正公式，或直接填写数值。`;
    },
    en: (i) =>
      `cell holds the error value ${param(i, 'error') ?? i.value ?? ''}; correct the formula or type the figure`,
  },
  NOT_A_DATE: {
    zh: (i) => `${cellZh(i)}不是日期；请写成 2021-07-01、2021年7月1日 或 2022年3月 等。`,
    en: (i) => `${cellEn(i)} is not a date`,
  },
  INVALID_DATE: {
    zh: (i) =>
      i.value && /^#+$/.test(i.value.trim())
        ? '此单元格的日期在 Excel 中无法显示（####）；请改正日期。'
        : `${cellZh(i)}不是有效的日历日期。`,
    en: (i) => `${cellEn(i)} is not a valid calendar date`,
  },
  DATE_RANGE_REVERSED: {
    zh: (i) => `${cellZh(i)}的结束日期早于开始日期。`,
    en: (i) => `${cellEn(i)} ends before it starts`,
  },
  DATE_RANGE_NOT_ALLOWED: {
    zh: (i) => `${cellZh(i)}是一段日期；此列只填一个日期。`,
    en: (i) => `${cellEn(i)} is a range; one date was expected`,
  },
  YEAR_UNKNOWN: {
    zh: (i) => `${cellZh(i)}没有写年份，本行、工作表和工作簿也都没有给出年份。`,
    en: (i) => `${cellEn(i)} names no year, and neither does the row, sheet or workbook`,
  },
  AMBIGUOUS_DATE: {
    zh: (i) =>
      `${cellZh(i)}可能是 1 月，也可能是 10 月（Excel 会去掉 2021.10 末尾的 0）；请写成 2021-10。`,
    en: (i) => `${cellEn(i)} may mean January or October; type it as 2021-10`,
  },
  DATE_OUT_OF_RANGE: {
    zh: (i) => `${cellZh(i)}不是合理的台账日期。`,
    en: (i) => `${cellEn(i)} is not a plausible ledger date`,
  },
  INVALID_YEAR: {
    zh: (i) => `${cellZh(i)}不是合理的年份。`,
    en: (i) => `${cellEn(i)} is not a plausible year`,
  },
  INVALID_ENUM: {
    zh: (i) =>
      `${cellZh(i)}不是此列的可选值${param(i, 'accepted') ? `；可选：${param(i, 'accepted')}` : '；请从下拉列表中选择'}。`,
    en: (i) => `${cellEn(i)} is not one of the accepted values`,
  },
  UNKNOWN_ENUM_VALUE: {
    zh: (i) => `${cellZh(i)}不在可选值之中，已按“其他”（OTHER）导入。`,
    en: (i) => `${cellEn(i)} is not a known value; it was read as OTHER`,
  },
  REQUIRED: {
    zh: (i) => `${headerZh(i)}为空，此列必须填写。`,
    en: (i) => `${headerEn(i)} is empty`,
  },
  UNKNOWN_METRIC: {
    zh: (i) => `${cellZh(i)}不是指标目录中的指标。`,
    en: (i) => `${cellEn(i)} is not a metric of the catalog`,
  },
  MEDAL_TOTAL_MISMATCH: {
    zh: (i) => {
      const sum = param(i, 'sum');
      return `奖牌总数 ${param(i, 'total') ?? i.value ?? ''} 不等于金、银、铜牌之和${sum ? ` ${sum}` : ''}。`;
    },
    en: (i) => `medal total ${param(i, 'total') ?? i.value ?? ''} is not gold + silver + bronze`,
  },
};
