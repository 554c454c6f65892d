import type { ImportContext, SheetScope } from './import-context';
import { damagedWorkbook, emptyWorkbook, ImportRefusal } from './read/refusal';
import type { SheetReader } from './read/sheet-reader';
import type { WorkbookStructure } from './read/workbook-structure';
import { cellText } from './locate/headers';
import {
  missingColumns,
  reportHeader,
  reportTitleValues,
  sheetColumns,
} from './locate/column-report';
import { findLayout, MAX_PREAMBLE_ROWS, remapLayout } from './locate/header-search';
import type { SheetLayout } from './locate/sheet-layout';
import { readPreamble, regionOfTitle } from './locate/preamble';
import { readRows } from './row-loop';
import {
  firstText,
  helpOrSummary,
  isIssueList,
  kindFromName,
  skippedUnread,
} from './locate/sheet-kinds';
import { skipSheet, unrecognisedSheet, type SheetHead } from './locate/skipped-sheets';
import { titleValues, withTitleValues } from './locate/title-values';
import { NumberWatch, settleUnplaced } from './locate/unplaced-columns';
import type { SheetRow, SheetSource } from './read/sheet-source';

/** Every sheet of the workbook through the stages; a workbook with no content at all is refused. */
export async function importSheets(
  reader: SheetReader,
  structure: WorkbookStructure,
  ctx: ImportContext,
): Promise<void> {
  ctx.columns.checkRequest(ctx.definitions, ctx.report);
  await ctx.columns.load();
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
  ctx.columns.reportUnused(ctx.report);
}

/**
 * One sheet through the stages: skip it if it is not a ledger (with its reason), find its header
 * and kind, read its preamble, then stream its rows into the writer. Problems go to the report;
 * nothing here throws for bad cells.
 */
async function importSheet(source: SheetSource, ctx: ImportContext): Promise<void> {
  const rest = source.rows[Symbol.asyncIterator]();
  const head = await readHead(rest);
  const info = { name: source.name, kind: null, skippedReason: null, headerRow: null };
  const sheet: SheetHead = { source, info: { ...info, rowsRead: 0, rowsImported: 0 }, head, rest };
  ctx.report.sheets.push(sheet.info);
  if (head.some((row) => row.cells.some((c) => cellText(c) !== ''))) {
    ctx.sawContent = true;
  }
  const unread = skippedUnread(source, ctx.ignoreSheets);
  if (unread || isIssueList(head)) {
    const reason = unread?.reason ?? 'the issue list of an earlier import report';
    return skipSheet(sheet, reason, unread?.code === 'SHEET_IGNORED', ctx.report);
  }
  const layout = locate(sheet, ctx);
  return layout ? importLedgerSheet(sheet, layout, ctx) : unrecognisedSheet(sheet, ctx.report);
}

/** The header and kind, read with the clerk's mappings for the region the sheet appears to have. */
function locate(sheet: SheetHead, ctx: ImportContext): SheetLayout | null {
  const head = sheet.head.slice(0, HEAD_ROWS);
  const nameKind = kindFromName(sheet.source.name, ctx.definitions);
  const hint = ctx.scope.region?.code ?? null;
  const layout = findLayout(head, ctx.definitions, nameKind, ctx.columns.mappingsFor(hint));
  if (layout) {
    return layout;
  }
  // Headers only the region's remembered mappings place: the region then comes from the preamble.
  const guess = regionOfHead(head, ctx);
  return ctx.columns.differs(hint, guess)
    ? findLayout(head, ctx.definitions, nameKind, ctx.columns.mappingsFor(guess))
    : null;
}

