import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { JsBuild } from './js-build';
import { waitFor } from './wait-for';

const ROOT = path.resolve(__dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything the process wrote (pino's JSON lines on stdout, anything else on stderr). */
  output(): string;
  /** Resolves when the process has ended, however it ended. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `sports-ledger worker` (the run's compiled CLI: js-build.ts) as a direct child on `databaseUrl`,
 * so a signal sent to it reaches the worker itself; resolves once it says it runs jobs.
 */
export async function startWorkerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [JsBuild.ofRun().cliEntry, 'worker'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  await waitFor(
    'the worker to start',
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`the worker ended: ${output}`);
      }
      return output.includes('running import jobs') ? true : null;
    },
    60_000,
  );
  return { child, output: () => output, done };
}

/** Ends a worker the test left running (SIGKILL), and waits for it. */
export async function killWorker(worker: WorkerProcess | undefined): Promise<void> {
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
    worker.child.kill('SIGKILL');
    await worker.done;
  }
}
