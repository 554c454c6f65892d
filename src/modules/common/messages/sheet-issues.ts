import {
  KIND_ZH,
  cellEn,
  cellZh,
  headerEn,
  headerZh,
  param,
  q,
  sheetOf,
  type IssueTexts,
  type IssueView,
} from './issue-text';
import { phrase } from './phrases';

// Sheets, columns, the clerk's column mapping, regions and years. Params: reason, rows, kind,
// fields (a list), field, taken, numbers, sum, region, regionCode, scope, scopeCode, other,
// otherCode, otherSheet, candidates, key, whole, wholeValue.

const kindZh = (i: IssueView) => {
  const kind = param(i, 'kind') ?? sheetOf(i)?.kind;
  return kind ? (KIND_ZH[kind.toUpperCase()] ?? kind) : '此类';
};
const mapHint = '请用 columnMap 把它对应到某个字段，或对应到 ignore（忽略）';
const fieldsZh = (i: IssueView) => (param(i, 'fields') ? `（可选：${param(i, 'fields')}）` : '');
const placed = (name: string, code: string | undefined) => (code ? `${name}（${code}）` : name);

export const SHEET_ISSUES: Readonly<Record<string, IssueTexts>> = {
  SHEET_SKIPPED: {
    zh: (i) => {
      const reason = param(i, 'reason') ?? sheetOf(i)?.skippedReason;
      return `工作表${q(i.sheet)}已跳过${reason ? `：${phrase(reason, 'zh-CN')}` : ''}。`;
    },
    en: (i) =>
      `sheet "${i.sheet}" skipped: ${param(i, 'reason') ?? sheetOf(i)?.skippedReason ?? ''}`,
  },
  SHEET_IGNORED: {
    zh: (i) => `工作表${q(i.sheet)}按填报人的要求跳过（ignoreSheets）。`,
    en: (i) => `sheet "${i.sheet}" skipped at the clerk’s request (ignoreSheets)`,
  },
  UNRECOGNISED_SHEET: {
    zh: (i) =>
      `工作表${q(i.sheet)}含有数字，但前 16 行中没有找到能对应某类台账的表头行；请用 columnMap 对应其表头，或跳过该表（ignoreSheets）。`,
    en: (i) =>
      `sheet "${i.sheet}" holds numbers, but no header row of a ledger kind was found; map its headers (columnMap) or skip the sheet (ignoreSheets)`,
  },
  SHEET_WITHOUT_FACTS: {
    zh: (i) => {
      const rows = param(i, 'rows') ?? sheetOf(i)?.rowsRead;
      return `本表有${rows ? ` ${rows} ` : ''}行数据，但没有一行给出可存储的数据；请填写各列，或跳过该表（ignoreSheets）。`;
    },
    en: () => 'the sheet has data rows but none of them gives a figure to store',
  },
  MISSING_COLUMN: {
    zh: (i) => `本表缺少${headerZh(i)}，这是${kindZh(i)}台账的必填列。`,
    en: (i) => `the sheet has no ${headerEn(i)}, which the ledger requires`,
  },
  IGNORED_COLUMN: {
    zh: (i) => {
      const reason =
        param(i, 'reason') ??
        sheetOf(i)?.columns?.find((c) => c.column === i.column)?.ignoredReason;
      const which = i.header ? headerZh(i) : `第 ${i.column ?? ''} 列（没有表头）`;
      return `${which}不属于${kindZh(i)}台账，已忽略${reason ? `：${phrase(reason, 'zh-CN')}` : ''}。`;
    },
    en: (i) => `${headerEn(i)} was ignored${param(i, 'reason') ? `: ${param(i, 'reason')}` : ''}`,
  },
  UNMAPPED_COLUMN: {
    zh: (i) => {
      const taken = param(i, 'taken');
      return taken
        ? `${headerZh(i)}中的数字对应的字段已由${q(taken)}列给出；请用 columnMap 把其中一列对应到其他字段或 ignore。`
        : `${headerZh(i)}中有数字，但无法对应到${kindZh(i)}台账的任何一项；${mapHint}${fieldsZh(i)}。`;
    },
    en: (i) => `${headerEn(i)} holds numbers the importer cannot place; map it with columnMap`,
  },
  UNACCOUNTED_COLUMN: {
    zh: (i) => {
      const [numbers, sum] = [param(i, 'numbers'), param(i, 'sum')];
      const counted = numbers
        ? `有 ${numbers} 个单元格的数字${sum ? `（合计 ${sum}）` : ''}`
        : '有数字';
      return `${i.header ? headerZh(i) : `第 ${i.column ?? ''} 列`}${counted}被读取，但既没有存储，也没有说明忽略的原因；请给此列加上表头，或${mapHint}。`;
    },
    en: (i) =>
      `${headerEn(i)}: numbers were read but neither stored nor reported as ignored; map it with columnMap`,
  },
  COLUMN_MAP_UNKNOWN_FIELD: {
    zh: (i) => `columnMap 把${q(i.header)}对应到${cellZh(i)}，但台账没有这个字段${fieldsZh(i)}。`,
    en: (i) => `columnMap maps "${i.header}" to ${cellEn(i)}, which is no field of a ledger`,
  },
  COLUMN_MAP_FIELD_NOT_IN_KIND: {
    zh: (i) =>
      `columnMap 把${q(i.header)}对应到${q(param(i, 'field') ?? i.value)}，但${kindZh(i)}台账没有这个字段${fieldsZh(i)}。`,
    en: (i) => `columnMap maps "${i.header}" to a field this ledger kind does not have`,
  },
  COLUMN_MAP_UNUSED: {
    zh: (i) => `columnMap 中的表头${q(i.header)}在各工作表中都没有出现；是否写错了？`,
    en: (i) => `columnMap names the header "${i.header}", which no sheet has`,
  },
  VALUE_FROM_TITLE: {
    zh: (i) =>
      `本表没有${param(i, 'key') ? q(param(i, 'key')) : '此'}列；各行取标题中的${cellZh(i)}。`,
    en: (i) =>
      `the sheet has no ${param(i, 'key') ?? ''} column; every row takes ${cellEn(i)} from the title`,
  },
  BREAKDOWN_WITHOUT_WHOLE: {
    zh: (i) =>
      `${cellZh(i)}是${q(param(i, 'whole') ?? '总数')}的一部分，但本行的${q(param(i, 'whole') ?? '总数')}为空；请在那里填写总数。`,
    en: (i) => `${cellEn(i)} is a part of a figure that is empty in this row`,
  },
  BREAKDOWN_EXCEEDS_WHOLE: {
    zh: (i) => {
      const whole = param(i, 'whole') ?? '总数';
      const of = param(i, 'wholeValue');
      return `${cellZh(i)}是${q(whole)}的一部分，却大于${of ? `其值 ${q(of)}` : '总数'}。`;
    },
    en: (i) => `${cellEn(i)} is a part of a figure but more than it`,
  },
  SUMMARY_ROW_SKIPPED: {
    zh: (i) => {
      const label = param(i, 'label');
      return `第 ${i.row ?? ''} 行是${label ? q(label) : '合计'}行：其中的数字是上方各行的合计，不作为数据存储。`;
    },
    en: (i) =>
      `row ${i.row ?? ''} is a summary${param(i, 'label') ? ` (${param(i, 'label')})` : ''}: its figures are not stored`,
  },
  TOTAL_MISMATCH: {
    zh: (i) => {
      const sum = param(i, 'sum');
      return `合计 ${i.value ?? ''} 与上方各行之和${sum ? ` ${sum} ` : ''}不一致。`;
    },
    en: (i) => `the total ${i.value ?? ''} differs from the sum of the rows above it`,
  },
  YEAR_REQUIRED: {
    zh: () => '没有年份：请在「年度」列、「年度：」行、标题或上传参数中给出年份。',
    en: () =>
      'no year: give one in a 年度 column, in the 年度 line, in the title or as the upload year',
  },
  REGION_REQUIRED: {
    zh: () => '没有地区：请在此列、「填报单位」行或上传参数中给出地区。',
    en: () => 'no region: give one in this column, in the 填报单位 line, or as the upload region',
  },
  REGION_NOT_FOUND: {
    zh: (i) => `${cellZh(i)}不是已知的地区；请填写行政区划代码、地区名称或体育局名称。`,
    en: (i) => `${cellEn(i)} names no region; expected a code, a name or a bureau name`,
  },
  REGION_AMBIGUOUS: {
    zh: (i) =>
      `${cellZh(i)}有歧义${param(i, 'candidates') ? `，可能是：${param(i, 'candidates')}` : ''}；请写出上级地区或填写代码。`,
    en: (i) =>
      `${cellEn(i)} is ambiguous${param(i, 'candidates') ? `: ${param(i, 'candidates')}` : ''}`,
  },
  REGION_OUTSIDE_SCOPE: {
    zh: (i) => {
      const [region, scope] = [param(i, 'region'), param(i, 'scope')];
      const what = region ? `是${placed(region, param(i, 'regionCode'))}，` : '';
      const within = scope ? `本台账的地区${placed(scope, param(i, 'scopeCode'))}` : '本台账的地区';
      return `${cellZh(i)}${what}不在${within}之内；台账只能填报本地区的数据。`;
    },
    en: (i) =>
      `${cellEn(i)} lies outside the workbook's region; a ledger reports only on its own region`,
  },
  REGION_OUT_OF_SCOPE: {
    zh: (i) => {
      const region = param(i, 'region');
      const what = region ? `是${placed(region, param(i, 'regionCode'))}，` : '';
      const scope = placed(param(i, 'scope') ?? '', param(i, 'scopeCode'));
      return `${cellZh(i)}${what}不在上传所用密钥的地区${scope}之内；该密钥只能导入本地区的台账，整个工作簿未导入。`;
    },
    en: (i) => {
      const region = param(i, 'region');
      const what = region ? ` is ${placed(region, param(i, 'regionCode'))}, which` : '';
      const scope = placed(param(i, 'scope') ?? '', param(i, 'scopeCode'));
      return `${cellEn(i)}${what} lies outside the upload key's region ${scope}; the key imports only its own region's ledgers, so nothing was written`;
    },
  },
  SHEET_REGION_CONFLICT: {
    zh: (i) => {
      const [region, other] = [param(i, 'region'), param(i, 'other')];
      const here = region
        ? `属于${placed(region, param(i, 'regionCode'))}`
        : `填报单位是${cellZh(i)}`;
      const there = other
        ? `，而工作表${q(param(i, 'otherSheet'))}属于${placed(other, param(i, 'otherCode'))}`
        : '，与其他工作表的地区不同';
      return `本工作表${here}${there}；一个工作簿只能填报一个地区的台账。`;
    },
    en: () => "this sheet is for another region than the workbook's other sheets",
  },
  PREAMBLE_REGION_NOT_FOUND: {
    zh: (i) => `填报单位${cellZh(i)}不是已知的地区；请填写行政区划名称或体育局名称。`,
    en: (i) => `填报单位 ${cellEn(i)} names no region`,
  },
  PREAMBLE_REGION_AMBIGUOUS: {
    zh: (i) =>
      `填报单位${cellZh(i)}有歧义${param(i, 'candidates') ? `，可能是：${param(i, 'candidates')}` : ''}；请写出上级地区，或在上传时给出地区代码。`,
    en: (i) => `填报单位 ${cellEn(i)} is ambiguous`,
  },
};
