import type { CellValue, RowProblems } from '../../modules/common/sheet-definition';
import type { ImportContext, SheetScope } from '../import-context';
import { rawText } from '../locate/headers';
import type { MappedColumn } from '../locate/sheet-layout';
import type { ParsedRow } from '../parse/parse-row';
import { columnLetter, type SheetRow } from '../read/sheet-source';
import type { RowOrigin } from '../write/fact-writer';
import { rowRegion } from './row-region';

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

/**
 * Checks a parsed row: its cells' problems, its region and year, required cells, approximate
 * figures. Returns its fact rows and where they come from, or null when the row has errors.
 */
export function checkRow(
  row: SheetRow,
  parsed: ParsedRow,
  sheet: SheetScope,
  issues: RowIssues,
  ctx: ImportContext,
): CheckedRow | null {
  const { lookup } = issues;
  const errorsBefore = ctx.report.errorCount;
  for (const e of parsed.errors) {
    issues.add('error', e.column, e.code, e.message);
  }
  for (const w of parsed.warnings) {
    issues.add(w.code === 'UNIT_ASSUMED' ? 'once' : 'warning', w.column, w.code, w.message);
  }
  const year = (parsed.cells.get('year')?.value as number | null) ?? sheet.year;
  const region = rowRegion(
    ctx.regions,
    (parsed.cells.get('region')?.value as string | null) ?? null,
    sheet.region,
  );
  if (!region.ok) {
    issues.add('error', lookup.region, region.code, region.message);
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
  const rows = sheet.layout.definition.toRows(parsed.cells, issues.problems, year ?? 0);
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

type IssueKind = 'error' | 'warning' | 'once';

/** Reports problems at the cells of the row being checked; one per sheet, told each row. */
export class RowIssues {
  row: SheetRow | null = null;
  readonly problems: RowProblems = {
    error: (key, code, message) => this.add('error', columnOf(this.lookup, key), code, message),
    warning: (key, code, message) => this.add('warning', columnOf(this.lookup, key), code, message),
  };

  constructor(
    private readonly sheet: SheetScope,
    private readonly ctx: ImportContext,
    readonly lookup: ColumnLookup,
  ) {}

  add(kind: IssueKind, column: MappedColumn | null, code: string, message: string): void {
    const row = this.row!;
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
    };
    if (kind === 'error') {
      this.ctx.report.error(where);
    } else if (kind === 'once') {
      this.ctx.report.warningOnce(`${name}|${letter}|${code}`, where);
    } else {
      this.ctx.report.warning(where);
    }
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
