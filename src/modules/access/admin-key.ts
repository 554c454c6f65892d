import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from '@mikro-orm/postgresql';
import { apiKeyStore } from './api-key-store';

export const ADMIN_KEY_FILE = 'admin-key';

/**
 * On a server's first start there is no key, so nobody could write or make one over HTTP: one
 * admin key is made, written to DATA_DIR/admin-key (mode 600, the owner alone reads it) and
 * returned so the caller prints it once. Two servers starting together make one key (a lock).
 */
export async function ensureAdminKey(
  db: Knex,
  dataDir: string,
): Promise<{ key: string; file: string } | null> {
  const made = await db.transaction(async (trx) => {
    await trx.raw(`select pg_advisory_xact_lock(hashtextextended('sports_ledger.api_key', 0))`);
    const store = apiKeyStore(trx);
    if ((await store.count()) > 0) {
      return null;
    }
    return store.create({ name: 'admin', role: 'ADMIN', regionCode: null, expiresAt: null });
  });
  if (!made) {
    return null;
  }
  const file = path.join(dataDir, ADMIN_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${made.key}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // the mode above applies only when the file is new
  return { key: made.key, file };
}
