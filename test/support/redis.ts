import { spawnSync } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import type { Redis } from 'ioredis';

/** The Redis the tests share (no persistence); CI runs one there. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers PING at `url`, asked in a child process so that the answer is known when
 * the file loads (a suite is skipped then, not failed).
 */
export function redisAnswers(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `
    const socket = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)});
    socket.setTimeout(2000, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (data) => process.exit(String(data).startsWith('+PONG') ? 0 : 1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5_000 }).status === 0;
}

/** `describe` where Redis answers at TEST_REDIS_URL; elsewhere `describe.skip`, saying why once. */
export function describeWithRedis(name: string, fn: () => void): void {
  if (redisAnswers(TEST_REDIS_URL)) {
    describe(name, fn);
    return;
  }
  console.warn(
    `skipping "${name}": no Redis answers at ${TEST_REDIS_URL} (start redis-server; CI runs one)`,
  );
  describe.skip(name, fn);
}

/** A key prefix no other test run uses, so that runs never see each other's keys. */
export function uniquePrefix(): string {
  return `sl-test-${process.pid}-${Date.now().toString(36)}:`;
}

/** Every key under `prefix`, found with SCAN (never KEYS on a shared server). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

/** Deletes every key under `prefix`: a test leaves the shared Redis as it found it. */
export async function deleteKeysUnder(redis: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
}

/** A TCP proxy in front of Redis whose replies can be held back, to play a Redis that is slow. */
export interface SlowableProxy {
  url: string;
  /** From now on each reply arrives `ms` later (0: at once). */
  slow(ms: number): void;
  close(): Promise<void>;
}

export async function slowableProxy(url: string): Promise<SlowableProxy> {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  let delayMs = 0;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (data) => upstream.write(data));
    upstream.on('data', (data) => {
      const deliver = () => !client.destroyed && client.write(data);
      if (delayMs > 0) {
        setTimeout(deliver, delayMs).unref();
      } else {
        deliver();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    slow: (ms) => {
      delayMs = ms;
    },
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
