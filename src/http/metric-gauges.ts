import { Counter, Gauge, type Registry } from 'prom-client';
import type { AppServices } from '../context';
import { countBatchesByStatus } from '../modules/import-batch/batch-counts';

/** A scrape every few seconds costs one grouped count of import_batch at most this often. */
const BATCH_COUNT_TTL_MS = 5_000;

/** The pool knex keeps (tarn): what its numbers mean is in docs/operations.md. */
interface PoolNumbers {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * The gauges read from the running services at each scrape: import batches by status (from the
 * database, cached), import jobs in the queue by state (cached), imports running and queued in
 * the import threads, the database pool, and
 * the answer cache's lookups and bytes.
 */
export function addServiceGauges(registry: Registry, services: AppServices): void {
  const registers = [registry];
  const batchCounts = cached(BATCH_COUNT_TTL_MS, () => countBatchesByStatus(services.db));
  new Gauge({
    name: 'sports_ledger_import_batches',
    help: 'Import batches in the database by status (counted at most every 5 s).',
    labelNames: ['status'] as const,
    registers,
    async collect() {
      const counts = await batchCounts().catch(() => null); // an outage leaves the last counts
      for (const [status, n] of Object.entries(counts ?? {})) {
        this.set({ status }, n);
      }
    },
  });
  new Gauge({
    name: 'sports_ledger_imports_running',
    help: 'Imports running in the import threads of this process now.',
    registers,
    collect() {
      this.set(services.importLoad().running);
    },
  });
  new Gauge({
    name: 'sports_ledger_imports_queued',
    help: 'Imports waiting for an import thread in this process now (IMPORT_QUEUE bounds them).',
    registers,
    collect() {
      this.set(services.importLoad().waiting);
    },
  });
  new Gauge({
    name: 'sports_ledger_import_threads',
    help: 'Import threads alive in this process, busy or idle (IMPORT_THREAD_IDLE_S ends idle ones).',
    registers,
    collect() {
      this.set(services.importLoad().threads);
    },
  });
  const jobDepth = cached(BATCH_COUNT_TTL_MS, () => services.jobs.depth());
  new Gauge({
    name: 'sports_ledger_import_jobs',
    help: 'Import jobs in the queue, over every process: waiting for a worker, or running (counted at most every 5 s).',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      const depth = await jobDepth().catch(() => null); // an outage leaves the last counts
      for (const [state, n] of Object.entries(depth ?? {})) {
        this.set({ state }, n);
      }
    },
  });
  addPoolGauges(registry, () => (services.db.client as { pool?: PoolNumbers }).pool ?? null);
  addAnswerCacheMetrics(registry, services);
}

function addPoolGauges(registry: Registry, pool: () => PoolNumbers | null): void {
  const registers = [registry];
  new Gauge({
    name: 'sports_ledger_db_pool_connections',
    help: 'Connections of the database pool: in use by a query or transaction, or open and idle.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const p = pool();
      this.set({ state: 'used' }, p?.numUsed() ?? 0);
      this.set({ state: 'free' }, p?.numFree() ?? 0);
    },
  });
  new Gauge({
    name: 'sports_ledger_db_pool_pending_acquires',
    help: 'Queries and transactions waiting for a pool connection now.',
    registers,
    collect() {
      this.set(pool()?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'sports_ledger_db_pool_max_connections',
    help: 'The most connections the pool opens.',
    registers,
    collect() {
      this.set(pool()?.max ?? 0);
    },
  });
}

function addAnswerCacheMetrics(registry: Registry, { answers, config }: AppServices): void {
  const registers = [registry];
  for (const outcome of ['hits', 'misses'] as const) {
    new Counter({
      name: `sports_ledger_answer_cache_${outcome}_total`,
      help: `Answer-cache lookups that ${outcome === 'hits' ? 'found' : 'did not find'} an answer kept under the current data version.`,
      registers,
      collect() {
        this.reset();
        this.inc(answers.lookups[outcome]);
      },
    });
  }
  new Gauge({
    name: 'sports_ledger_answer_cache_hit_ratio',
    help: 'Hits over lookups since the process started (0 before the first lookup); rate() the counters for a window.',
    registers,
    collect() {
      const { hits, misses } = answers.lookups;
      this.set(hits + misses === 0 ? 0 : hits / (hits + misses));
    },
  });
  new Gauge({
    name: 'sports_ledger_answer_cache_bytes',
    help: 'Bytes the kept answers take (their JSON size), against sports_ledger_answer_cache_max_bytes.',
    registers,
    collect() {
      this.set(answers.usage().bytes);
    },
  });
  new Gauge({
    name: 'sports_ledger_answer_cache_entries',
    help: 'Answers kept now.',
    registers,
    collect() {
      this.set(answers.usage().entries);
    },
  });
  new Gauge({
    name: 'sports_ledger_answer_cache_max_bytes',
    help: 'The byte budget of the cache (ANSWER_CACHE_MB).',
    registers,
    collect() {
      this.set(config.answerCacheBytes);
    },
  });
  if (answers.shared) {
    addSharedAnswerMetrics(registry, answers);
  }
}

/** With REDIS_URL: how often Redis served what this process had not kept, and its outages. */
function addSharedAnswerMetrics(registry: Registry, answers: AppServices['answers']): void {
  const registers = [registry];
  const shared = answers.shared!;
  new Counter({
    name: 'sports_ledger_answer_cache_shared_hits_total',
    help: 'Hits found in Redis rather than in this process (counted among the hits too).',
    registers,
    collect() {
      this.reset();
      this.inc(answers.lookups.sharedHits);
    },
  });
  new Counter({
    name: 'sports_ledger_answer_cache_redis_failures_total',
    help: 'Lookups and stores that went without Redis because it was down, slow or paused after a failure.',
    registers,
    collect() {
      this.reset();
      this.inc(shared.status().failures);
    },
  });
  new Gauge({
    name: 'sports_ledger_answer_cache_redis_up',
    help: '1 while Redis answers, 0 during an outage (answers are then computed in each process).',
    registers,
    collect() {
      this.set(shared.status().up ? 1 : 0);
    },
  });
}

/** `load`'s result, asked again once it is older than `ttlMs` (a failure is not kept). */
function cached<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let kept: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (!kept || Date.now() - kept.at > ttlMs) {
      const value = load();
      const entry = { at: Date.now(), value };
      kept = entry;
      value.catch(() => {
        if (kept === entry) {
          kept = null;
        }
      });
    }
    return kept.value;
  };
}
