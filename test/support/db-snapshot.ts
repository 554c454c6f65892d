/** The tables an import writes to, besides its own import_batch row. */
export const IMPORTED_TABLES = [
  'event',
  'facility',
  'result',
  'indicator',
  'competition',
  'import_scope',
] as const;

export type Snapshot = Record<(typeof IMPORTED_TABLES)[number], { count: number; rows: string[] }>;

type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

/**
 * Every row of the imported tables, as sorted JSON text: two snapshots are equal exactly when no
 * row was added, removed or changed (a rolled-back insert still advances a sequence, which
 * does not show here).
 */
export async function snapshotImportedTables(sql: Sql): Promise<Snapshot> {
  const snapshot = {} as Snapshot;
  for (const table of IMPORTED_TABLES) {
    const rows = await sql<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
    snapshot[table] = { count: rows.length, rows: rows.map((r) => r.row).sort() };
  }
  return snapshot;
}

/** Row counts only, for messages that stay readable. */
export function countsOf(snapshot: Snapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([table, { count }]) => [table, count]));
}
