// What the corpus reads back; a field the running schema lacks is absent (undefined).

/** ImportBatch as the corpus reads it; a field the schema lacks is absent (undefined). */
export interface CorpusBatch {
  id: string;
  status: string;
  year: number | null;
  region: { code: string } | null;
  rowsImported: number;
  sheets: CorpusSheet[];
  errors: CorpusIssue[];
  warnings: CorpusIssue[];
  columnMappings?: { sheet: string; header: string; field: string; source: string }[];
}

export interface CorpusSheet {
  name: string;
  kind: string | null;
  skippedReason: string | null;
  headerRow: number | null;
  rowsRead: number;
  rowsImported: number;
  columns?: CorpusColumn[];
}

export interface CorpusColumn {
  header: string;
  column: string;
  field: string | null;
  unit: string | null;
  ignoredReason: string | null;
}

export interface CorpusIssue {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  value: string | null;
  code: string;
  message: string;
}

/** A fact row as any of the four lists returns it. */
export type FactNode = Record<string, unknown> & {
  source: { batch: { id: string }; sheet: string; row: number };
};
