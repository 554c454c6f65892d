import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';

/** What a replica is reached through: MikroORM's connection to it (its own pool). */
export interface ReplicaConnection {
  getKnex(): Knex;
}

/** One read replica as the process sees it. */
interface Replica<C extends ReplicaConnection> {
  name: string;
  connection: C;
  /** Whether reads may go to it: it has replayed every version the process has published. */
  serving: boolean;
  /** The `data_version` it showed last (null: not read yet, or unreachable). */
  shown: bigint | null;
}

/** A version waiting to be published: since when, and who to tell once the replicas have it. */
interface Waiter {
  version: bigint;
  since: number;
  done: () => void;
}

/** Backoff between polls while a version waits for the replicas: doubled up to the last. */
const POLL_FIRST_MS = 5;
const POLL_MAX_MS = 250;
/** How often every replica is looked at when nothing waits (a replica that went down). */
const CHECK_EVERY_MS = 1_000;
/** A replica that does not answer its poll within this is treated as unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * The read replicas (`DATABASE_REPLICA_URLS`) and which of them reads may go to. Reads outside
 * transactions go to a serving replica, round-robin (db/read-driver.ts); with none serving they
 * go to the primary. A replica serves only while it has replayed every data version the process
 * has published: before a version is published (comparison/data-version.ts), `replayed` polls
 * each serving replica's `data_version` row until it shows the version. So no answer kept under
 * a version is computed from a replica that has not replayed it.
 *
 * A replica still behind a version `maxLagMs` after the version was asked for, or one that does
 * not answer, is taken out (logged) and reads go elsewhere; it is looked at every second and
 * serves again once it has caught up with everything published (logged too).
 */
export class Replicas<C extends ReplicaConnection = ReplicaConnection> {
  private readonly replicas: Replica<C>[];
  private readonly waiters: Waiter[] = [];
  /** The highest version the replicas have been asked for: a returning replica needs it. */
  private wanted = 0n;
  private next = 0;
  private polling: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** A round of `check` still under way (a replica that hangs): the next one waits its turn. */
  private checking = false;
  private stopped = false;

  constructor(
    replicas: { name: string; connection: C }[],
    private readonly maxLagMs: number,
    private readonly log: Logger,
  ) {
    this.replicas = replicas.map((r) => ({ ...r, serving: true, shown: null }));
  }

  /** The next serving replica, or null: read from the primary. */
  pick(): C | null {
    const serving = this.replicas.filter((r) => r.serving);
    if (serving.length === 0) {
      return null;
    }
    this.next = (this.next + 1) % serving.length;
    return serving[this.next].connection;
  }

  /** For the operator's log and the tests: each replica, whether it serves, what it showed. */
  state(): { name: string; serving: boolean; version: string | null }[] {
    return this.replicas.map((r) => ({
      name: r.name,
      serving: r.serving,
      version: r.shown === null ? null : String(r.shown),
    }));
  }

  /**
   * Resolves once every serving replica shows `version` or later, or has been taken out for
   * lagging past the bound or for not answering; it never rejects.
   */
  replayed(version: bigint): Promise<void> {
    if (this.stopped || this.replicas.length === 0) {
      return Promise.resolve();
    }
    this.wanted = version > this.wanted ? version : this.wanted;
    return new Promise((done) => {
      this.waiters.push({ version, since: Date.now(), done });
      this.polling ??= this.pollWhileWaited().finally(() => (this.polling = null));
    });
  }

  /** Looks at every replica each second from now on, so one that went down stops serving. */
  watch(): void {
    if (this.replicas.length === 0 || this.timer || this.stopped) {
      return;
    }
    this.timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** Ends polling; anything still waiting is let go (the process is stopping). */
  stop(): void {
    this.stopped = true;
    if (this.timer) {
      clearInterval(this.timer);
    }
    for (const waiter of this.waiters.splice(0)) {
      waiter.done();
    }
  }

  private async pollWhileWaited(): Promise<void> {
    let delay = POLL_FIRST_MS;
    while (this.waiters.length > 0 && !this.stopped) {
      await Promise.all(this.replicas.filter((r) => r.serving).map((r) => this.probe(r)));
      this.settle();
      if (this.waiters.length > 0) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, POLL_MAX_MS);
      }
    }
  }

  /** Takes out replicas behind an overdue version, then lets go of every version all serve. */
  private settle(): void {
    const now = Date.now();
    for (const waiter of this.waiters) {
      if (now - waiter.since > this.maxLagMs) {
        for (const r of this.replicas) {
          if (r.serving && (r.shown ?? -1n) < waiter.version) {
            this.takeOut(r, 'it has not replayed a committed version within REPLICA_MAX_LAG_S', {
              version: String(waiter.version),
            });
          }
        }
      }
    }
    const serving = this.replicas.filter((r) => r.serving);
    const floor = serving.reduce<bigint | null>(
      (low, r) => (low === null || (r.shown ?? -1n) < low ? (r.shown ?? -1n) : low),
      null,
    );
    for (const waiter of [...this.waiters]) {
      if (floor === null || floor >= waiter.version) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.done();
      }
    }
  }

  /** A serving replica that stopped answering goes out; one out that caught up comes back. */
  private async check(): Promise<void> {
    if (this.checking) {
      return;
    }
    this.checking = true;
    try {
      await Promise.all(this.replicas.map((r) => this.probe(r)));
    } finally {
      this.checking = false;
    }
    for (const r of this.replicas) {
      if (!r.serving && r.shown !== null && r.shown >= this.wanted && !this.stopped) {
        r.serving = true;
        this.log.info(
          { replica: r.name, version: String(r.shown) },
          'read replica caught up; reads go to it again',
        );
      }
    }
  }

  /** Reads the replica's data version; a replica that does not answer stops serving. */
  private async probe(r: Replica<C>): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    try {
      const read = r.connection.getKnex().raw('select version from data_version where id = 1');
      const late = new Promise<never>((_, reject) => {
        timeout = setTimeout(() => reject(new Error('no answer')), PROBE_TIMEOUT_MS);
      });
      const { rows } = (await Promise.race([read, late])) as { rows: { version?: string }[] };
      r.shown = BigInt(rows[0]?.version ?? 0);
    } catch (error) {
      r.shown = null;
      this.takeOut(r, 'it does not answer', { err: error });
    } finally {
      clearTimeout(timeout);
    }
  }

  private takeOut(r: Replica<C>, why: string, details: object): void {
    if (r.serving && !this.stopped) {
      r.serving = false;
      this.log.warn({ replica: r.name, ...details }, `read replica taken out of reads: ${why}`);
    }
  }
}
