import type { CellValue, RowProblems } from '../modules/common/sheet-definition';
import { rawText } from './locate/headers';
import type { ImportContext } from './import-context';
import { scopeKey } from './import-context';
import type { MappedColumn } from './locate/sheet-layout';
import { compileColumns, parseRow, type ParsedRow } from './parse/parse-row';
import { rowRegion } from './check/row-region';
import { classifyRow } from './locate/row-kind';
import type { SheetScope } from './import-sheet';
import { TotalsCheck } from './check/totals';
import type { RowOrigin } from './write/fact-writer';
import { columnLetter, type SheetRow } from './read/sheet-source';

/**
 * Streams a sheet's data rows — those already read with the header, then the rest — classify,
 * parse, resolve the region, validate, hand to the writer.
 */
export async function readRows(
  first: readonly SheetRow[],
  rest: AsyncIterator<readonly SheetRow[]>,
  sheet: SheetScope,
  ctx: ImportContext,
): Promise<void> {
  const columns = compileColumns(sheet.layout.columns);
  const totals = new TotalsCheck(sheet, ctx.report, columns);
  const issues = new RowIssues(sheet, ctx, columnLookup(sheet.layout.columns));
  const scopes = new ScopeKeys(sheet.layout.definition.kind);
  // 'end' at a footer; a promise while the writer sends a batch; else nothing to wait for.
  const take = (row: SheetRow): 'end' | Promise<void> | undefined => {
    const kind = classifyRow(row);
    if (kind === 'footer') {
      return 'end';
    }
    if (kind === 'total') {
      totals.check(row);
      return undefined;
    }
    if (kind === 'blank') {
      return undefined;
    }
    ctx.sawContent = true;
    sheet.info.rowsRead += 1;
    ctx.onRow?.();
    const parsed = parseRow(row.cells, columns, sheet.year);
    totals.add(parsed.cells);
    issues.row = row;
    return acceptRow(row, parsed, sheet, issues, scopes, ctx);
  };
  // Rows come a batch at a time: within one, nothing is awaited unless the writer is sending.
  const takeAll = async (rows: readonly SheetRow[]): Promise<boolean> => {
    for (const row of rows) {
      const taken = take(row);
      if (taken === 'end') {
        return false;
      }
      if (taken) {
        await taken;
      }
    }
    return true;
  };
  if (!(await takeAll(first))) {
    return;
  }
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    if (!(await takeAll(next.value))) {
      return;
    }
  }
}

/** A sheet's columns as the row checks look them up, found once per sheet. */
interface ColumnLookup {
  region: MappedColumn | null;
  byKey: Map<string, MappedColumn>;
  required: MappedColumn[];
}

function columnLookup(columns: readonly MappedColumn[]): ColumnLookup {
  return {
    region: columns.find((c) => c.def.type === 'region') ?? null,
    byKey: new Map([...columns].reverse().map((c) => [c.def.key, c])), // the first wins
    required: columns.filter((c) => c.def.required),
  };
}

/** Checks a parsed row and hands its fact rows to the writer; a promise while a batch is sent. */
function acceptRow(
  row: SheetRow,
  parsed: ParsedRow,
  sheet: SheetScope,
  issues: RowIssues,
  scopes: ScopeKeys,
  ctx: ImportContext,
): Promise<void> | undefined {
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
    return undefined;
  }
  const scopeRegion = sheet.region ?? region.region;
  const origin = {
    sheet: sheet.source.name,
    row: row.number,
    regionCode: region.region.code,
    scopeRegionCode: scopeRegion.code,
    year,
  };
  return writeRows(rows, 0, origin, sheet, scopes.of(scopeRegion.code, year), ctx);
}

function writeRows(
  rows: readonly { values: unknown[]; approximate: string[] }[],
  from: number,
  origin: RowOrigin,
  sheet: SheetScope,
  scope: string,
  ctx: ImportContext,
): Promise<void> | undefined {
  for (let i = from; i < rows.length; i += 1) {
    ctx.scopes.set(scope, (ctx.scopes.get(scope) ?? 0) + 1);
    sheet.info.rowsImported += 1;
    const sending = ctx.writer.add(
      sheet.layout.definition,
      origin,
      rows[i].values,
      rows[i].approximate,
    );
    if (sending) {
      return sending.then(() => writeRows(rows, i + 1, origin, sheet, scope, ctx));
    }
  }
  return undefined;
}

/** Scope keys (region, year, kind) of a sheet's rows: the previous row's, most of the time. */
class ScopeKeys {
  private code = ''; // no row's region, so the first row builds its key
  private year = 0;
  private key = '';

  constructor(private readonly kind: string) {}

  of(code: string, year: number): string {
    if (code !== this.code || year !== this.year) {
      this.code = code;
      this.year = year;
      this.key = scopeKey(code, year, this.kind);
    }
    return this.key;
  }
}

type IssueKind = 'error' | 'warning' | 'once';

/** Reports problems at the cells of the row being checked; one per sheet, told each row. */
class RowIssues {
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
