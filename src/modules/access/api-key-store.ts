import type { Knex } from '@mikro-orm/postgresql';
import type { Caller, KeyRefusal, Role } from '../common/access';
import { generateKey, hashKey, isWellFormedKey, shownPart } from './api-key-format';

export interface NewKey {
  name: string;
  role: Role;
  regionCode: string | null;
  expiresAt: Date | null;
}

/** A key as `keys list` shows it: never the key itself, which is shown once. */
export interface KeyListing {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  regionCode: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revoked: boolean;
}

const LISTING = `id, name, prefix, role, region_code as "regionCode", created_at as "createdAt",
  expires_at as "expiresAt", last_used_at as "lastUsedAt", revoked`;

/** The api_key rows: made, listed, revoked, and looked up by hash when a request brings a key. */
export function apiKeyStore(db: Knex) {
  return {
    async create(key: NewKey): Promise<{ id: number; key: string }> {
      const text = generateKey();
      const { rows } = await db.raw(
        `insert into api_key (name, prefix, hash, role, region_code, expires_at)
         values (?, ?, ?, ?, ?, ?) returning id`,
        [key.name, shownPart(text), hashKey(text), key.role, key.regionCode, key.expiresAt],
      );
      return { id: rows[0].id as number, key: text };
    },

    async list(): Promise<KeyListing[]> {
      return (await db.raw(`select ${LISTING} from api_key order by id`)).rows;
    },

    /** Revokes the key with this id or whose shown part starts so; the keys it matched. */
    async revoke(idOrPrefix: string): Promise<KeyListing[]> {
      const byId = /^\d{1,9}$/.test(idOrPrefix) ? Number(idOrPrefix) : null;
      return db.transaction(async (trx) => {
        const { rows } = await trx.raw(
          `select ${LISTING} from api_key where id = ? or (? and starts_with(prefix, ?)) for update`,
          [byId ?? -1, byId === null && idOrPrefix.length >= 4, idOrPrefix],
        );
        if (rows.length === 1) {
          await trx.raw('update api_key set revoked = true where id = ?', [rows[0].id]);
        }
        return rows;
      });
    },

    async count(): Promise<number> {
      return Number((await db.raw('select count(*) as n from api_key')).rows[0].n);
    },

    /**
     * The caller a key stands for, noting its use in the same statement; a malformed key is
     * refused before the database is asked.
     */
    async authenticate(key: string): Promise<Caller | KeyRefusal> {
      if (!isWellFormedKey(key)) {
        return 'MALFORMED';
      }
      const { rows } = await db.raw(
        `update api_key set last_used_at = case
           when not revoked and (expires_at is null or expires_at > now()) then now()
           else last_used_at end
         where hash = ?
         returning id, name, role, region_code, revoked, coalesce(expires_at <= now(), false) as expired`,
        [hashKey(key)],
      );
      const row = rows[0];
      if (!row) {
        return 'UNKNOWN';
      }
      if (row.revoked || row.expired) {
        return row.revoked ? 'REVOKED' : 'EXPIRED';
      }
      return { keyId: row.id, name: row.name, role: row.role, regionCode: row.region_code };
    },
  };
}
