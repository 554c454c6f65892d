import {
  competitionGroupWords,
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  ledgerKindWords,
  projectTypeWords,
} from './enum-words';
import type { EnumTable } from './enums';

// A chart groups by a word an analyst reads (健身园), not by FITNESS_GARDEN; BI connectors also
// drop enum columns, so every enum field has a String twin built from these tables.

/** An enumeration value's word as a ledger writes it: the first word of its table. */
export function enumLabel<T extends string>(table: EnumTable<T>): (code: string) => string | null {
  const first = new Map<string, string>();
  for (const [word, value] of Object.entries(table.words) as [string, T][]) {
    if (!first.has(value)) {
      first.set(value, word);
    }
  }
  return (code) => first.get(code) ?? null;
}

function fixedLabels(words: Readonly<Record<string, string>>): (code: string) => string | null {
  return (code) => words[code] ?? null;
}

/** The Chinese label of each enumeration the API exposes, by GraphQL enum name. */
export const ENUM_LABELS = {
  FacilityType: enumLabel(facilityTypeWords),
  FacilityStatus: enumLabel(facilityStatusWords),
  ProjectType: enumLabel(projectTypeWords),
  EventCategory: enumLabel(eventCategoryWords),
  EventLevel: enumLabel(eventLevelWords),
  EventFormat: enumLabel(eventFormatWords),
  CompetitionGroup: enumLabel(competitionGroupWords),
  LedgerKind: enumLabel(ledgerKindWords),
  RegionLevel: fixedLabels({ PROVINCE: '省级', CITY: '地级', DISTRICT: '县级' }),
  DatePrecision: fixedLabels({ DAY: '日', MONTH: '月', YEAR: '年' }),
} as const;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The label of a value, null for a null value. */
export function labelOf(kind: LabelledEnum, code: string | null | undefined): string | null {
  return code ? ENUM_LABELS[kind](code) : null;
}
