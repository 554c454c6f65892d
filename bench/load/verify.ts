import { Client } from 'pg';

export interface BatchCheck {
  id: number;
  status: string;
  reported: number;
  found: number;
}

/**
 * Every committed batch of the run (current or since superseded, whose rows stay as history)
 * against the database: the facility rows carrying its id must be exactly the rows it reported.
 */
export async function checkBatches(
  databaseUrl: string,
  ids: readonly number[],
): Promise<BatchCheck[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<BatchCheck>(
      `select b.id, b.status, b.rows_imported as reported,
         (select count(*)::int from facility f where f.batch_id = b.id) as found
       from import_batch b where b.id = any($1::int[]) order by b.id`,
      [[...ids]],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Batches still RUNNING or left with rows although FAILED: what a load must never leave. */
export function wrongBatches(checks: readonly BatchCheck[]): BatchCheck[] {
  return checks.filter((c) =>
    c.status === 'COMMITTED' || c.status === 'SUPERSEDED'
      ? c.found !== c.reported
      : c.status === 'RUNNING' || c.found !== 0,
  );
}
