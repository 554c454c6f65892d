/**
 * A second level of the answer cache shared by every API process (Redis when `REDIS_URL` is set;
 * db/redis-answers.ts): whole responses as bytes, keyed by data version, so that an answer one
 * process computed is served by any other. It holds bytes only, never live objects: an object
 * that crossed a network comes back without its class, and the resolvers' answers keep theirs
 * (the labels of a summary row are getters).
 *
 * A store that is down or slow must never fail a request: `get` then finds nothing and `set`
 * keeps nothing, and the asker computes as if nothing had been kept.
 */
export interface SharedAnswers {
  /** The bytes kept for `key` under `version`, or null (none, or the store did not answer). */
  get(version: string, key: string): Promise<Buffer | null>;
  /** Keeps `bytes` for a while; not waited for (a lost write only means one more computation). */
  set(version: string, key: string, bytes: Buffer): void;
  /** Whether it answers now, and how many lookups and stores fell back since the start. */
  status(): { up: boolean; failures: number };
  /** Resolves once it answers, or once `timeoutMs` passed (start-up need not wait for it). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}
