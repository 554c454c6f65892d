import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { ISSUES_SHEET } from '../report/issues-sheet';
import type { SheetRow } from '../read/sheet-source';
import { cellText } from './headers';

/** The kind a sheet's name announces (ledger-spec §1), or null when it says nothing. */
export function kindFromName(
  name: string,
  definitions: readonly SheetDefinition[],
): SheetDefinition | null {
  const hits = definitions.filter((d) => d.sheetNameWords.some((word) => name.includes(word)));
  // "赛事活动" names one kind; a name naming two (场地设施建设项目) is settled by its headers
  return hits.length === 1 ? hits[0] : null;
}

/** Why a sheet is not read at all, or null: skipped on request, hidden, or our own report's list. */
export function skippedUnread(
  sheet: { name: string; hidden: boolean },
  ignoreSheets: readonly string[],
): { code: string; reason: string } | null {
  const name = sheet.name.trim();
  if (ignoreSheets.some((ignored) => ignored.trim() === name)) {
    return { code: 'SHEET_IGNORED', reason: 'skipped at the clerk’s request (ignoreSheets)' };
  }
  if (name === ISSUES_SHEET) {
    return { code: 'SHEET_SKIPPED', reason: 'the issue list of an earlier import report' };
  }
  // decisions §2: drop-down lists and last year's copies are what a hidden sheet holds
  return sheet.hidden
    ? { code: 'SHEET_SKIPPED', reason: 'a hidden sheet; unhide it to import it' }
    : null;
}

/** Sheets beside a ledger that are not one (decisions §2), by a word of their name or title. */
const ROLES: readonly { words: RegExp; reason: string }[] = [
  { words: /(填写|填表|填报)(说明|须知)|说明/, reason: 'an instructions sheet, not a ledger' },
  { words: /字典|选项|下拉|数据源|数据有效性/, reason: 'a drop-down list sheet, not a ledger' },
  { words: /目录|封面/, reason: 'a cover or contents sheet, not a ledger' },
  { words: /汇总|合计|总表/, reason: 'a summary sheet, not a ledger' },
];

/** An instructions sheet (填写说明) is expected beside a ledger: listing it is enough. */
const EXPECTED = /(填写|填表|填报)(说明|须知)|^说明$/;

/** Whether a sheet's name or title marks it as help or a summary, and whether to say so. */
export function helpOrSummary(
  name: string,
  title: string | null,
): { reason: string; quiet: boolean } | null {
  const role =
    ROLES.find((r) => r.words.test(name)) ?? ROLES.find((r) => title && r.words.test(title));
  return role ? { reason: role.reason, quiet: EXPECTED.test(name) } : null;
}

/** The first text of a sheet, usually its title. */
export function firstText(rows: readonly SheetRow[]): string | null {
  for (const row of rows) {
    const text = row.cells.map((c) => cellText(c)).find((t) => t !== '');
    if (text) {
      return text;
    }
  }
  return null;
}

/** Whether the report workbook's issue list heads this sheet (renamed by a clerk). */
export function isIssueList(rows: readonly SheetRow[]): boolean {
  const first = rows.find((r) => r.cells.some((c) => cellText(c) !== ''));
  const words = new Set(first?.cells.map((c) => cellText(c)));
  return ['工作表', '表头', '代码'].every((w) => words.has(w)) && words.has('行');
}
