import type { CorpusImportLedgerMutation } from '../../support/generated/graphql';

// What the corpus reads back, typed by its documents (test/corpus/operations/corpus.graphql).

type RawBatch = CorpusImportLedgerMutation['importLedger'];
type RawSheet = NonNullable<RawBatch['sheets']>[number];

export type CorpusColumn = NonNullable<RawSheet['columns']>[number];

export type CorpusSheet = Omit<RawSheet, 'columns'> & { columns: CorpusColumn[] };

export type CorpusIssue = NonNullable<RawBatch['errors']>[number];

/**
 * ImportBatch as the corpus reads it. The schema's lists are nullable for BI connectors' sake;
 * the server always sends them, and a missing one fails the corpus where it is read.
 */
export type CorpusBatch = Omit<RawBatch, 'sheets' | 'errors' | 'warnings'> & {
  sheets: CorpusSheet[];
  errors: CorpusIssue[];
  warnings: CorpusIssue[];
};

/** A fact row as any of the four lists returns it. */
export type FactNode = Record<string, unknown> & {
  source: { batch: { id: string }; sheet: string; row: number };
};
