import { LedgerKind, type EnumTable } from '../../modules/common/enums';
import type { ColumnDef, ColumnType, SheetDefinition } from '../../modules/common/sheet-definition';
import { METRIC_CATALOG } from '../../modules/indicator/metric-catalog';

/** One column of a blank ledger: what its header says and what helps the clerk fill it. */
export interface TemplateColumn {
  /** Null for the leading 序号 column, which the importer skips. */
  def: ColumnDef | null;
  header: string;
  width: number;
  /** Words of the drop-down list. */
  list?: readonly string[];
  numFmt?: string;
  /** Shown when the pointer rests on the header. */
  note?: string;
}

// The unit in the header is what the importer reads: with none, money would be assumed 万元
// with a warning, and area and length would be read in their base units.
const HEADER_UNITS: Partial<Record<ColumnType, string>> = {
  money: '万元',
  area: '平方米',
  length: '公里',
};

const NOTES: Partial<Record<ColumnType, string>> = {
  date: '日期，如 2022-05-01、2022年5月1日；只知月份写“2022年5月”',
  dateRange: '日期，如 2022年5月1日；时间段写“2022年5月8日-16日”“5月8日至5月16日”',
  money: '单位万元；单元格内写明单位时（如“80万元”“1.2亿元”）按所写单位换算',
  area: '单位平方米；也可写“3亩”“1.5公顷”',
  length: '单位公里；也可写“800米”',
  count: '整数，可写“350件”；约数写“5400余”“约200”',
  decimal: '数字，可带小数（并列名次的奖牌按0.5计）',
  region: '区县名称或6位行政区划代码，须在填报单位辖区内；全表均为本级时可不填',
  year: '四位年份；空白时取表头“年度：”',
  enum: '请从下拉列表中选择',
};

const WIDTHS: Partial<Record<ColumnType, number>> = {
  date: 18,
  dateRange: 22,
  region: 14,
  year: 8,
};

/** Only facilities carry a 年度 column: a summary lists this year's projects and next year's plans. */
const YEAR_COLUMN_KINDS: ReadonlySet<LedgerKind> = new Set([LedgerKind.FACILITIES]);

/** Indicator rows name a catalog metric in a fixed unit, so both columns get drop-downs. */
const METRIC_NAMES = METRIC_CATALOG.map((m) => m.name);
const METRIC_UNITS = [
  ...new Set(METRIC_CATALOG.flatMap((m) => [m.unit, ...Object.keys(m.units ?? {})])),
];

/** The columns of a kind's blank ledger, 序号 first, in the order the definition lists them. */
export function templateColumns(definition: SheetDefinition): TemplateColumn[] {
  const columns = definition.columns.filter(
    (c) => c.type !== 'year' || YEAR_COLUMN_KINDS.has(definition.kind),
  );
  return [
    { def: null, header: '序号', width: 6 },
    ...columns.map((def) => templateColumn(definition.kind, def)),
  ];
}

function templateColumn(kind: LedgerKind, def: ColumnDef): TemplateColumn {
  const unit = HEADER_UNITS[def.type];
  const header = unit ? `${def.headers[0]}（${unit}）` : def.headers[0];
  const list = kind === LedgerKind.INDICATORS ? indicatorList(def) : enumList(def);
  const note = [def.required ? '必填' : null, NOTES[def.type]].filter(Boolean).join('。');
  return {
    def,
    header,
    list,
    width: columnWidth(def, header, list),
    numFmt: def.type === 'date' || def.type === 'dateRange' ? 'yyyy"年"m"月"d"日"' : undefined,
    note: note || undefined,
  };
}

function indicatorList(def: ColumnDef): readonly string[] | undefined {
  return { metric: METRIC_NAMES, unit: METRIC_UNITS }[def.key];
}

function enumList(def: ColumnDef): readonly string[] | undefined {
  return def.type === 'enum' && def.enumTable ? canonicalWords(def.enumTable) : undefined;
}

/** The first word listed for each value: 全国 for NATIONAL, 改建 for RENOVATION. */
export function canonicalWords(table: EnumTable<string>): string[] {
  return table.values
    .map((value) => Object.keys(table.words).find((word) => table.words[word] === value))
    .filter((word): word is string => word !== undefined);
}

/** Wide enough for the header and the longest drop-down word; names and notes get room. */
function columnWidth(def: ColumnDef, header: string, list: readonly string[] | undefined): number {
  const longest = Math.max(header.length, ...(list ?? []).map((w) => w.length));
  const byContent = longest * 2 + 4;
  if ((def.required && def.type === 'text') || def.key === 'metric') {
    return Math.max(byContent, 32);
  }
  if (def.type === 'text' && def.key !== 'unit' && def.key !== 'sport') {
    return Math.max(byContent, 24);
  }
  return Math.max(byContent, WIDTHS[def.type] ?? 12);
}

/** The catalog rows an indicator ledger starts with: a clerk fills in the values. */
export function presetRows(kind: LedgerKind): { metric: string; unit: string }[] {
  return kind === LedgerKind.INDICATORS
    ? METRIC_CATALOG.map((m) => ({ metric: m.name, unit: m.unit }))
    : [];
}
