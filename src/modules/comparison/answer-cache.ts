import type { Knex } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { AnswerStore, RequestContext } from '../common/request-context';
import { answerSize } from './answer-size';
import type { DataVersion } from './data-version';
import type { SharedAnswers } from './shared-answers';

/** The cache's budget: all answers together, and the largest one worth keeping. */
export interface AnswerBudget {
  maxBytes: number;
  maxEntryBytes: number;
}

interface Entry {
  version: string;
  value: unknown;
}

/** The request an answer is asked for: its locals hold the data version once it is read. */
export type AnswerRequest = RequestContext['res'];

/**
 * The app's one answer cache: comparison answers kept until the data changes, asked by the
 * resolvers and by `/export` (same question and arguments, same entry), and the whole GraphQL
 * responses the HTTP layer keeps (http/answer-plugin.ts) in the same bounded map.
 *
 * The data changes only when a ledger is committed or rolled back, and that bumps `data_version`
 * in the same transaction, which every server sharing the database hears of (data-version.ts):
 * the version is then known without a statement. A request takes it once, when some layer first
 * needs it, and every layer of that request compares with that one value.
 *
 * It is bounded in bytes, not in entries (decisions §13): a few distinct questions with huge
 * answers once filled a 500-entry map with gigabytes. Each entry is sized as its answer's JSON;
 * an answer above `maxEntryBytes` is served but never kept, and the least recently used entries
 * leave once the total passes `maxBytes`.
 *
 * With a shared level (Redis, shared-answers.ts) whole responses kept as bytes (`lookupBytes`,
 * `storeBytes`) are also kept there under their version, and this process's map is the first
 * level in front of it; the resolvers' answers stay in this process.
 */
export class AnswerCache implements AnswerStore {
  private readonly entries: LRUCache<string, Entry> | null;
  /** The most one entry of this process's map may take (the budget's, within the whole). */
  private readonly entryLimit: number;
  /** Answers being computed, by key and version: concurrent askers share one computation. */
  private readonly computing = new Map<string, Promise<unknown>>();
  /** Lookups that found a kept answer under the request's version, and those that did not. */
  readonly lookups = { hits: 0, misses: 0, sharedHits: 0 };

  constructor(
    /** The data version answers are kept under (in memory while the process listens). */
    readonly versions: DataVersion,
    private readonly budget: AnswerBudget,
    /** Where every API process keeps whole responses (Redis); null: this process only. */
    readonly shared: SharedAnswers | null = null,
  ) {
    this.entryLimit = Math.min(budget.maxEntryBytes, budget.maxBytes);
    this.entries =
      this.entryLimit >= 1
        ? new LRUCache<string, Entry>({ maxSize: budget.maxBytes, maxEntrySize: this.entryLimit })
        : null;
  }

  async get<T>(
    question: string,
    args: unknown,
    compute: () => Promise<T>,
    request?: AnswerRequest,
  ): Promise<T> {
    const key = `${question}|${JSON.stringify(args)}`;
    const { version, value } = await this.lookup(key, request);
    if (value !== undefined) {
      return value as T;
    }
    // After a commit every client misses at once: one computation per question, not one each.
    const flight = `${version}|${key}`;
    const running = this.computing.get(flight);
    if (running) {
      return running as Promise<T>;
    }
    const computing = compute().then((computed) => {
      this.store(key, version, computed);
      return computed;
    });
    this.computing.set(flight, computing);
    try {
      return await computing;
    } finally {
      this.computing.delete(flight);
    }
  }

  /**
   * The data version `request` answers from, taken on first need and then shared. Taken before
   * any answer is computed, so an answer kept under it holds data at least that new.
   */
  version(request?: AnswerRequest): Promise<string> {
    if (!request) {
      return this.versions.current();
    }
    request.locals.dataVersion ??= this.versions.current();
    return request.locals.dataVersion as Promise<string>;
  }

  /**
   * Whether `key` was kept here under any version: without an entry, no version need be read.
   * The shared level may still hold it; the caller decides whether asking it is worth a command.
   */
  has(key: string): boolean {
    return this.entries?.has(key) ?? false;
  }

  /** The request's data version, and the answer kept for `key` under it, if any. */
  async lookup(
    key: string,
    request?: AnswerRequest,
  ): Promise<{ version: string; value?: unknown }> {
    const version = await this.version(request);
    const value = this.local(key, version);
    this.lookups[value !== undefined ? 'hits' : 'misses'] += 1;
    return value !== undefined ? { version, value } : { version };
  }

  /** As `lookup`, for a whole response kept as bytes: here first, then in the shared level. */
  async lookupBytes(
    key: string,
    request?: AnswerRequest,
  ): Promise<{ version: string; value?: Buffer }> {
    const version = await this.version(request);
    const local = this.local(key, version) as Buffer | undefined;
    const value = local ?? (await this.shared?.get(version, key)) ?? undefined;
    this.lookups[value !== undefined ? 'hits' : 'misses'] += 1;
    if (value !== undefined && local === undefined) {
      this.lookups.sharedHits += 1;
      this.store(key, version, value);
    }
    return value !== undefined ? { version, value } : { version };
  }

  /**
   * As `store`, for a whole response as bytes, kept in the shared level too where it fits. `size`
   * is the body's: when neither level would keep a response that large, `encode` (a copy of the
   * body, 0.4 MB for a country-wide answer) is not called, and any older answer leaves as `store`
   * would have it.
   */
  storeBytes(key: string, version: string, size: number, encode: () => Buffer): void {
    if (!this.fitsLocally(key, size) && !this.fitsShared(key, size)) {
      this.entries?.delete(key);
      return;
    }
    const bytes = encode();
    this.store(key, version, bytes);
    if (this.fitsShared(key, bytes.length)) {
      this.shared?.set(version, key, bytes);
    }
  }

  private fitsLocally(key: string, size: number): boolean {
    return this.entries !== null && size + key.length <= this.entryLimit;
  }

  private fitsShared(key: string, size: number): boolean {
    return this.shared !== null && size + key.length <= this.budget.maxEntryBytes;
  }

  private local(key: string, version: string): unknown {
    const hit = this.entries?.get(key);
    return hit && hit.version === version ? hit.value : undefined;
  }

  /** Keeps `value` unless it is larger than one entry may be (then any older answer leaves too). */
  store(key: string, version: string, value: unknown): void {
    if (!this.entries) {
      return;
    }
    const size = answerSize(value, this.entryLimit) + key.length;
    if (size > this.entryLimit) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, { version, value }, { size });
  }

  /** What is kept now: entries and their bytes (for the tests and the operator's log). */
  usage(): { entries: number; bytes: number } {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }
}

/**
 * Inside a commit's or rollback's transaction: every kept answer is now stale. The table's
 * trigger announces the new version to every server when the transaction commits.
 */
export async function bumpDataVersion(trx: Knex.Transaction): Promise<void> {
  await trx.raw(
    'insert into data_version (id, version) values (1, 1) on conflict (id) do update set version = data_version.version + 1',
  );
}
