import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { CliBuild } from './cli-build';

const ROOT = path.resolve(__dirname, '../..');
const TS_NODE = require.resolve('ts-node/dist/bin.js');

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
 * Starts what `npm run cli -- ARGS` runs (ts-node on src/cli/index.ts) as a direct child, so a
 * signal sent to it reaches the importer itself and not an npm wrapper, against `databaseUrl`;
 * or the same code compiled once beforehand (`build`, see cli-build.ts).
 */
export function startCli(
  args: string[],
  databaseUrl: string,
  env: Record<string, string> = {},
  build?: CliBuild,
): CliRun {
  const child = spawn(
    process.execPath,
    build ? [build.entry, ...args] : [TS_NODE, '--transpile-only', 'src/cli/index.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
export function runCli(
  args: string[],
  databaseUrl: string,
  env: Record<string, string> = {},
  build?: CliBuild,
) {
  return startCli(args, databaseUrl, env, build).done;
}

/** Runs a TypeScript script under test/support in a child process (outside jest's sandbox). */
export function runScript(
  script: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [TS_NODE, '--transpile-only', path.join(__dirname, script), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
