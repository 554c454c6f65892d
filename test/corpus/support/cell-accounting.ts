import type { CorpusEntry } from '../corpus-entry';
import { columnLetter, shown } from '../build/grid';
import { KINDS, type ImportOutcome } from './corpus-client';
import type { CorpusBatch, CorpusSheet } from './batch-types';

// ledger-spec §5: the signature and note lines end a sheet's data; what follows is not the ledger's.
const FOOTER =
  /^(填表人|填报人|审核人|负责人|单位负责人|统计负责人|联系电话|联系人|注\s*[:：]|备注\s*[:：]|说明\s*[:：])/;

/**
 * Understand or refuse: every non-empty cell below a sheet's header (up to its footer) is in a
 * stored fact's row under a column the report maps to a field or explains, or in a row the report
 * names (a 合计 or summary row skipped with its reason), or on a sheet skipped with its reason.
 * Returns each cell or sheet that is none of these.
 */
export function unaccountedCells(entry: CorpusEntry, outcome: ImportOutcome): string[] {
  const batch = outcome.batch!;
  const stored = new Set(
    KINDS.flatMap((kind) => outcome.facts[kind].map((f) => `${f.source.sheet}!${f.source.row}`)),
  );
  const lines: string[] = [];
  for (const sheet of entry.sheets) {
    const reported = batch.sheets.find((s) => s.name === sheet.name);
    if (!reported) {
      lines.push(`sheet ${sheet.name}: not in the report`);
    } else if (!reported.skippedReason) {
      lines.push(...sheetProblems(sheet.rows, reported, batch, stored));
    }
  }
  return lines;
}

function sheetProblems(
  rows: CorpusEntry['sheets'][number]['rows'],
  sheet: CorpusSheet,
  batch: CorpusBatch,
  stored: Set<string>,
): string[] {
  if (sheet.headerRow === null) {
    return [`sheet ${sheet.name}: neither skipped nor given a header row`];
  }
  if (!sheet.columns) {
    return ['ImportSheet.columns is not in the schema'];
  }
  const named = new Set(
    [...batch.warnings, ...batch.errors].filter((i) => i.sheet === sheet.name).map((i) => i.row),
  );
  const lines: string[] = [];
  for (let r = sheet.headerRow + 1; r <= rows.length; r++) {
    const cells = (rows[r - 1] ?? []).map(shown);
    const first = cells.find((c) => c !== null);
    if (typeof first === 'string' && FOOTER.test(first.replace(/\s+/g, ''))) {
      break;
    }
    const filled = cells.flatMap((c, i) => (c === null ? [] : [columnLetter(i)]));
    if (filled.length === 0 || (!stored.has(`${sheet.name}!${r}`) && named.has(r))) {
      continue;
    }
    if (!stored.has(`${sheet.name}!${r}`)) {
      lines.push(`${sheet.name} row ${r}: ${filled.length} non-empty cells, no fact and no reason`);
      continue;
    }
    for (const letter of filled) {
      const column = sheet.columns.find((c) => c.column === letter);
      if (!column?.field && !column?.ignoredReason) {
        lines.push(`${sheet.name}!${letter}${r}: its column is neither stored nor explained`);
      }
    }
  }
  return lines;
}
