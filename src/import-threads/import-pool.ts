import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config';
import { hashFile } from '../import/read/file-hash';
import { withTempFile } from '../import/read/temp-file';
import type { batchStore } from '../import/write/batch-store';
import type { Logger } from '../logger';
import { CLI_SCOPE, type WriteScope } from '../modules/common/access';
import {
  ImportBusy,
  ImportFailed,
  type ImportFile,
  type ImportOptions,
  type Importer,
  portableOptions,
} from '../modules/common/import-port';
import { runJob } from './run-job';
import { receivedError, type ImportJob } from './thread-messages';

/** Seconds a client turned away is asked to wait: about one import of a county ledger. */
const BUSY_RETRY_SECONDS = 30;

type BatchStore = ReturnType<typeof batchStore>;

/**
 * The server's importer: each import runs in a worker thread of its own (at most
 * IMPORT_CONCURRENCY at once; IMPORT_QUEUE more wait their turn, beyond that ImportBusy), so
 * parsing and checking a workbook never stops the server answering. An import that passes
 * IMPORT_TIMEOUT_S has its thread terminated: its transaction dies with the thread's connection
 * and its batch ends FAILED (IMPORT_TIMEOUT). Rollbacks are short and run in the server's thread.
 * A thread is started on the first import that needs it, kept for the next, and ended once idle
 * for IMPORT_THREAD_IDLE_S: each is a JavaScript engine of its own, tens of megabytes resident
 * even when it does nothing, and a server mostly answers questions.
 */
