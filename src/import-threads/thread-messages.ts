import type { Config } from '../config';
import type { ImportStage, PortableOptions } from '../modules/common/import-port';

/** What an import thread is started with: the config, and the database the server opened. */
export interface ThreadData {
  config: Config;
  databaseUrl: string;
  /** The role the server's connections act as (row-level security binds it); null: the login's. */
  sessionRole: string | null;
}

/** One import, as it crosses to the thread (the options' callbacks come back as messages). */
export interface ImportJob {
  path: string;
  fileName: string;
  options: PortableOptions;
}

/** Sent to the thread while its job runs: the server is stopping and the import must end now. */
export interface AbortJob {
  type: 'abort';
}

/** What the thread tells the server about the job it runs, in order; the last is done or error. */
export type ThreadMessage =
  /** The thread is ready and the job begins: its time starts now. */
  | { type: 'started' }
  | { type: 'batch'; batchId: number }
  | { type: 'progress'; rows: number; sheet: string }
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; batchId: number }
  /** An unexpected error after the batch was recorded FAILED (ImportFailed). */
  | { type: 'failed'; batchId: number; error: SentError }
  /** An error before any batch existed (the database unreachable, a file gone). */
  | { type: 'error'; error: SentError };

export interface SentError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

export function sendableError(error: unknown): SentError {
  const { name, message, stack, code } = error as Partial<SentError>;
  return {
    name: String(name ?? 'Error'),
    message: String(message ?? error),
    stack,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/** The error again on the server's side, with its code (so a lost database is still told apart). */
export function receivedError(sent: SentError): Error {
  const error = new Error(sent.message) as Error & { code?: string };
  error.name = sent.name;
  error.stack = sent.stack ?? error.stack;
  if (sent.code) {
    error.code = sent.code;
  }
  return error;
}
