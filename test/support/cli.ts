import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { JsBuild } from './js-build';

const ROOT = path.resolve(__dirname, '../..');

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process has ended, however it ended. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/**
 * Starts what `npm run cli -- ARGS` runs (src/cli/index.ts, in the JavaScript ts-node would make
 * of it, compiled once for the run: js-build.ts) as a direct child, so a signal sent to it
 * reaches the importer itself and not an npm wrapper, against `databaseUrl`.
 */
export function startCli(
  args: string[],
  databaseUrl: string,
  env: Record<string, string> = {},
): CliRun {
  const child = spawn(process.execPath, [JsBuild.ofRun().cliEntry, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI to its end. */
export function runCli(args: string[], databaseUrl: string, env: Record<string, string> = {}) {
  return startCli(args, databaseUrl, env).done;
}

/**
 * Runs a script under test/support (by its TypeScript name) in a child process, outside jest's
 * sandbox, from the run's JavaScript.
 */
export function runScript(
  script: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [JsBuild.ofRun().script(script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
