import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/db/embedded';
import { waitFor } from './wait-for';

/**
 * A scratch PostgreSQL primary with a streaming standby on loopback, for tests that need
 * replication (read replicas). Both run from temporary folders that `stop` removes; nothing
 * else on the machine is touched. The binaries are looked up at run time (`PG_BIN`, then
 * `pg_config --bindir`, then /usr/lib/postgresql/<newest>/bin); `findPgBin` says why not when
 * there are none, so the tests can skip saying so.
 */
export interface PgCluster {
  /** The primary's `postgres` database as its superuser (trust on loopback). */
  primaryUrl: string;
  /** The standby's, the same database read-only. */
  standbyUrl: string;
  /** `url` with its database name replaced (a database made on the primary replicates). */
  withDatabase(url: string, database: string): string;
  /** Stops applying WAL on the standby (it still receives it) and waits until it has stopped. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the standby has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops the standby at once (a replica that went down); `startStandby` brings it back. */
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  /** Stops both servers and removes their folders. */
  stop(): Promise<void>;
}

/** Where initdb, pg_ctl, postgres and pg_basebackup are, or why they cannot be used here. */
export function findPgBin(env: NodeJS.ProcessEnv = process.env): { dir: string } | { why: string } {
  const candidates: string[] = [];
  if (env.PG_BIN) {
    candidates.push(env.PG_BIN);
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH: look in Debian's layout next
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')));
  }
  const needed = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'];
  const dir = candidates.find((c) => needed.every((tool) => existsSync(path.join(c, tool))));
  if (!dir) {
    return { why: `no PostgreSQL server binaries (${needed.join(', ')}); set PG_BIN` };
  }
  if (isRoot() && postgresUser() === null) {
    return { why: 'running as root and there is no `postgres` OS user to run PostgreSQL as' };
  }
  return { dir };
}

/** Starts the primary, clones it with pg_basebackup and starts the standby streaming from it. */
export async function startPgCluster(bin: string): Promise<PgCluster> {
  const owner = isRoot() ? postgresUser() : null;
  const root = mkdtempSync(path.join(tmpdir(), 'pg-cluster-'));
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
  }
  const run = (tool: string, args: string[]) => runAs(owner, path.join(bin, tool), args);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const ctl = (dir: string, action: string, ...extra: string[]) =>
    run('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '30', action, ...extra]);
  const stopServer = (dir: string) => ctl(dir, 'stop', '-m', 'immediate').catch(() => undefined);
  try {
    await run('initdb', [
      ...['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '--no-sync'],
      ...['--encoding=UTF8', '--locale=C'],
    ]);
    await appendFile(primaryDir + '/postgresql.conf', serverSettings(primaryPort));
    await ctl(primaryDir, 'start');
    await run('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
      ...['-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    ]);
    // the copy carries the primary's settings: only its port differs
    await appendFile(standbyDir + '/postgresql.conf', `port = ${standbyPort}\n`);
    await ctl(standbyDir, 'start');
    await waitFor('the standby to stream', () => streaming(url(primaryPort)), 20_000);
  } catch (error) {
    await stopServer(standbyDir);
    await stopServer(primaryDir);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const onStandby = (sql: string) => query(url(standbyPort), sql);
  return {
    primaryUrl: url(primaryPort),
    standbyUrl: url(standbyPort),
    withDatabase: (u, database) => Object.assign(new URL(u), { pathname: `/${database}` }).href,
    pauseReplay: async () => {
      await onStandby('select pg_wal_replay_pause()');
      await waitFor('replay to pause', async () => {
        const rows = await onStandby('select pg_get_wal_replay_pause_state() as state');
        return rows[0]?.state === 'paused' ? true : null;
      });
    },
    resumeReplay: async () => {
      await onStandby('select pg_wal_replay_resume()');
    },
    caughtUp: async (timeoutMs = 20_000) => {
      const [{ lsn }] = await query(
        url(primaryPort),
        'select pg_current_wal_insert_lsn()::text as lsn',
      );
      await waitFor(
        'the standby to replay the primary',
        async () => {
          const rows = await onStandby(
            `select pg_last_wal_replay_lsn() >= '${String(lsn)}'::pg_lsn as done`,
          );
          return rows[0]?.done === true ? true : null;
        },
        timeoutMs,
      );
    },
    stopStandby: () => ctl(standbyDir, 'stop', '-m', 'immediate'),
    startStandby: () => ctl(standbyDir, 'start'),
    stop: async () => {
      await stopServer(standbyDir);
      await stopServer(primaryDir);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Fast and throwaway: nothing here must survive a crash of the machine. */
function serverSettings(port: number): string {
  return [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = ''`,
    'wal_level = replica',
    'max_wal_senders = 4',
    'hot_standby = on',
    'hot_standby_feedback = on',
    'fsync = off',
    'full_page_writes = off',
    'max_connections = 60',
    'shared_buffers = 32MB',
    '',
  ].join('\n');
}

async function streaming(primaryUrl: string): Promise<true | null> {
  const rows = await query(
    primaryUrl,
    `select 1 from pg_stat_replication where state = 'streaming'`,
  );
  return rows.length > 0 ? true : null;
}

/** One statement on its own connection to `url` (a server of the cluster, or any other). */
export async function query(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** initdb and postgres refuse to run as root: there they run as the `postgres` OS user. */
function postgresUser(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** Runs a tool to its end; its output is kept for the error when it fails. */
function runAs(owner: { uid: number; gid: number } | null, file: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, {
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      // pg_ctl starts the server in the background: its output goes to the log file, not here
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: tmpdir(),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${path.basename(file)} ${args.join(' ')} failed (${code}):\n${output}`),
          ),
    );
  });
}
