import type { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../modules/common/import-port';
import type { AbortJob, ImportJob, ThreadMessage } from './thread-messages';

/**
 * A new thread loads the pipeline before its first job starts (about half a second from dist/,
 * many seconds from TypeScript sources on a busy machine): that time is not the import's.
 */
const STARTUP_GRACE_MS = 120_000;

export type JobOutcome =
  | { kind: 'message'; message: Extract<ThreadMessage, { type: 'done' | 'failed' | 'error' }> }
  | { kind: 'timeout'; batchId: number | null }
  | { kind: 'exit'; batchId: number | null; error: Error };

/** Posts the job and follows its messages until its end, the time limit, or the thread's death. */
export function runJob(
  worker: Worker,
  job: ImportJob,
  options: ImportOptions,
  timeoutMs: number,
): Promise<JobOutcome> {
  let batchId: number | null = null;
  return new Promise<JobOutcome>((resolve) => {
    // the stop signal cannot cross to the thread: it is told in a message, and ends the import there
    const abort = () => worker.postMessage({ type: 'abort' } satisfies AbortJob);
    const finish = (outcome: JobOutcome) => {
      options.signal?.removeEventListener('abort', abort);
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: ThreadMessage) => {
      if (message.type === 'started') {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', batchId }), timeoutMs);
      } else if (message.type === 'batch') {
        batchId = message.batchId;
        options.onBatch?.(message.batchId);
      } else if (message.type === 'progress') {
        options.onProgress?.(message.rows, message.sheet);
      } else if (message.type === 'stage') {
        options.onStage?.(message.stage);
      } else {
        finish({ kind: 'message', message });
      }
    };
    const onError = (error: Error) => finish({ kind: 'exit', batchId, error });
    const onExit = (code: number) =>
      finish({ kind: 'exit', batchId, error: new Error(`the import thread exited (${code})`) });
    let timer = setTimeout(
      () => finish({ kind: 'timeout', batchId }),
      timeoutMs + STARTUP_GRACE_MS,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
    if (options.signal?.aborted) {
      abort();
    } else {
      options.signal?.addEventListener('abort', abort, { once: true });
    }
  });
}
