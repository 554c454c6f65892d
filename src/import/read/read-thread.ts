import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx, type ReadMessage, type ThreadStructure } from './xlsx-reader';

/**
 * The reading thread: exceljs parses the workbook here while the importer's thread checks and
 * writes the rows, so the two use both cores. It starts while the file is being inspected and
 * reads once told what the inspection found ('start'); then each 'more' lets it send another
 * batch. At most 64 row batches (6,400 rows) are in flight.
 */
const IN_FLIGHT = 64;
let credits = IN_FLIGHT;
let wake: (() => void) | null = null;

type Message = 'more' | 'stop' | { type: 'start'; structure: ThreadStructure };

const { path, batchRows } = workerData as { path: string; batchRows: number };

parentPort!.on('message', (message: Message) => {
  if (message === 'stop') {
    // Without its port the thread ends once nothing else is under way, exceljs's deletion of its
    // temporary files included (and its exit handler deletes any left).
    parentPort!.close();
  } else if (message === 'more') {
    credits += 1;
    wake?.();
  } else {
    readXlsx(path, message.structure, send, batchRows).catch((error: unknown) => {
      parentPort!.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    });
  }
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
