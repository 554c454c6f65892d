import type { LedgerKind } from './enums';
import type { EnumTable } from './enums';

/**
 * The contract between a feature and the importer: which columns a ledger kind has and how a
 * parsed row becomes database rows. The importer knows stages; features declare their sheets.
 */
export type ColumnType =
  | 'text'
  | 'count'
  | 'decimal'
  | 'money'
  | 'area'
  | 'length'
  | 'date'
  | 'dateRange'
  | 'enum'
  | 'region'
  | 'year';

export interface ColumnDef {
  key: string;
  /** Canonical header first, then the variants clerks write. */
  headers: readonly string[];
  type: ColumnType;
  required?: boolean;
  enumTable?: EnumTable<string>;
  /** Value for an unknown word, with a warning (facility type → OTHER). */
  enumFallback?: string;
  /** Value for a blank cell (group → ALL). */
  enumWhenEmpty?: string;
  /** Name of the stored field in approximateFields (participants, investmentYuan …). */
  field?: string;
  /** Headers that name this column only under a group header containing one of these words. */
  underGroup?: { group: readonly string[]; headers: readonly string[] };
  /**
   * How a header the spec does not list names this column: by one of `words` (投资 in 计划投资,
   * 面积 in 用地面积) or by a unit of `units` (人次). Money, area and length columns also answer to
   * their type's units (万元, ㎡, 公里).
   */
  meaning?: { words: readonly string[]; units?: readonly string[] };
  /** A sheet without this column takes its value from the title (a results table's competition). */
  fromTitle?: boolean;
  /**
   * Percentages ("42.5%", or 0.425 shown as 42.5%) are read in percent points: in a `rate`
   * column every figure is a rate (0–100); where `allowed`, a percent cell is marked and the
   * sheet decides. Elsewhere a percent cell is an error.
   */
  percent?: 'rate' | 'allowed';
}

export type PgType = 'text' | 'int' | 'float8' | 'bool' | 'date' | 'text[]';

export interface DbColumn {
  name: string;
  type: PgType;
}

/** A parsed cell: its value (null = not reported) and whether the ledger gave it as 余/约. */
export interface CellValue {
  value: unknown;
  approximate: boolean;
  /** Written as a percentage (in a column whose `percent` is 'allowed'). */
  percent?: boolean;
}

/** Reports a problem found while turning a parsed row into database rows. */
export interface RowProblems {
  error(key: string | null, code: string, message: string): void;
  warning(key: string | null, code: string, message: string): void;
}

export interface SheetDefinition {
  kind: LedgerKind;
  /** Words in a sheet name that announce this kind (赛事, 场地 …). */
  sheetNameWords: readonly string[];
  table: string;
  columns: readonly ColumnDef[];
  /** A header outside `columns` that still names a column (an indicator's name in wide form). */
  dynamicColumn?(name: string, unit: string | null): ColumnDef | null;
  /** The kind-specific columns written, in the order `toRows` gives values. */
  dbColumns: readonly DbColumn[];
  /** One parsed row into zero or more rows of values for `dbColumns`, each with its approximate fields. */
  toRows(
    cells: ReadonlyMap<string, CellValue>,
    problems: RowProblems,
    year: number,
  ): { values: unknown[]; approximate: string[] }[];
  /** Sums a 合计 row is checked against: column key → the cell holding the total. */
  totalColumns?: readonly string[];
  /**
   * For a kind whose rows need statements of their own (e.g. creating the rows they refer to):
   * the statements that insert a batch given as JSON in $1 (see sheet-sql.ts). Without it, rows
   * are copied into `table` as they are.
   */
  insertSql?: InsertSql;
  /** Figures compared with the same region's last year: 100× off suggests 元 typed for 万元. */
  plausibility?: readonly PlausibilityCheck[];
}

export interface PlausibilityCheck {
  /** Column summed per region and year. */
  column: string;
  /** Column that splits the sum further (an indicator's metric). */
  groupBy?: string;
  /** How the figure is named in the warning. */
  label: string;
}

/**
 * How rows reach the table: given the table, column list and one array per column, the SQL
 * (with $1… as column arrays). The default inserts from unnest of the arrays.
 */
export type InsertSql = (table: string, columns: readonly DbColumn[]) => string[];
