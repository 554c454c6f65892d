import type { Knex } from '@mikro-orm/postgresql';

/** The channel a change of `data_version` is announced on (its trigger, Migration20261208100000). */
export const DATA_VERSION_CHANNEL = 'data_version';

/**
 * The data version this process answers from, held in memory (decisions §13) so that a kept
 * answer costs no statement. Every change of `data_version` — the bump in each commit or rollback
 * of a ledger, on any server sharing the database — notifies the channel at its commit, and the
 * process's listener (db/listener.ts) passes it here.
 *
 * Only while the listener listens is the memory trusted: before the first LISTEN and from a lost
 * connection until the next, `current` reads the table, so an answer is never older than the
 * data. On (re)listening the table is read once; notifications that overtake that read only ever
 * raise the version, as does `refresh`, which the process calls after its own commits so that it
 * sees them at once (read-your-writes) rather than when the notification arrives.
 */
export class DataVersion {
  private known: bigint | null = null;
  /** The highest version notified since listening began, while the first read is under way. */
  private heard: bigint | null = null;
  private listening = false;
  /** Counts LISTENs, so that a read begun for an earlier connection sets nothing. */
  private generation = 0;

  /**
   * `replayed` (read replicas, db/replicas.ts): a version read or heard from the primary is
   * published only once it resolves, i.e. once every replica reads go to has replayed it, so
   * that no answer kept under a version is computed from data older than it. Until then the
   * process answers under the version before. Without replicas a version is published at once.
   */
  constructor(
    private readonly db: Knex,
    private readonly replayed: ((version: bigint) => Promise<void>) | null = null,
  ) {}

  /** The version now: from memory while listening, otherwise read (and replayed). */
  current(): Promise<string> {
    if (this.known !== null) {
      return Promise.resolve(String(this.known));
    }
    return this.replayed ? this.readReplayed().then(String) : this.read();
  }

  /** Whether answers are checked against memory (for tests and the operator's log). */
  get live(): boolean {
    return this.known !== null;
  }

  /** LISTEN is in force: the table is read once and memory is trusted from then on. */
  async listened(): Promise<void> {
    this.listening = true;
    this.heard = null;
    const generation = ++this.generation;
    const read = await this.readReplayed();
    if (this.listening && generation === this.generation) {
      this.known = read;
      if (this.heard !== null && this.heard > read) {
        void this.publish(this.heard);
      }
    }
  }

  notified(payload: string): void {
    const version = /^\d+$/.test(payload) ? BigInt(payload) : null;
    if (version === null) {
      return;
    }
    if (this.known !== null) {
      // with replicas: raised once they have replayed it (a later lost() leaves it unset)
      void this.publish(version);
    } else if (this.listening) {
      this.heard = this.heard !== null && this.heard > version ? this.heard : version;
    }
  }

  /** Notifications may be missed from now on: read per request until listening again. */
  lost(): void {
    this.listening = false;
    this.known = null;
  }

  /** After this process committed or rolled back: its change is the answer's version at once. */
  async refresh(): Promise<void> {
    if (this.known === null) {
      return;
    }
    await this.publish(BigInt(await this.read()));
  }

  /** Raises the version to `version`: at once without replicas, once replayed with them. */
  private publish(version: bigint): Promise<void> {
    const raise = () => {
      if (this.known !== null && version > this.known) {
        this.known = version;
      }
    };
    if (!this.replayed) {
      raise();
      return Promise.resolve();
    }
    return this.replayed(version).then(raise);
  }

  private async readReplayed(): Promise<bigint> {
    const version = BigInt(await this.read());
    await this.replayed?.(version);
    return version;
  }

  private async read(): Promise<string> {
    const { rows } = await this.db.raw('select version from data_version where id = 1');
    return String(rows[0]?.version ?? '0');
  }
}
