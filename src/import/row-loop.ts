import { BreakdownCheck } from './check/breakdowns';
import { CellAccounting } from './check/cell-accounting';
import { checkRow, columnLookup, RowIssues, type SheetChecks } from './check/row-checks';
import { TotalsCheck } from './check/totals';
import { scopeKey, type ImportContext, type SheetScope } from './import-context';
import { classifyRow } from './locate/row-kind';
import { compileColumns, parseRow } from './parse/parse-row';
import type { SheetRow } from './read/sheet-source';
import type { RowOrigin } from './write/fact-writer';

/**
 * Streams a sheet's data rows — those already read with the header, then the rest: each is
 * classified (data, blank, 合计, footer), parsed, checked (check/row-checks.ts) and written.
 * At the end, every cell the rows held has been accounted for (check/cell-accounting.ts).
 */
export async function readRows(
  first: readonly SheetRow[],
  rest: AsyncIterator<readonly SheetRow[]>,
  sheet: SheetScope,
  ctx: ImportContext,
): Promise<void> {
  const columns = compileColumns(sheet.layout.columns);
  const totals = new TotalsCheck(sheet, ctx.report, columns);
  const checks: SheetChecks = {
    issues: new RowIssues(sheet, ctx, columnLookup(sheet.layout.columns)),
    breakdowns: new BreakdownCheck(sheet.layout),
    accounting: new CellAccounting(sheet.layout),
  };
  const scopes = new ScopeKeys(sheet.layout.definition.kind);
  // 'end' at a footer; a promise while the writer sends a batch; else nothing to wait for.
  const take = (row: SheetRow): 'end' | Promise<void> | undefined => {
    const kind = classifyRow(row);
    if (kind === 'footer') {
      return 'end';
    }
    if (kind === 'total' || (kind === 'data' && totals.isSummary(row))) {
      totals.check(row);
      return undefined;
    }
    if (kind === 'blank') {
      return undefined;
    }
    ctx.sawContent = true;
    sheet.info.rowsRead += 1;
    ctx.onRow?.(sheet.info.name);
    const parsed = parseRow(row.cells, columns, sheet.year);
    totals.add(parsed.cells);
    checks.issues.row = row;
    const checked = checkRow(row, parsed, sheet, checks, ctx);
    checks.accounting.count(row, parsed, checked !== null);
    return checked
      ? writeRows(checked.rows, 0, checked.origin, sheet, scopes.of(checked.origin), ctx)
      : undefined;
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
  if (await takeAll(first)) {
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      if (!(await takeAll(next.value))) {
        break;
      }
    }
  }
  checks.accounting.settle(sheet.source.name, ctx.report);
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

  of({ scopeRegionCode: code, year }: RowOrigin): string {
    if (code !== this.code || year !== this.year) {
      this.code = code;
      this.year = year;
      this.key = scopeKey(code, year, this.kind);
    }
    return this.key;
  }
}
