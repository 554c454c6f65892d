import { Client } from 'pg';
import type { Logger } from '../logger';

/** What a listener tells its owner: listening began (again), a payload came, listening stopped. */
export interface ListenerEvents {
  /** LISTEN is in force: from now on no notification on the channel is missed. */
  listening(): Promise<void> | void;
  notified(payload: string): void;
  /** The connection is gone: notifications may be missed until `listening` is called again. */
  lost(): void;
}

/** Backoff between attempts to connect again: doubled from the first up to the last. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * One connection of its own that LISTENs on a channel, outside the pool: a pooled connection
 * is handed to requests and replaced at will (db/app-role.ts empties the pool), and a LISTEN
 * ends with its connection. When the connection drops (a restart of PostgreSQL, a
 * `pg_terminate_backend`, a network cut) it says `lost` at once and connects again with
 * backoff until `stop`. LISTEN and NOTIFY need no privilege, so it acts as the login.
 */
export class Listener {
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RETRY_FIRST_MS;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly events: ListenerEvents,
    private readonly log: Logger,
  ) {}

  /**
   * Connects and listens; resolves once listening has begun (its `listening` done) or once the
   * first attempt failed (it retries).
   */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Ends the connection and every retry. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) {
      clearTimeout(this.retry);
    }
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retry = null;
    const client = new Client({ connectionString: this.url, application_name: 'listener' });
    let dropped = false;
    const drop = (error: Error | null) => {
      if (!dropped) {
        dropped = true;
        this.drop(client, error);
      }
    };
    // an error on an idle connection arrives here, not at a query: one handler for both
    client.on('error', drop);
    client.on('end', () => drop(null));
    client.on('notification', (message) => {
      if (message.channel === this.channel) {
        this.events.notified(message.payload ?? '');
      }
    });
    try {
      await client.connect();
      await client.query(`listen "${this.channel}"`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = RETRY_FIRST_MS;
    await this.events.listening();
  }

  private drop(client: Client, error: Error | null): void {
    void client.end().catch(() => undefined);
    if (this.client === client) {
      this.client = null;
    }
    this.events.lost();
    if (this.stopped) {
      return;
    }
    this.log.warn(
      { channel: this.channel, err: error ?? undefined, retryMs: this.retryMs },
      'lost the connection that listens for data changes; connecting again',
    );
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
