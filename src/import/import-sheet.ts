import type { ImportSheetData } from '../modules/import-batch/import-report';
import type { ImportContext } from './import-context';
import { damagedWorkbook, emptyWorkbook, ImportRefusal } from './read/refusal';
import type { SheetReader } from './read/sheet-reader';
import type { WorkbookStructure } from './read/workbook-structure';
import { cellText } from './locate/headers';
import { findLayout, MAX_PREAMBLE_ROWS, type SheetLayout } from './locate/sheet-layout';
import { readPreamble } from './locate/preamble';
import { readRows } from './row-loop';
import { kindFromName } from './locate/sheet-kinds';
import { columnLetter, type SheetRow, type SheetSource } from './read/sheet-source';

/** Every sheet of the workbook through the stages; a workbook with no content at all is refused. */
export async function importSheets(
  reader: SheetReader,
  structure: WorkbookStructure,
  ctx: ImportContext,
): Promise<void> {
  try {
    for await (const sheet of reader.sheets(structure)) {
      await importSheet(sheet, ctx);
    }
  } catch (error) {
    // The reader's errors mean the file; the database's (from the writer) do not.
    throw error instanceof ImportRefusal || isDatabaseError(error)
      ? error
      : damagedWorkbook((error as Error).message);
  } finally {
    await reader.close(); // its thread's memory is not needed for the commit
  }
  if (!ctx.sawContent) {
    throw emptyWorkbook();
  }
}

/**
 * One sheet through the stages: find its header and kind, read its preamble, then stream its
 * rows into the writer. Problems go to the report; nothing here throws for bad cells.
 */
async function importSheet(source: SheetSource, ctx: ImportContext): Promise<void> {
  const iterator = source.rows[Symbol.asyncIterator]();
  const { head, after } = await readHead(iterator);
  const info: ImportSheetData = {
    name: source.name,
    kind: null,
    skippedReason: null,
    headerRow: null,
    rowsRead: 0,
    rowsImported: 0,
  };
  ctx.report.sheets.push(info);
  if (head.some((row) => row.cells.some((c) => cellText(c) !== ''))) {
    ctx.sawContent = true;
  }
  const layout = findLayout(head, ctx.definitions, kindFromName(source.name, ctx.definitions));
  if (!layout) {
    info.skippedReason = skipReason(source.name, head);
    // An instructions sheet (填写说明) is expected beside a ledger; listing it is enough.
    if (!INSTRUCTIONS.test(source.name)) {
      ctx.report.warning({
        sheet: source.name,
        code: 'SHEET_SKIPPED',
        message: `sheet "${source.name}" skipped: ${info.skippedReason}`,
      });
    }
    return;
  }
  info.kind = layout.definition.kind;
  info.headerRow = layout.headerRow;
  const headerStart = head.findIndex((r) => r.number === (layout.upperRow ?? layout.headerRow));
  const scope = ctx.scope.forSheet(
    source.name,
    readPreamble(head.slice(0, Math.max(0, headerStart))),
    ctx.report,
  );
  reportColumns(layout, source.name, ctx);
  const body = [...head.filter((r) => r.number > layout.headerRow), ...after];
  await readRows(
    body,
    iterator,
    { source, layout, info, region: scope.region, year: scope.year },
    ctx,
  );
}

/** The first rows, where title, preamble and header are looked for; `after` ends their batch. */
async function readHead(
  iterator: AsyncIterator<readonly SheetRow[]>,
): Promise<{ head: SheetRow[]; after: SheetRow[] }> {
  const rows: SheetRow[] = [];
  while (rows.length < HEAD_ROWS) {
    const next = await iterator.next();
    if (next.done) {
      break;
    }
    rows.push(...next.value);
  }
  return { head: rows.slice(0, HEAD_ROWS), after: rows.slice(HEAD_ROWS) };
}

const HEAD_ROWS = MAX_PREAMBLE_ROWS + 2;

const INSTRUCTIONS = /(填写|填表|填报)(说明|须知)|^说明$/;

function skipReason(name: string, head: SheetRow[]): string {
  if (INSTRUCTIONS.test(name)) {
    return 'an instructions sheet, not a ledger';
  }
  return head.length === 0
    ? 'the sheet is empty'
    : 'no header row naming the columns of a ledger kind was found in its first 16 rows';
}

function reportColumns(layout: SheetLayout, sheet: string, ctx: ImportContext): void {
  for (const { index, header } of layout.ignored) {
    ctx.report.warning({
      sheet,
      row: layout.headerRow,
      column: letter(index),
      header,
      code: 'IGNORED_COLUMN',
      message: `column "${header}" is not part of a ${layout.definition.kind.toLowerCase()} ledger and was ignored`,
    });
  }
  const mapped = new Set(layout.columns.map((c) => c.def.key));
  for (const column of layout.definition.columns) {
    if (column.required && !mapped.has(column.key)) {
      ctx.report.error({
        sheet,
        row: layout.headerRow,
        header: column.headers[0],
        code: 'MISSING_COLUMN',
        message: `the sheet has no "${column.headers[0]}" column, which a ${layout.definition.kind.toLowerCase()} ledger requires`,
      });
    }
  }
}

function letter(index: number): string {
  return columnLetter(index + 1);
}

function isDatabaseError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && ('severity' in error || 'routine' in error);
}
