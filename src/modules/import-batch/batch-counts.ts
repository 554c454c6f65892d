import type { Knex } from '@mikro-orm/postgresql';
import { ImportStatus } from '../common/enums';

/** How many import batches stand in each status (every status present, zero when none). */
export async function countBatchesByStatus(db: Knex): Promise<Record<ImportStatus, number>> {
  const { rows } = await db.raw<{ rows: { status: string; n: number }[] }>(
    'select status, count(*)::int as n from import_batch group by status',
  );
  const counts = Object.fromEntries(Object.values(ImportStatus).map((s) => [s, 0])) as Record<
    ImportStatus,
    number
  >;
  for (const row of rows) {
    if (row.status in counts) {
      counts[row.status as ImportStatus] = row.n;
    }
  }
  return counts;
}
