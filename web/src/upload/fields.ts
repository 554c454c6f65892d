import { PAGE_TEXTS, type PageTextKey } from '../../../src/modules/common/messages/page-texts';

/**
 * The numeric fields a column of numbers may be mapped to, per ledger kind (the sheet definitions'
 * keys in src/modules/<feature>/*.sheet.ts); `ignore` leaves a column out on purpose.
 */
export const NUMERIC_FIELDS: Record<string, string[]> = {
  EVENTS: ['participants', 'teams'],
  FACILITIES: ['quantity', 'investment', 'area', 'length'],
  RESULTS: ['athletes', 'gold', 'silver', 'bronze', 'medals', 'points'],
  INDICATORS: ['value'],
};

/** The words of a field (`field_investment`: 投资额), null for one the catalog does not name. */
export function fieldLabel(field: string): PageTextKey | null {
  const key = `field_${field}`;
  return Object.hasOwn(PAGE_TEXTS, key) ? (key as PageTextKey) : null;
}
