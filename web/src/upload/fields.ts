import type { PageTextKey } from '../../../src/modules/common/messages/page-texts';

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

export function fieldLabel(field: string): PageTextKey | null {
  const key = `field_${field}`;
  return isTextKey(key) ? key : null;
}

const FIELD_KEYS = new Set(
  Object.values(NUMERIC_FIELDS)
    .flat()
    .map((f) => `field_${f}`),
);

function isTextKey(key: string): key is PageTextKey {
  return FIELD_KEYS.has(key);
}
