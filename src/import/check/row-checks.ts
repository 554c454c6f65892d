import type { CellValue, RowProblems } from '../../modules/common/sheet-definition';
import type { ImportIssueData } from '../../modules/import-batch/import-report';
import type { ImportContext, SheetScope } from '../import-context';
import { rawText } from '../locate/headers';
import type { MappedColumn } from '../locate/sheet-layout';
import type { ParsedRow } from '../parse/parse-row';
import { columnLetter, type SheetRow } from '../read/sheet-source';
import { MAX_LISTED_ISSUES } from '../report/report-builder';
import type { RowOrigin } from '../write/fact-writer';
import type { BreakdownCheck } from './breakdowns';
import type { CellAccounting } from './cell-accounting';
import { rowRegion } from './row-region';
import type { RegionRecord } from '../../regions/region-data';

/** A row that passed its checks: its fact rows and where they come from. */
export interface CheckedRow {
  rows: readonly { values: unknown[]; approximate: string[] }[];
  origin: RowOrigin;
}

/** A sheet's columns as the row checks look them up, found once per sheet. */
interface ColumnLookup {
  region: MappedColumn | null;
  byKey: Map<string, MappedColumn>;
  required: MappedColumn[];
}

export function columnLookup(columns: readonly MappedColumn[]): ColumnLookup {
  return {
    region: columns.find((c) => c.def.type === 'region') ?? null,
    byKey: new Map([...columns].reverse().map((c) => [c.def.key, c])), // the first wins
    required: columns.filter((c) => c.def.required),
  };
}

/** A sheet's checks beyond one row's cells: breakdowns against their wholes, cell accounting. */
export interface SheetChecks {
  issues: RowIssues;
  breakdowns: BreakdownCheck;
  accounting: CellAccounting;
}

/**
 * Checks a parsed row: its cells' problems, breakdowns, its region and year, required cells,
 * approximate figures. Returns its fact rows and where they come from, or null when the row has
 * errors.
 */
export function checkRow(
  row: SheetRow,
  parsed: ParsedRow,
  sheet: SheetScope,
  { issues, breakdowns, accounting }: SheetChecks,
  ctx: ImportContext,
): CheckedRow | null {
  const { lookup } = issues;
  const errorsBefore = ctx.report.errorCount;
  for (const e of parsed.errors) {
    issues.add('error', e.column, e.code, e.message, e.params);
  }
  for (const w of parsed.warnings) {
    const kind = w.code === 'UNIT_ASSUMED' ? 'once' : 'warning';
    issues.add(kind, w.column, w.code, w.message, w.params);
  }
  const year = (parsed.cells.get('year')?.value as number | null) ?? sheet.year;
  breakdowns.check(row, parsed, year, issues);
  const region = rowRegion(
    ctx.regions,
    (parsed.cells.get('region')?.value as string | null) ?? null,
    sheet.region,
  );
  if (!region.ok) {
    issues.add('error', lookup.region, region.code, region.message);
  } else {
    refuseOutsideWriteScope(region.region, ctx, issues);
  }
  if (year === null) {
    issues.add(
      'error',
      null,
      'YEAR_REQUIRED',
      'no year: give one in a 年度 column, in the 年度 line, in the title or as the upload year',
    );
  }
  for (const column of lookup.required) {
    if (parsed.cells.get(column.def.key)?.value === null) {
      issues.add('error', column, 'REQUIRED', `"${column.header}" is empty`);
    }
  }
  approximateWarnings(row, parsed.cells, sheet.layout.columns, issues);
  const cells = accounting.cellsFor(parsed.cells);
  const rows = sheet.layout.definition.toRows(cells, issues.problems, year ?? 0);
  accounting.afterRow();
  if (ctx.report.errorCount > errorsBefore || !region.ok || year === null) {
    ctx.writer.disable();
    return null;
  }
  const scopeRegion = sheet.region ?? region.region;
  const origin = {
    sheet: sheet.source.name,
    row: row.number,
    regionCode: region.region.code,
    scopeRegionCode: scopeRegion.code,
    year,
  };
  return { rows, origin };
}

/** The upload key's region bounds every row, whatever region the workbook itself names. */
function refuseOutsideWriteScope(region: RegionRecord, ctx: ImportContext, issues: RowIssues) {
  const scope = ctx.writeScope;
  if (scope === null || ctx.regions.isWithin(region.code, scope.code)) {
    return;
  }
  issues.add(
    'error',
    issues.lookup.region,
    'REGION_OUT_OF_SCOPE',
    `${region.fullName} (${region.code}) is outside the upload key's region ${scope.fullName} (${scope.code})`,
    {
      region: region.fullName,
      regionCode: region.code,
      scope: scope.fullName,
      scopeCode: scope.code,
    },
  );
}

type IssueKind = 'error' | 'warning' | 'once';

/** Reports problems at the cells of the row being checked; one per sheet, told each row. */
export class RowIssues {
  private current: SheetRow | null = null;
  /** The row as the clerk wrote it, made once for the row's first issue. */
  private values: (string | null)[] | null = null;
  readonly problems: RowProblems = {
    error: (key, code, message) => this.add('error', columnOf(this.lookup, key), code, message),
    warning: (key, code, message) => this.add('warning', columnOf(this.lookup, key), code, message),
  };

  constructor(
    private readonly sheet: SheetScope,
    private readonly ctx: ImportContext,
    readonly lookup: ColumnLookup,
  ) {}

  get row(): SheetRow | null {
    return this.current;
  }

  set row(row: SheetRow | null) {
    this.current = row;
    this.values = null;
  }

  add(
    kind: IssueKind,
    column: MappedColumn | null,
    code: string,
    message: string,
    params?: ImportIssueData['params'],
  ): void {
    const row = this.current!;
    const name = this.sheet.source.name;
    const letter = column ? columnLetter(column.index + 1) : null;
    const where = {
      sheet: name,
      row: kind === 'once' ? null : row.number,
      column: letter,
      header: column?.header ?? null,
      value: column && kind !== 'once' ? rawText(row.cells[column.index]) || null : null,
      code,
      message,
      rowValues: kind === 'once' ? null : this.rowValues(row, kind),
      ...(params ? { params } : {}),
    };
    if (kind === 'error') {
      this.ctx.report.error(where);
    } else if (kind === 'once') {
      this.ctx.report.warningOnce(`${name}|${letter}|${code}`, where);
    } else {
      this.ctx.report.warning(where);
    }
  }

  /** The row's texts, made once per row, and only for an issue the report will list. */
  private rowValues(row: SheetRow, kind: 'error' | 'warning'): (string | null)[] | null {
    const listed = kind === 'error' ? this.ctx.report.errors : this.ctx.report.warnings;
    if (listed.length >= MAX_LISTED_ISSUES) {
      return null;
    }
    this.values ??= Array.from(row.cells, (cell) => rawText(cell) || null);
    return this.values;
  }
}

function columnOf(lookup: ColumnLookup, key: string | null): MappedColumn | null {
  return key ? (lookup.byKey.get(key) ?? null) : null;
}

function approximateWarnings(
  row: SheetRow,
  cells: Map<string, CellValue>,
  columns: readonly MappedColumn[],
  issues: RowIssues,
): void {
  for (const column of columns) {
    const cell = cells.get(column.def.key);
    if (cell?.approximate) {
      const raw = rawText(row.cells[column.index]);
      issues.add(
        'warning',
        column,
        'APPROXIMATE_VALUE',
        `"${raw}" is an approximate figure (余/约/多); ${String(cell.value)} is stored, marked approximate`,
      );
    }
  }
}
