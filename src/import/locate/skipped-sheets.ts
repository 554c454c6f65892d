import type { ImportSheetData } from '../../modules/import-batch/import-report';
import type { ReportBuilder } from '../report/report-builder';
import type { SheetRow, SheetSource } from '../read/sheet-source';
import { cellText } from './headers';
import { firstText, helpOrSummary } from './sheet-kinds';
import { holdsNumber } from './unplaced-columns';

/** A sheet as its first rows were read: its header, title and preamble are looked for there. */
export interface SheetHead {
  source: SheetSource;
  info: ImportSheetData;
  head: SheetRow[];
  rest: AsyncIterator<readonly SheetRow[]>;
}

const NO_HEADER =
  'no header row naming the columns of a ledger kind was found in its first 16 rows';

/** Lists a sheet as skipped with its reason; a warning says so unless the sheet is expected. */
export function skipSheet(
  sheet: SheetHead,
  reason: string,
  quiet: boolean,
  report: ReportBuilder,
): void {
  sheet.info.skippedReason = reason;
  if (!quiet) {
    report.warning({
      sheet: sheet.source.name,
      code: 'SHEET_SKIPPED',
      message: `sheet "${sheet.source.name}" skipped: ${reason}`,
      params: { reason },
    });
  }
}

/**
 * decisions §2: a sheet no header row places is skipped with its reason when its name or title
 * marks it as help or a summary, or when it holds no numbers; otherwise it is refused, since its
 * numbers would be dropped unread.
 */
export async function unrecognisedSheet(sheet: SheetHead, report: ReportBuilder): Promise<void> {
  const { source, head } = sheet;
  const role = helpOrSummary(source.name, firstText(head));
  if (role) {
    return skipSheet(sheet, role.reason, role.quiet, report);
  }
  if (!(await holdsFigures(sheet))) {
    return skipSheet(sheet, head.length === 0 ? 'the sheet is empty' : NO_HEADER, false, report);
  }
  sheet.info.skippedReason = NO_HEADER;
  report.error({
    sheet: source.name,
    code: 'UNRECOGNISED_SHEET',
    message: `sheet "${source.name}" holds numbers, but ${NO_HEADER}; map its headers (columnMap) or skip the sheet (ignoreSheets)`,
  });
}

/** Whether any row holds a number beyond its first filled cell (a lone number there is a 序号). */
async function holdsFigures({ head, rest }: SheetHead): Promise<boolean> {
  const figures = (rows: readonly SheetRow[]) =>
    rows.some((row) => {
      const filled = row.cells.filter((c) => cellText(c) !== '');
      return filled.slice(1).some((c) => holdsNumber(c));
    });
  if (figures(head)) {
    return true;
  }
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    if (figures(next.value)) {
      return true;
    }
  }
  return false;
}
