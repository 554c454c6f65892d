import type { Knex } from '@mikro-orm/postgresql';

/**
 * The hooks a commit calls, declared here so that the pipeline can call them and a feature can
 * implement them without either importing the other (the wiring in `services.ts` joins them).
 */

/** Made once per import: sees every fact row as it is written (derived data summed on the way). */
export interface RowObserver {
  add(
    table: string,
    columns: readonly string[],
    regionCode: string,
    year: number,
    values: readonly unknown[],
    approximate: readonly string[],
  ): void;
}

/** One (region, year, ledger kind) whose current rows a commit or rollback changed. */
export interface ScopeChange {
  table: string;
  kind: string;
  regionCode: string;
  year: number;
}

/**
 * Runs in the commit's (or rollback's) transaction once scopes changed: derived data follows.
 * A commit also passes its batch and the observer that saw its rows.
 */
export type ScopesChanged = (
  trx: Knex.Transaction,
  changes: readonly ScopeChange[],
  batch?: { id: number; rows: RowObserver },
) => Promise<void>;
