import { say, type CatalogText } from '../common/messages/clerk-texts';
import type { Lang } from '../common/messages/lang';
import type { RegionIndex } from '../../regions/region-index';
import { ComparisonRow } from './comparison.types';
import type { CoverageCount } from './coverage';

/**
 * One thing a compared value's note says, as a catalog key and its values. Rows keep notes in
 * this form, so one answer (and one cached answer) serves readers of either language; the
 * sentence is said when the row is handed to its reader.
 */
export type RowNote = CatalogText;

/** The note of a partial total, or null when every expected region reported. */
export function partialNote(
  regions: RegionIndex,
  target: string,
  coverage: CoverageCount | null | undefined,
  subject: 'total' | 'population' = 'total',
): RowNote | null {
  if (!coverage || coverage.reported >= coverage.expected) {
    return null;
  }
  const region = regions.get(target)?.fullName ?? target;
  return { key: 'notePartial', params: { ...coverage, region, subject } };
}

/** The row's notes said in `lang`, joined as one sentence; null when it has none. */
export function noteText(notes: readonly RowNote[], lang: Lang): string | null {
  const separator = lang === 'en' ? '; ' : '；';
  return notes.map((n) => say(lang, n.key, n.params)).join(separator) || null;
}

/** Copies of the rows with their notes said in `lang` (the answer may be a cached one). */
export function sayNotes(rows: readonly ComparisonRow[], lang: Lang): ComparisonRow[] {
  return rows.map((row) =>
    Object.assign(new ComparisonRow(), row, { note: noteText(row.notes, lang) }),
  );
}