export class ImportPool implements Importer {
  private readonly idle: Worker[] = [];
  /** The timers that end each idle thread. */
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly all = new Set<Worker>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly config: Config,
    private readonly databaseUrl: string,
    private readonly inProcess: Importer,
    private readonly batches: BatchStore,
    private readonly log: Logger,
    /** The role the server's connections act as, for the threads' own connections. */
    private readonly sessionRole: () => Promise<string | null> = async () => null,
    /** A compiled copy of src/ whose thread script is run when this runs from TypeScript. */
    private readonly compiledSrc?: string,
  ) {}

  async run(file: ImportFile, options: ImportOptions = {}): Promise<number> {
    await this.takeTurn();
    try {
      if ('path' in file) {
        return await this.runInThread(file, options);
      }
      return await withTempFile(file.stream, file.fileName, (p) =>
        this.runInThread({ path: p, fileName: file.fileName }, options),
      );
    } finally {
      this.passTurn();
    }
  }

  /** Imports running and waiting now (for logs and health pages). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Threads alive now, busy or idle. */
  get threads(): number {
    return this.all.size;
  }

  rollback(batchId: number, scope?: WriteScope): Promise<void> {
    return this.inProcess.rollback(batchId, scope);
  }

  /** Ends every thread; an import cut short stays RUNNING and is marked INTERRUPTED on the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.idle.length = 0;
    this.idleTimers.forEach((timer) => clearTimeout(timer));
    this.idleTimers.clear();
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }

  /** A place among the running imports, waiting in the queue for one; ImportBusy when it is full. */
  private async takeTurn(): Promise<void> {
    if (this.running < this.config.importConcurrency) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= this.config.importQueue) {
      throw new ImportBusy(BUSY_RETRY_SECONDS);
    }
    // the place is handed over by passTurn, so `running` stays as it is
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private passTurn(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.running -= 1;
    }
  }

  private async runInThread(
    file: { path: string; fileName: string },
    options: ImportOptions,
  ): Promise<number> {
    const worker = this.takeIdle() ?? this.newWorker(await this.sessionRole());
    const job: ImportJob = {
      path: file.path,
      fileName: file.fileName,
      options: portableOptions(options),
    };
    const outcome = await runJob(worker, job, options, this.config.importTimeoutMs);
    if (outcome.kind === 'timeout') {
      this.all.delete(worker);
      await worker.terminate();
      return this.failTimedOut(file, outcome.batchId);
    }
    if (outcome.kind === 'exit' && this.stopped) {
      throw new Error('the server stopped while the import ran');
    }
    if (outcome.kind === 'exit') {
      // a thread that died (out of memory, a crash) leaves its batch RUNNING: it is failed here
      const batchId = outcome.batchId ?? (await this.newBatch(file, options));
      await this.batches.failRunning(batchId, {
        code: 'IMPORT_FAILED',
        message: 'the import stopped on an unexpected error; nothing was written',
      });
      throw new ImportFailed(batchId, outcome.error);
    }
    this.release(worker);
    const { message } = outcome;
    if (message.type === 'done') {
      return message.batchId;
    }
    if (message.type === 'failed') {
      throw new ImportFailed(message.batchId, receivedError(message.error));
    }
    throw receivedError(message.error);
  }

  private async failTimedOut(
    file: { path: string; fileName: string },
    known: number | null,
  ): Promise<number> {
    const batchId = known ?? (await this.newBatch(file, {}));
    const seconds = Math.round(this.config.importTimeoutMs / 1000);
    await this.batches.failRunning(batchId, {
      code: 'IMPORT_TIMEOUT',
      message: `the import took longer than its limit of ${seconds} seconds (IMPORT_TIMEOUT_S) and was stopped; nothing was written`,
      params: { seconds },
    });
    this.log.warn({ batch: batchId, seconds }, 'import stopped: out of time');
    return batchId;
  }

  /** The batch of an import stopped before its thread recorded one. */
  private async newBatch(
    file: { path: string; fileName: string },
    options: ImportOptions,
  ): Promise<number> {
    return this.batches.create({
      fileName: file.fileName,
      sha256: await hashFile(file.path),
      dryRun: Boolean(options.dryRun),
      uploadedBy: (options.scope ?? CLI_SCOPE).by,
    });
  }

  private newWorker(sessionRole: string | null): Worker {
    const { file, execArgv } = threadScript(this.compiledSrc);
    const worker = new Worker(file, {
      workerData: { config: this.config, databaseUrl: this.databaseUrl, sessionRole },
      execArgv,
      // a ledger that would take more ends its own import (FAILED), never the server
      resourceLimits: { maxOldGenerationSizeMb: this.config.importThreadMemoryMb },
    });
    this.all.add(worker);
    worker.once('exit', () => this.all.delete(worker));
    return worker;
  }

  private release(worker: Worker): void {
    if (this.stopped || this.config.importThreadIdleMs === 0) {
      this.all.delete(worker);
      void worker.terminate();
      return;
    }
    this.idle.push(worker);
    const timer = setTimeout(() => {
      this.idleTimers.delete(worker);
      this.idle.splice(this.idle.indexOf(worker), 1);
      this.all.delete(worker);
      void worker.terminate();
    }, this.config.importThreadIdleMs);
    // an idle thread never keeps the process up
    timer.unref();
    this.idleTimers.set(worker, timer);
  }

  private takeIdle(): Worker | undefined {
    const worker = this.idle.pop();
    if (worker) {
      clearTimeout(this.idleTimers.get(worker));
      this.idleTimers.delete(worker);
    }
    return worker;
  }
}

/**
 * The thread's script. Compiled (dist/), it lies beside this file. Run from TypeScript sources
 * (development, tests), the thread compiles its files as the sources are compiled, with ts-node,
 * unless given `compiledSrc`, the same sources compiled beforehand: the tests make one copy per
 * run, since compiling the pipeline costs each new thread seconds. Threads the script starts in
 * turn (the reading thread) load the same way as it, being beside it.
 */
function threadScript(compiledSrc?: string): { file: string; execArgv: string[] } {
  if (!__filename.endsWith('.ts')) {
    return { file: path.join(__dirname, 'import-thread.js'), execArgv: [] };
  }
  if (compiledSrc) {
    return { file: path.join(compiledSrc, 'import-threads', 'import-thread.js'), execArgv: [] };
  }
  return {
    file: path.join(__dirname, 'import-thread.ts'),
    execArgv: ['-r', 'ts-node/register/transpile-only'],
  };
}
