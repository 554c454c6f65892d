import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { SharedAnswers } from '../modules/comparison/shared-answers';

/**
 * A kept answer is worth less than the time an asker waits for it: past this a command is given
 * up on and the answer computed (Redis on the same network answers in well under a millisecond).
 */
const COMMAND_TIMEOUT_MS = 250;
const CONNECT_TIMEOUT_MS = 2_000;
/** After a failed command Redis is left alone this long: a slow Redis costs one wait, not many. */
const PAUSE_AFTER_FAILURE_MS = 1_000;
const RETRY_MAX_MS = 5_000;
/**
 * An answer of an older version is never read again, and a Redis left at its default
 * `noeviction` policy would keep it for good: each answer leaves after an hour at the latest.
 */
const ANSWER_TTL_MS = 3600_000;

export interface RedisAnswersOptions {
  url: string;
  /** What every key begins with (REDIS_KEY_PREFIX). */
  keyPrefix: string;
}

/**
 * Whole answers kept in Redis for every API process (docs/scaling.md). A key names the data
 * version, `{prefix}answer:{version}:{hash of the question}`, so an answer of an older version is
 * never found once the version moved on; it leaves after an hour, or earlier by Redis's eviction
 * (`maxmemory` with an `allkeys-*` policy), which holds the byte budget.
 *
 * Redis down, unreachable or slow never fails a request: commands are not queued while the
 * connection is down (they fail at once), a command gives up after COMMAND_TIMEOUT_MS, and a
 * failure pauses the use of Redis briefly. The outage is logged once, when it begins, and once
 * when Redis answers again; `status` counts the lookups and stores that fell back (/metrics).
 */
export class RedisAnswers implements SharedAnswers {
  private readonly redis: Redis;
  private pausedUntil = 0;
  private outage = false;
  private failures = 0;

  constructor(
    private readonly options: RedisAnswersOptions,
    private readonly log: Logger,
  ) {
    this.redis = new Redis(options.url, {
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), RETRY_MAX_MS),
    });
    // without a listener ioredis prints every failed reconnection itself
    this.redis.on('error', (error: Error) => this.begin(error));
    this.redis.on('ready', () => this.end());
  }

  async get(version: string, key: string): Promise<Buffer | null> {
    if (!this.usable()) {
      return null;
    }
    try {
      const bytes = await this.redis.getBuffer(this.keyOf(version, key));
      this.end();
      return bytes;
    } catch (error) {
      this.failed(error as Error);
      return null;
    }
  }

  set(version: string, key: string, bytes: Buffer): void {
    if (!this.usable()) {
      return;
    }
    this.redis
      .set(this.keyOf(version, key), bytes, 'PX', ANSWER_TTL_MS)
      .then(() => this.end())
      .catch((error: Error) => this.failed(error));
  }

  status(): { up: boolean; failures: number } {
    return { up: this.redis.status === 'ready' && !this.outage, failures: this.failures };
  }

  ready(timeoutMs: number): Promise<void> {
    if (this.redis.status === 'ready') {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.redis.once('ready', done).once('error', done);
    });
  }

  async close(): Promise<void> {
    // QUIT would wait for a Redis that may be gone; nothing written needs flushing
    this.redis.disconnect();
  }

  /** The key of an answer: the version in the clear (for an operator), the question hashed. */
  private keyOf(version: string, key: string): string {
    const hash = createHash('sha256').update(key).digest('base64url');
    return `${this.options.keyPrefix}answer:${version}:${hash}`;
  }

  private usable(): boolean {
    if (this.redis.status === 'ready' && Date.now() >= this.pausedUntil) {
      return true;
    }
    this.failures += 1;
    return false;
  }

  private failed(error: Error): void {
    this.failures += 1;
    this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
    this.begin(error);
  }

  private begin(error: Error): void {
    if (!this.outage) {
      this.outage = true;
      this.log.warn(
        { err: error },
        'Redis does not answer: answers are computed and kept in this process until it does',
      );
    }
  }

  private end(): void {
    if (this.outage && this.redis.status === 'ready') {
      this.outage = false;
      this.log.info('Redis answers again: answers are shared between processes again');
    }
  }
}
