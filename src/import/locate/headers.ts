import type { ColumnDef, SheetDefinition } from '../../modules/common/sheet-definition';
import { PLAIN } from '../parse/fast-cells';
import { normalizeText, splitHeaderUnit, unwrapCell, type RawCell } from '../parse/cells';

/** A header as compared: no spaces, no full-width forms, lower case, no leading numbering or unit. */
export function headerKey(text: string): string {
  const { name } = splitHeaderUnit(text);
  return normalizeText(name)
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^(\d+|[一二三四五六七八九十]+)[、.．)]/, '')
    .replace(/^\(\d+\)/, '')
    .replace(/[:：]$/, '');
}

/** A cell as the clerk typed it (trimmed only), for reports that quote it. */
export function rawText(raw: RawCell | undefined): string {
  const cell = unwrapCell(raw ?? null);
  if (!cell.ok) {
    return errorText(raw);
  }
  if (cell.value === null) {
    return '';
  }
  return cell.value instanceof Date
    ? cell.value.toISOString().slice(0, 10)
    : String(cell.value).trim();
}

export function cellText(raw: RawCell | undefined): string {
  if (typeof raw === 'string' && PLAIN.test(raw)) {
    return raw;
  }
  const cell = unwrapCell(raw ?? null);
  if (!cell.ok) {
    return errorText(raw);
  }
  if (cell.value === null) {
    return '';
  }
  return normalizeText(cell.value instanceof Date ? cell.value.toISOString() : String(cell.value));
}

/** Header lookup of one ledger kind: header key → column. */
export class HeaderMatcher {
  private readonly byHeader = new Map<string, ColumnDef>();
  private readonly byGroupHeader = new Map<
    string,
    { column: ColumnDef; group: readonly string[] }
  >();

  constructor(readonly definition: SheetDefinition) {
    for (const column of definition.columns) {
      for (const header of [column.key, ...column.headers]) {
        this.byHeader.set(headerKey(header), column);
      }
      for (const header of column.underGroup?.headers ?? []) {
        this.byGroupHeader.set(headerKey(header), { column, group: column.underGroup!.group });
      }
    }
  }

  /** The column a header names, given the (merged) group header above it, if any. */
  match(header: string, group: string): ColumnDef | null {
    const key = headerKey(header);
    if (!key) {
      return null;
    }
    const direct = this.byHeader.get(key);
    if (direct) {
      return direct;
    }
    const grouped = this.byGroupHeader.get(key);
    if (grouped && grouped.group.some((word) => group.includes(word))) {
      return grouped.column;
    }
    const { name, unit } = splitHeaderUnit(header);
    return this.definition.dynamicColumn?.(name, unit) ?? null;
  }
}

/** Headers that are expected and carry nothing (row numbering). */
export const SILENT_HEADERS = new Set(['序号', '编号', '序', 'no', 'no.'].map(headerKey));

/** What a clerk sees in a cell that holds an error or a formula without a result. */
function errorText(raw: RawCell | undefined): string {
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const value = raw as { error?: string; formula?: string; result?: { error?: string } };
    return value.error ?? value.result?.error ?? (value.formula ? `=${value.formula}` : '');
  }
  return '';
}
