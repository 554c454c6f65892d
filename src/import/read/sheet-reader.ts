import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readCsvRows } from './csv-reader';
import { damagedWorkbook } from './refusal';
import type { WorkbookStructure } from './workbook-structure';
import type { SheetRow, SheetSource } from './sheet-source';
import { RowBatch } from './row-batch';
import type { ReadMessage, ThreadStructure } from './xlsx-reader';

const BATCH_ROWS = 100;
/** How long a stopping reading thread may take to finish on its own before it is terminated. */
const STOP_GRACE_MS = 2000;

/**
 * A workbook's sheets and rows, streamed without holding a sheet in memory. An .xlsx is parsed
 * by exceljs's streaming reader in a thread of its own (read-thread.ts), started as soon as the
 * reader is opened so that it loads its modules while the file is still being inspected; a CSV
 * is a workbook of one sheet. Close the reader when done.
 */
export class SheetReader {
  private thread: ReadThread | null;

  constructor(
    private readonly file: string,
    private readonly fileName: string,
  ) {
    this.thread = /\.csv$/i.test(fileName) ? null : new ReadThread(file);
  }

  /** The sheets in order. A consumer may stop reading a sheet early: the rest of it is skipped. */
  async *sheets(structure: WorkbookStructure): AsyncGenerator<SheetSource> {
    if (structure.format === 'csv') {
      await this.close();
      yield { name: this.fileName.replace(/\.csv$/i, ''), hidden: false, rows: csvRows(this.file) };
      return;
    }
    const thread = this.thread ?? new ReadThread(this.file);
    this.thread = thread;
    thread.start(structure);
    for (let message = await thread.next(); message.type !== 'end'; message = await thread.next()) {
      if (message.type === 'sheet') {
        const sheet = { done: false };
        yield { name: message.name, hidden: message.hidden, rows: thread.rows(sheet) };
        if (!sheet.done) {
          await thread.skipSheet();
        }
      }
    }
    if (thread.missing.length > 0) {
      throw damagedWorkbook(
        `sheet ${thread.missing.map((m) => `"${m}"`).join(', ')} could not be read`,
      );
    }
  }

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    await thread?.stop();
  }
}

/** The reading thread seen from here: its messages in order, and flow control. */
class ReadThread {
  private readonly worker: Worker;
  private readonly queue: ReadMessage[] = [];
  private waiting: (() => void) | null = null;
  private readonly exited: Promise<void>;
  private stopping = false;
  missing: string[] = [];

  constructor(file: string) {
    const typescript = __filename.endsWith('.ts');
    this.worker = new Worker(path.join(__dirname, `read-thread.${typescript ? 'ts' : 'js'}`), {
      workerData: { path: file, batchRows: BATCH_ROWS },
      // Run from TypeScript sources (development, tests), the thread compiles its file the same way.
      execArgv: typescript ? ['-r', 'ts-node/register/transpile-only'] : [],
    });
    this.worker.on('message', (message: ReadMessage) => this.push(message));
    this.worker.on('error', (error) => this.push({ type: 'error', message: error.message }));
    this.exited = new Promise((resolve) =>
      this.worker.on('exit', () => {
        if (!this.stopping) {
          this.push({ type: 'error', message: 'the reading thread stopped' });
        }
        resolve();
      }),
    );
  }

  /** Hands the thread what the inspection found; it then reads. */
  start(structure: WorkbookStructure): void {
    this.worker.postMessage({ type: 'start', structure: threadStructure(structure) });
  }

  async next(): Promise<Exclude<ReadMessage, { type: 'error' }>> {
    while (this.queue.length === 0) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    const message = this.queue.shift()!;
    if (message.type === 'error') {
      throw new Error(message.message);
    }
    if (message.type === 'rows') {
      this.worker.postMessage('more');
    }
    if (message.type === 'end') {
      this.missing = message.missing;
    }
    return message;
  }

  async *rows(sheet: { done: boolean }): AsyncGenerator<SheetRow[]> {
    for (let message = await this.next(); message.type === 'rows'; message = await this.next()) {
      yield RowBatch.unpack(message.bytes);
    }
    sheet.done = true;
  }

  async skipSheet(): Promise<void> {
    for (
      let message = await this.next();
      message.type !== 'sheetEnd';
      message = await this.next()
    ) {
      // rows after a footer, or of a sheet that was not imported
    }
  }

  /**
   * Asks the thread to finish on its own, so that exceljs deletes its temporary copies of the
   * sheets (it does so as its thread exits; a terminated thread leaves them behind, each as
   * large as its sheet's XML). One that does not finish in time is terminated.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.worker.postMessage('stop');
    const timer = setTimeout(() => void this.worker.terminate(), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  private push(message: ReadMessage): void {
    this.queue.push(message);
    this.waiting?.();
    this.waiting = null;
  }
}

async function* csvRows(file: string): AsyncGenerator<SheetRow[]> {
  let number = 0;
  let batch: SheetRow[] = [];
  for await (const cells of readCsvRows(file)) {
    number += 1;
    batch.push({ number, cells });
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield batch;
  }
}

function threadStructure(structure: WorkbookStructure): ThreadStructure {
  return {
    sheets: structure.sheets,
    merges: [...structure.merges],
    percentStyles: structure.percentStyles,
  };
}
