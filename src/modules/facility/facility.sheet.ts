import { FacilityStatus, FacilityType, LedgerKind } from '../common/enums';
import { facilityStatusWords, facilityTypeWords, projectTypeWords } from '../common/enum-words';
import type { CellValue, SheetDefinition } from '../common/sheet-definition';
import { fieldValues } from '../common/sheet-values';

const FIELDS = [
  ['name', 'name', 'text'],
  ['type', 'type', 'text'],
  ['projectType', 'project_type', 'text'],
  ['status', 'status', 'text'],
  ['quantity', 'quantity', 'int'],
  ['investment', 'investment_yuan', 'float8'],
  ['area', 'area_m2', 'float8'],
  ['length', 'length_km', 'float8'],
  ['completedOn', 'completed_on', 'date'],
  ['completedPrecision', 'completed_precision', 'text'],
  ['fundingSource', 'funding_source', 'text'],
  ['address', 'address', 'text'],
  ['notes', 'notes', 'text'],
] as const;
const FIELD_KEYS = FIELDS.map(([key]) => key);

/** 场地设施台账: ledger-spec §2 "facilities". */
export const facilitySheet: SheetDefinition = {
  kind: LedgerKind.FACILITIES,
  sheetNameWords: ['场地', '设施', '场馆', '工程', '项目建设'],
  table: 'facility',
  columns: [
    {
      key: 'name',
      headers: ['项目名称', '设施名称', '场地名称', '工程名称', '名称'],
      type: 'text',
      required: true,
      meaning: { words: ['名称'] },
    },
    {
      key: 'region',
      headers: ['所属地区', '地区', '区县', '所在区县'],
      type: 'region',
      meaning: { words: ['地区', '区县', '县区', '行政区', '区划代码'] },
    },
    {
      key: 'type',
      headers: ['设施类型', '场地类型', '类型', '类别'],
      type: 'enum',
      required: true,
      enumTable: facilityTypeWords,
      enumFallback: FacilityType.OTHER,
      meaning: { words: ['类型', '类别', '种类', '分类'] },
    },
    {
      key: 'projectType',
      headers: ['建设性质', '建设类型', '项目性质'],
      type: 'enum',
      enumTable: projectTypeWords,
      meaning: { words: ['性质'] },
    },
    {
      key: 'status',
      headers: ['状态', '建设状态', '进展情况', '完成情况'],
      type: 'enum',
      enumTable: facilityStatusWords,
      enumWhenEmpty: FacilityStatus.COMPLETED,
      meaning: { words: ['状态', '进展', '进度'] },
    },
    {
      key: 'quantity',
      headers: ['数量', '个数', '处数'],
      type: 'count',
      meaning: {
        words: ['数量', '个数', '处数', '座数'],
        units: ['个', '座', '处', '块', '片', '条'],
      },
    },
    {
      key: 'investment',
      headers: ['投资额', '总投资', '投资', '预算', '投资金额', '工程预算'],
      type: 'money',
      field: 'investmentYuan',
      // 投资总额, 计划投资, 完成投资 (体育场地统计调查); 其中财政投资 is a part, not the whole
      meaning: { words: ['投资', '资金', '金额', '经费', '预算', '总额', '造价'] },
    },
    {
      key: 'area',
      headers: ['面积', '场地面积', '占地面积', '建设面积'],
      type: 'area',
      field: 'areaM2',
      meaning: { words: ['面积'] },
    },
    {
      key: 'length',
      headers: ['长度', '里程', '步道长度'],
      type: 'length',
      field: 'lengthKm',
      meaning: { words: ['长度', '里程'] },
    },
    {
      key: 'completedOn',
      headers: ['建成日期', '完成时间', '竣工日期', '验收日期', '完工时间'],
      type: 'date',
      // 建成年份 is a date of YEAR precision: the date parser keeps a year typed alone as one
      meaning: { words: ['建成', '竣工', '完工', '验收', '投入使用', '投用', '完成时间'] },
    },
    { key: 'fundingSource', headers: ['资金来源'], type: 'text', meaning: { words: ['来源'] } },
    {
      key: 'address',
      headers: ['地址', '建设地点', '位置'],
      type: 'text',
      meaning: { words: ['地址', '地点', '位置', '所在地'] },
    },
    { key: 'notes', headers: ['备注', '说明'], type: 'text', meaning: { words: ['备注', '说明'] } },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dbColumns: FIELDS.map(([, name, type]) => ({ name, type })),
  totalColumns: ['quantity', 'investment', 'area', 'length'],
  plausibility: [
    { column: 'investment_yuan', label: '投资额 (investment)' },
    { column: 'area_m2', label: '面积 (area)' },
  ],
  toRows(cells: ReadonlyMap<string, CellValue>) {
    const date = cells.get('completedOn')?.value as { date: string; precision: string } | null;
    const quantity = cells.get('quantity');
    const derived = {
      quantity: { value: quantity?.value ?? 1, approximate: quantity?.approximate ?? false },
      // enumWhenEmpty covers a blank cell; a ledger without the column at all is COMPLETED too
      status: { value: cells.get('status')?.value ?? FacilityStatus.COMPLETED, approximate: false },
      completedOn: { value: date?.date ?? null, approximate: false },
      completedPrecision: { value: date?.precision ?? null, approximate: false },
    };
    return [fieldValues(FIELD_KEYS, cells, derived, facilitySheet.columns)];
  },
};
