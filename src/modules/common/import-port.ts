import type { Readable } from 'node:stream';
import type { WriteScope } from './access';
import { say } from './messages/clerk-texts';
import type { TextParams } from './messages/text-types';

/**
 * The one door into the import pipeline. Transports (GraphQL, `POST /imports`, the CLI, a queue
 * worker) hand it a file and options and get a batch number back; the batch holds the report.
 */
export interface Importer {
  /** Imports one workbook; problems in it are the batch's report, never thrown. */
  run(file: ImportFile, options?: ImportOptions): Promise<number>;
  /**
   * Undoes a committed batch; throws RollbackRefused when that cannot be done, RollbackForbidden
   * when the batch lies outside the scope (default: anywhere).
   */
  rollback(batchId: number, scope?: WriteScope): Promise<void>;
}

/** A workbook on disk, or an upload still streaming in (saved to a temporary file first). */
export type ImportFile =
  { path: string; fileName: string } | { stream: Readable; fileName: string };

export interface ImportOptions {
  /** The ledger's region code; else the preamble's 填报单位. */
  region?: string | null;
  /** The ledger's year; else a 年度 column, the preamble or the title. */
  year?: number | null;
  /** Validate and report only; write nothing. */
  dryRun?: boolean;
  /** Told every 1,000 rows read, with the sheet being read. */
  onProgress?: (rows: number, sheet: string) => void;
  /** Told when rows start ('reading') and when all rows are written and the commit starts ('committing'). */
  onStage?: (stage: ImportStage) => void;
  /** What the clerk says a header means, for what the importer cannot place itself. */
  columnMap?: readonly ColumnMapping[];
  /** Sheets the clerk skips on purpose, by name. */
  ignoreSheets?: readonly string[];
  /**
   * Fired when the process stops and the import may not finish: its transaction is rolled back
   * and the batch ends FAILED with the code INTERRUPTED.
   */
  signal?: AbortSignal;
  /**
   * Who uploads, and where their rows may lie (default: the local operator, anywhere). A row
   * outside it refuses the workbook (REGION_OUT_OF_SCOPE).
   */
  scope?: WriteScope;
  /** Told the batch number as soon as the batch exists (before any row is read). */
  onBatch?: (batchId: number) => void;
  /**
   * A QUEUED batch to run (a job of the queue): the import takes it over instead of recording a
   * new batch, and writes its progress to it; it refuses with BatchNotQueued when the batch no
   * longer waits (another worker took it, or it ended).
   */
  queuedBatch?: number;
}

/** What of an import's options crosses to a thread or a queue: its data, not its callbacks or signal. */
export type PortableOptions = Pick<
  ImportOptions,
  'region' | 'year' | 'dryRun' | 'columnMap' | 'ignoreSheets' | 'scope' | 'queuedBatch'
>;

export function portableOptions(options: ImportOptions): PortableOptions {
  const { region, year, dryRun, columnMap, ignoreSheets, scope, queuedBatch } = options;
  return { region, year, dryRun, columnMap, ignoreSheets, scope, queuedBatch };
}

/**
 * How a queued import reaches the pipeline (docs/scaling.md, "Import jobs"): an upload is stored
 * with its job in one transaction and its batch number answered at once; a worker runs it.
 */
export interface ImportJobs {
  /** Stores the file as a QUEUED batch with its job; returns the batch number. */
  enqueue(file: ImportFile, options?: ImportOptions): Promise<number>;
  /** Resolves once the batch has ended (committed, validated, refused or failed). */
  settled(batchId: number): Promise<void>;
  /** Jobs waiting for a worker and jobs running now, over every process. */
  depth(): Promise<{ queued: number; active: number }>;
  /** Whether a synchronous upload goes through the queue too (IMPORT_WORKERS=external). */
  readonly external: boolean;
}

/** A queued batch that no longer waits: another worker took it, or it ended. */
export class BatchNotQueued extends Error {
  override readonly name = 'BatchNotQueued';

  constructor(readonly batchId: number) {
    super(`batch ${batchId} no longer waits in the queue`);
  }
}

/**
 * One header's meaning as the clerk gives it: `field` is a ledger-spec key (`investment`, `area`),
 * its GraphQL name (`investmentYuan`), `ignore`, or `indicator:KEY` for a wide-form metric column.
 */
export interface ColumnMapping {
  header: string;
  field: string;
}

export type ImportStage = 'reading' | 'committing';

/**
 * A rollback the ledger's history does not allow (a later ledger replaced it, or no such batch).
 * It names its catalog sentence, so each transport says it in its reader's language; the message
 * is the English one, for logs.
 */
export class RollbackRefused extends Error {
  constructor(
    readonly key: 'noBatch' | 'rollbackReplaced' | 'rollbackNotCommitted' | 'rollbackPurged',
    readonly params: TextParams,
  ) {
    super(say('en', key, params));
  }
}

/** A rollback of a batch with rows outside the caller's region: transports answer FORBIDDEN. */
export class RollbackForbidden extends Error {
  constructor(
    readonly batchId: number,
    readonly regions: readonly string[],
    readonly scope: string,
  ) {
    super(`batch ${batchId} covers ${regions.join(', ')}, outside ${scope}`);
  }
}

/**
 * An import that stopped on an unexpected error: its batch is recorded FAILED with the code
 * IMPORT_FAILED and nothing was written. Transports answer with that batch (never a 500) and log
 * `cause`, whose stack and SQL a client must not see.
 */
export class ImportFailed extends Error {
  override readonly name = 'ImportFailed';

  constructor(
    readonly batchId: number,
    override readonly cause: unknown,
  ) {
    super(`import batch ${batchId} failed on an unexpected error`);
  }
}

/**
 * No import can start now: as many as the server runs at once are running and as many as may
 * wait are waiting. Nothing was written and no batch was made; the client tries again later.
 */
export class ImportBusy extends Error {
  override readonly name = 'ImportBusy';

  constructor(readonly retryAfterSeconds: number) {
    super(`the server is busy with other imports; try again in ${retryAfterSeconds} seconds`);
  }
}
