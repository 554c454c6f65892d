import type { Knex } from '@mikro-orm/postgresql';
import type { ReportBuilder } from '../report/report-builder';
import { batchStore } from './batch-store';

/**
 * The same file already committed: nothing is imported again. Asked before the rows are read, and
 * again under the commit's locks, so the same file sent twice at once is still imported once.
 */
export async function identicalFile(
  db: Knex | Knex.Transaction,
  sha256: string,
  batchId: number,
  report: ReportBuilder,
): Promise<number | null> {
  const identical = await batchStore(db).findCommitted(sha256, batchId);
  if (identical !== null) {
    report.warning({
      code: 'IDENTICAL_FILE',
      message: `this file was already imported as batch ${identical}; nothing changed`,
    });
  }
  return identical;
}
