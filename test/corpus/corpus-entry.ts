import type { GridSheet } from './build/grid';

/**
 * One workbook of the corpus: built in code like a real bureau's ledger, with what it MEANS
 * (ledger-spec.md, decisions.md) — not what any version of the importer happens to make of it.
 */
export interface CorpusEntry {
  /** What the workbook is, as a phrase: the test names are built from it. */
  name: string;
  /** The real form or ledger the layout copies, and what a clerk or WPS/Excel did to it. */
  modelledOn: string;
  fileName: string;
  build(): Promise<Buffer>;
  /** The cells as the clerk sees them (cached formula results, merged values once). */
  sheets: GridSheet[];
  upload: UploadOptions;
  /** An entry whose committed import this one relies on (a remembered column mapping). */
  dependsOn?: string;
  expect: Committed | Refused;
}

export interface UploadOptions {
  region?: string;
  year?: number;
  columnMap?: { header: string; field: string }[];
}

export interface Committed {
  status: 'COMMITTED';
  facts: ExpectedFacts;
  /** Sheets that must be reported as skipped, each with a reason. */
  skippedSheets?: string[];
  /** Mappings the batch must list as applied (ImportBatch.columnMappings). */
  mappings?: {
    header: string;
    field: string;
    source: 'SPEC' | 'SYNONYM' | 'REMEMBERED' | 'REQUEST';
  }[];
}

export interface Refused {
  status: 'FAILED';
  /** Exactly the errors the batch must list; `row`/`column` null where the issue has no cell. */
  errors: ExpectedError[];
}

export interface ExpectedError {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
}

export interface ExpectedFacts {
  facilities?: FacilityFact[];
  events?: EventFact[];
  results?: ResultFact[];
  indicators?: IndicatorFact[];
}

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** Where a fact comes from; every fact of the batch is matched to one by these. */
interface Source {
  sheet: string;
  row: number;
  region: string;
  year: number;
}

/** A field left out is expected null (or its documented default: status COMPLETED, quantity 1). */
export interface FacilityFact extends Source {
  name: string;
  type: string;
  projectType?: string;
  status?: string;
  quantity?: number;
  investmentYuan?: number;
  areaM2?: number;
  lengthKm?: number;
  completedOn?: string;
  /** Defaults to DAY when completedOn is given. */
  completedOnPrecision?: DatePrecision;
  fundingSource?: string;
  address?: string;
  notes?: string;
  approximateFields?: string[];
}

export interface EventFact extends Source {
  name: string;
  startDate?: string;
  endDate?: string;
  /** Defaults to DAY when startDate is given. */
  datePrecision?: DatePrecision;
  level?: string;
  category?: string;
  sport?: string;
  format?: string;
  organizer?: string;
  participants?: number;
  teams?: number;
  notes?: string;
  approximateFields?: string[];
}

/** medals defaults to gold + silver + bronze when all three are given; group to ALL. */
export interface ResultFact extends Source {
  competition: string;
  group?: string;
  sport?: string;
  athletes?: number;
  gold?: number;
  silver?: number;
  bronze?: number;
  medals?: number;
  points?: number;
  medalRank?: number;
  goldRank?: number;
  pointsRank?: number;
  placement?: number;
  honors?: string;
  notes?: string;
  startDate?: string;
  endDate?: string;
  datePrecision?: DatePrecision;
  approximateFields?: string[];
}

export interface IndicatorFact extends Source {
  metric: string;
  value: number;
  approximate?: boolean;
  notes?: string;
}
