import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/db/embedded';

const ROOT = path.resolve(__dirname, '../..');
const TS_NODE = ['-r', 'ts-node/register/transpile-only'];

/** A process of the app (an API server or a `sports-ledger worker`) started by the bench. */
export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** The API's base URL; null for a worker. */
  url: string | null;
  stop(): Promise<void>;
}

/** `npm start`'s server on a free port, answering /readyz. */
export async function startApi(name: string, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const port = await freePort();
  const child = launch(path.join(ROOT, 'src/main.ts'), [], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await until(`${name} to answer /readyz`, child, async () => {
    const response = await fetch(`${url}/readyz`).catch(() => null);
    return response?.ok === true;
  });
  return { name, child, url, stop: () => stop(child) };
}

/** `sports-ledger worker`, resolved once it says it is running import jobs. */
export async function startWorker(name: string, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const child = launch(path.join(ROOT, 'src/cli/index.ts'), ['worker'], {
    ...env,
    LOG_LEVEL: 'info',
  });
  let said = '';
  child.stdout?.on(
    'data',
    (chunk: Buffer) => (said = (said + chunk.toString('utf8')).slice(-4096)),
  );
  await until(`${name} to run import jobs`, child, async () =>
    said.includes('is running import jobs'),
  );
  return { name, child, url: null, stop: () => stop(child) };
}

function launch(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [...TS_NODE, script, ...args], {
    cwd: ROOT,
    env: { ...env, HOST: '127.0.0.1', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    // a worker's stdout is read for its start line; an API's is not needed
    stdio: ['ignore', script.endsWith('main.ts') ? 'ignore' : 'pipe', 'inherit'],
  });
  return child;
}

async function until(what: string, child: ChildProcess, ready: () => Promise<boolean>) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the process ended (${child.exitCode}) before ${what}`);
    }
    if (await ready()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** SIGTERM, then SIGKILL if it has not ended within 15 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
