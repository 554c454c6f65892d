import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { LedgerKind } from '../common/enums';
import { ImportBatch } from './import-batch.entity';

/**
 * A (region, year, kind) that a committed batch is authoritative for, and the batch it replaced
 * there; rollback restores that one.
 */
@Entity({ tableName: 'import_scope' })
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
}
