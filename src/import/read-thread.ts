import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx, type ReadMessage, type ThreadStructure } from './xlsx-reader';

/**
 * The reading thread: exceljs parses the workbook here while the importer's thread checks and
 * writes the rows, so the two use both cores. At most 64 row batches (6,400 rows) are in flight.
 */
const IN_FLIGHT = 64;
let credits = IN_FLIGHT;
let wake: (() => void) | null = null;

parentPort!.on('message', () => {
  credits += 1;
  wake?.();
});

async function send(message: ReadMessage): Promise<void> {
  if (message.type === 'rows') {
    while (credits <= 0) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    credits -= 1;
  }
  // Row bytes are handed over, not copied.
  parentPort!.postMessage(
    message,
    message.type === 'rows' ? [message.bytes.buffer as ArrayBuffer] : [],
  );
}

const { path, structure, batchRows } = workerData as {
  path: string;
  structure: ThreadStructure;
  batchRows: number;
};
readXlsx(path, structure, send, batchRows).catch((error: unknown) => {
  parentPort!.postMessage({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
  });
});
