import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { ImportStatus } from '../common/enums';
import { Region } from '../region/region.entity';
import type { ImportReport } from './import-report';

/** How far a running import has read. */
@ObjectType({ description: 'How far a running import has read.' })
export class ImportProgress {
  @Field(() => Int, { description: 'Rows read so far (told every 1,000 rows).' })
  rowsRead!: number;

  @Field(() => String, { nullable: true, description: 'The sheet being read.' })
  sheet!: string | null;
}

/** One upload of one workbook, with its full report; fact rows point back to it. */
@ObjectType({ description: 'One upload of one workbook, with its report.' })
@Entity({ tableName: 'import_batch' })
export class ImportBatch {
  @Field(() => ID, { description: 'Batch number.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'File name as uploaded.' })
  @Property({ type: 'string' })
  fileName!: string;

  @Field(() => String, {
    description: 'SHA-256 of the file; the same file twice is recognised by it.',
  })
  @Index()
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @ManyToOne(() => Region, { ref: true, nullable: true })
  region?: Ref<Region> | null;

  @Field(() => Int, { nullable: true, description: 'Year given by the upload or the preamble.' })
  @Property({ type: 'integer', nullable: true })
  year?: number | null;

  @Field(() => ImportStatus, { description: 'Where the import stands.' })
  @Enum({ items: () => ImportStatus, type: 'string' })
  status: ImportStatus = ImportStatus.PENDING;

  @Field(() => Boolean, { description: 'Whether this was a dry run (validated, nothing written).' })
  @Property({ type: 'boolean' })
  dryRun = false;

  @Field(() => DateTimeScalar, { description: 'When the upload arrived.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it finished.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { description: 'Rows written by this batch.' })
  @Property({ type: 'integer' })
  rowsImported = 0;

  @Property({ type: 'json' })
  report: ImportReport = { sheets: [], errors: [], warnings: [] };

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true })
  replaces?: Ref<ImportBatch> | null;

  @ManyToOne(() => ImportBatch, { ref: true, nullable: true })
  identicalTo?: Ref<ImportBatch> | null;

  /** The process running the batch while it is RUNNING (host:pid:tag). */
  @Property({ type: 'string', nullable: true })
  leaseOwner?: string | null;

  /** Refreshed by the owner while the batch runs; a stale one means the owner is gone. */
  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt?: Date | null;

  /** The queued upload's file, a large object, until its batch ends (docs/scaling.md). */
  @Property({ columnType: 'oid', type: 'integer', nullable: true })
  contentOid?: number | null;

  /** The queue's job that runs this batch (a queued upload); null for one run at once. */
  @Property({ type: 'uuid', nullable: true })
  jobId?: string | null;

  /** Rows read so far by a queued import while it runs (told every 1,000 rows). */
  @Property({ type: 'integer', nullable: true })
  progressRows?: number | null;

  /** The sheet a queued import is reading. */
  @Property({ type: 'text', nullable: true })
  progressSheet?: string | null;

  @Field(() => ImportProgress, {
    nullable: true,
    description: 'How far a queued import has read while it runs; null when it is not running.',
  })
  get progress(): ImportProgress | null {
    // set to 0 when a worker takes a queued batch; a batch run at once tells no progress
    if (this.status !== ImportStatus.RUNNING || this.progressRows == null) {
      return null;
    }
    return { rowsRead: this.progressRows, sheet: this.progressSheet ?? null };
  }

  /** When an operator purged the rows of this superseded batch. */
  @Property({ type: 'timestamptz', nullable: true })
  purgedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who uploaded it: the API key's name, `cli` for the command line, `anonymous` with AUTH=off; null for batches of before keys.",
  })
  @Property({ type: 'text', nullable: true })
  uploadedBy?: string | null;

  /** The key it was uploaded with (null: the CLI, AUTH=off, or a key since deleted). */
  @Property({ type: 'integer', nullable: true })
  uploadedByKeyId?: number | null;

  /** The workbook as uploaded, kept so the clerk can download it back with errors marked. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content?: Buffer | null;
}
