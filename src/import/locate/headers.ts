import { PLAIN } from '../parse/fast-cells';
import { normalizeText, unwrapCell, type RawCell } from '../parse/cells';

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

/** What a clerk sees in a cell that holds an error or a formula without a result. */
function errorText(raw: RawCell | undefined): string {
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const value = raw as { error?: string; formula?: string; result?: { error?: string } };
    return value.error ?? value.result?.error ?? (value.formula ? `=${value.formula}` : '');
  }
  return '';
}
