import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { LedgerKind } from '../common/enums';
import { ImportBatch } from './import-batch.entity';

/**
 * A (region, year, kind) that a committed batch is authoritative for, and the batch it replaced
 * there; rollback restores that one.
 */
@Entity({ tableName: 'import_scope' })
@Index({
  name: 'import_scope_current',
  expression:
    'create unique index "import_scope_current" on "import_scope" ("region_code", "year", "kind") where "current"',
})
export class ImportScope {
  @ManyToOne(() => ImportBatch, { ref: true, primary: true, deleteRule: 'cascade' })
  batch!: Ref<ImportBatch>;

  @PrimaryKey({ type: 'string', length: 6 })
  regionCode!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'string' })
  kind!: LedgerKind;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true })
  replacedBatch?: Ref<ImportBatch> | null;

  @Property({ type: 'integer' })
  rows = 0;

  /** Whether this batch is the one in force for the scope (false once replaced or rolled back). */
  @Property({ type: 'boolean' })
  current = true;
}
