import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startFlags } from './node-flags';

let built = false;

/**
 * How the measured server runs: compiled JavaScript, as the Docker image runs it (no TypeScript
 * compiler in its memory: ts-node's keeps about 55 MB resident), with the V8 flags of `npm start`
 * and the image. UNCOMPILED=1 runs the TypeScript sources through ts-node instead, as `npm start`
 * does. The project is compiled once per benchmark run, as bench:import does it.
 */
export function serverEntry(): { script: string; execArgv: string[] } {
  if (process.env.UNCOMPILED === '1') {
    return {
      script: path.join(__dirname, 'serve.ts'),
      execArgv: [...startFlags(), '-r', 'ts-node/register/transpile-only'],
    };
  }
  const root = path.resolve(__dirname, '../..');
  if (!built) {
    const tsc = require.resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'bench/tsconfig.json')], {
      stdio: 'inherit',
    });
    built = true;
  }
  return {
    script: path.join(root, 'bench/.out/dist/bench/query/serve.js'),
    execArgv: startFlags(),
  };
}

export interface ServerStats {
  statements: number;
  rssBytes: number;
  peakRssBytes: number;
  /** CPU time the process has used so far (user and system), in microseconds. */
  cpuMicros: number;
}

/** The server under load, in its own process (serve.ts), and what it reports of itself. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /**
   * Starts serve.ts (or another server that speaks the same messages, e.g. bench/peer's) on
   * `databaseUrl` and resolves with its URL once it answers.
   */
  static async start(
    env: NodeJS.ProcessEnv,
    databaseUrl: string,
    entry = serverEntry(),
  ): Promise<ServerProcess> {
    const child = fork(entry.script, [], {
      env: { ...env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' },
      execArgv: entry.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the server process exited (${code})`)));
      child.on('message', (message: { type: string; url?: string }) => {
        if (message.type === 'ready') {
          resolve(message.url!);
        }
      });
    });
    child.removeAllListeners('exit');
    return new ServerProcess(child, url);
  }

  get pid(): number {
    return this.child.pid!;
  }

  stats(): Promise<ServerStats> {
    return new Promise((resolve) => {
      const listener = (message: ServerStats & { type: string }) => {
        if (message.type === 'stats') {
          this.child.off('message', listener);
          resolve(message);
        }
      };
      this.child.on('message', listener);
      this.child.send({ type: 'stats' });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'stop' });
    await exited;
  }
}
