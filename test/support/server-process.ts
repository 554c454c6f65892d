import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { JsBuild } from './js-build';

const ROOT = path.resolve(__dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote (pino's JSON lines on stdout, anything else on stderr). */
  output(): string;
  /** Resolves when the process has ended, however it ended. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts what `npm start` runs (src/main.ts, in the JavaScript ts-node would make of it, compiled
 * once for the run: js-build.ts) as a direct child on a free port, so a signal sent to it reaches
 * the server itself, and resolves once it listens.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [JsBuild.ofRun().serverEntry], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code, signal }));
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no server within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /serving GraphiQL at (http:\/\/[^/\s"]+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void done.then((end) => {
      clearTimeout(timer);
      reject(new Error(`the server ended before it listened: ${JSON.stringify(end)}\n${output}`));
    });
  });
  return { child, url, output: () => output, done };
}