/** A ledger sheet: its scope from the preamble, its columns reported, then its rows. */
async function importLedgerSheet(
  sheet: SheetHead,
  found: SheetLayout,
  ctx: ImportContext,
): Promise<void> {
  const { source, info, head } = sheet;
  const errorsBefore = ctx.report.errorCount;
  const { preamble, fromTitle, missing, role } = readAbove(sheet, found);
  if (role) {
    return skipSheet(sheet, role.reason, role.quiet, ctx.report);
  }
  const readWith = ctx.scope.region?.code ?? null; // the region whose mappings `found` was read with
  const scope = ctx.scope.forSheet(source.name, preamble, ctx.report);
  const region = scope.region?.code ?? null;
  const layout = ctx.columns.differs(readWith, region)
    ? remapLayout(found, head, ctx.columns.mappingsFor(region))
    : found;
  layout.definition = withTitleValues(layout.definition, fromTitle);
  Object.assign(info, { kind: layout.definition.kind, headerRow: layout.headerRow });
  reportHeader(source.name, layout, missing, ctx.report);
  reportTitleValues(source.name, fromTitle, ctx.report);
  ctx.columns.applied(source.name, layout, region, ctx.report);
  if (missing.length > 0) {
    ctx.writer.disable(); // rows without a required column cannot be stored: nothing will be
  }
  await readLedgerRows(sheet, layout, { region: scope.region, year: scope.year }, ctx);
  if (info.rowsRead > 0 && info.rowsImported === 0 && ctx.report.errorCount === errorsBefore) {
    ctx.report.error({
      sheet: source.name,
      row: layout.headerRow,
      code: 'SHEET_WITHOUT_FACTS',
      params: { rows: info.rowsRead },
      message: `the sheet has ${info.rowsRead} data rows but none of them gives a figure to store; fill in its columns or skip the sheet (ignoreSheets)`,
    });
  }
}

/**
 * What the rows above the header say: the preamble, the values the title gives for columns the
 * sheet lacks, the required columns still missing, and — when some are — whether the sheet's name
 * or title marks it as help or a summary (then it is skipped, not refused).
 */
function readAbove({ source, head }: SheetHead, found: SheetLayout) {
  const above = head.filter((r) => r.number < (found.upperRow ?? found.headerRow));
  const preamble = readPreamble(above);
  const title = preamble.title ?? firstText(above);
  const placed = new Set(found.columns.map((c) => c.def.key));
  const fromTitle = titleValues(found.definition, placed, title);
  const missing = missingColumns(found, [...fromTitle.keys()]);
  const role = missing.length > 0 ? helpOrSummary(source.name, title) : null;
  return { preamble, fromTitle, missing, role };
}

/** The rows below the header, watched for numbers under the headers nothing placed. */
async function readLedgerRows(
  { source, info, head, rest }: SheetHead,
  layout: SheetLayout,
  scope: Pick<SheetScope, 'region' | 'year'>,
  ctx: ImportContext,
): Promise<void> {
  const watch = new NumberWatch(layout.unplaced);
  const body = head.filter((r) => r.number > layout.headerRow);
  watch.see(body);
  await readRows(body, watch.wrap(rest), { source, layout, info, ...scope }, ctx);
  settleUnplaced(source.name, layout, watch, ctx.report);
  info.columns = sheetColumns(layout);
}

/** The region a sheet's preamble or title names, when it names one unambiguously. */
function regionOfHead(head: readonly SheetRow[], ctx: ImportContext): string | null {
  const preamble = readPreamble(head);
  const named = preamble.unit ?? regionOfTitle(preamble.title);
  const resolved = named ? ctx.regions.resolve(named, ctx.scope.region?.code ?? null) : null;
  return resolved?.ok ? resolved.region.code : null;
}

/**
 * The first rows, where title, preamble and header are looked for, with the rest of the batch
 * that brought them (read as rows below the header).
 */
async function readHead(iterator: AsyncIterator<readonly SheetRow[]>): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  while (rows.length < HEAD_ROWS) {
    const next = await iterator.next();
    if (next.done) {
      break;
    }
    rows.push(...next.value);
  }
  return rows;
}

const HEAD_ROWS = MAX_PREAMBLE_ROWS + 2;

function isDatabaseError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && ('severity' in error || 'routine' in error);
}
