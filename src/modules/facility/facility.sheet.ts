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
    },
    { key: 'region', headers: ['所属地区', '地区', '区县', '所在区县'], type: 'region' },
    {
      key: 'type',
      headers: ['设施类型', '场地类型', '类型', '类别'],
      type: 'enum',
      required: true,
      enumTable: facilityTypeWords,
      enumFallback: FacilityType.OTHER,
    },
    {
      key: 'projectType',
      headers: ['建设性质', '建设类型', '项目性质'],
      type: 'enum',
      enumTable: projectTypeWords,
    },
    {
      key: 'status',
      headers: ['状态', '建设状态', '进展情况', '完成情况'],
      type: 'enum',
      enumTable: facilityStatusWords,
      enumWhenEmpty: FacilityStatus.COMPLETED,
    },
    { key: 'quantity', headers: ['数量', '个数', '处数'], type: 'count' },
    {
      key: 'investment',
      headers: ['投资额', '总投资', '投资', '预算', '投资金额', '工程预算'],
      type: 'money',
      field: 'investmentYuan',
    },
    {
      key: 'area',
      headers: ['面积', '场地面积', '占地面积', '建设面积'],
      type: 'area',
      field: 'areaM2',
    },
    { key: 'length', headers: ['长度', '里程', '步道长度'], type: 'length', field: 'lengthKm' },
    {
      key: 'completedOn',
      headers: ['建成日期', '完成时间', '竣工日期', '验收日期', '完工时间'],
      type: 'date',
    },
    { key: 'fundingSource', headers: ['资金来源'], type: 'text' },
    { key: 'address', headers: ['地址', '建设地点', '位置'], type: 'text' },
    { key: 'notes', headers: ['备注', '说明'], type: 'text' },
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
