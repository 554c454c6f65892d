import type { Knex } from '@mikro-orm/postgresql';
import type { RowObserver, ScopesChanged } from '../modules/common/commit-hooks';
import type { SheetDefinition } from '../modules/common/sheet-definition';
import type { RegionIndex } from '../regions/region-index';
import type { InspectLimits } from './read/inspect-file';

/** What the pipeline is given by the wiring (`services.ts`); it reaches nothing else. */
export interface ImportDeps {
  db: Knex;
  regions: RegionIndex;
  /** The ledger kinds, from the registry, in the order a sheet's kind is tried. */
  definitions: readonly SheetDefinition[];
  limits: InspectLimits;
  /** A RUNNING batch's heartbeat older than this marks its process gone (a few beats fit in it). */
  leaseTimeoutMs?: number;
  /** Made once per import: sees every fact row as it is written (derived data summed on the way). */
  observeRows?: () => RowObserver;
  /** Runs in the commit's (or rollback's) transaction once scopes changed: derived data follows. */
  onScopesChanged?: ScopesChanged;
}
