import type { Committed, CorpusEntry, Refused } from '../corpus-entry';
import { factDifferences } from './compare-facts';
import { KINDS, type ImportOutcome } from './corpus-client';
import type { CorpusBatch, CorpusIssue } from './batch-types';

const cell = (e: {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
}) => `${e.sheet ?? '-'}!${e.column ?? '-'}${e.row ?? '-'} ${e.code}`;

const issue = (i: CorpusIssue) => `${cell(i)} "${i.message}"`;

/** Why the entry's upload did not give what the ledger means; empty when it did. */
export function entryProblems(entry: CorpusEntry, outcome: ImportOutcome): string[] {
  const { batch, failure } = outcome;
  if (failure || !batch) {
    return [`no batch: ${failure}`];
  }
  return entry.expect.status === 'COMMITTED'
    ? committedProblems(entry.expect, batch, outcome)
    : refusedProblems(entry.expect, batch, outcome);
}

function committedProblems(
  expect: Committed,
  batch: CorpusBatch,
  outcome: ImportOutcome,
): string[] {
  if (batch.status !== 'COMMITTED') {
    return [
      `status ${batch.status}, expected COMMITTED`,
      ...batch.errors.map((e) => `error ${issue(e)}`),
    ];
  }
  const lines = factDifferences(expect.facts, outcome.facts);
  for (const name of expect.skippedSheets ?? []) {
    const sheet = batch.sheets.find((s) => s.name === name);
    if (!sheet?.skippedReason) {
      lines.push(`sheet ${name}: not reported as skipped with a reason`);
    }
  }
  for (const want of expect.mappings ?? []) {
    if (!batch.columnMappings) {
      lines.push('ImportBatch.columnMappings is not in the schema');
      break;
    }
    const applied = batch.columnMappings.some(
      (m) => m.header === want.header && m.field === want.field && m.source === want.source,
    );
    if (!applied) {
      lines.push(
        `mapping ${want.header} → ${want.field} (${want.source}) not listed: ${JSON.stringify(batch.columnMappings)}`,
      );
    }
  }
  return lines;
}

/** Exactly the expected cells and codes, and not one fact of the workbook anywhere. */
function refusedProblems(expect: Refused, batch: CorpusBatch, outcome: ImportOutcome): string[] {
  const lines: string[] = [];
  if (batch.status !== 'FAILED') {
    lines.push(`status ${batch.status}, expected FAILED`);
  }
  const reported = new Map(batch.errors.map((e) => [cell(e), e]));
  for (const want of expect.errors) {
    if (!reported.delete(cell(want))) {
      lines.push(`error ${cell(want)} not reported`);
    }
  }
  reported.forEach((e) => lines.push(`unexpected error ${issue(e)}`));
  for (const kind of KINDS) {
    if (outcome.facts[kind].length > 0) {
      lines.push(`${outcome.facts[kind].length} ${kind} written by a refused batch`);
    }
  }
  return lines;
}
