import type { CorpusImportLedgerMutation } from '../../support/generated/graphql';

// What the corpus reads back, typed by its documents (test/corpus/operations/corpus.graphql).

/** ImportBatch as the corpus reads it. */
export type CorpusBatch = CorpusImportLedgerMutation['importLedger'];

export type CorpusSheet = CorpusBatch['sheets'][number];

export type CorpusColumn = CorpusSheet['columns'][number];

export type CorpusIssue = CorpusBatch['errors'][number];

/** A fact row as any of the four lists returns it. */
export type FactNode = Record<string, unknown> & {
  source: { batch: { id: string }; sheet: string; row: number };
};
