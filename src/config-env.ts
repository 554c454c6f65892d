import { z } from 'zod';

/**
 * The environment variables the app reads, as zod parses them (defaults, bounds, lists); config.ts
 * turns them into the Config the rest of the app sees. Each group names the document it is
 * explained in.
 */
const onOff = z.enum(['on', 'off']);
const pgUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

export const envSchema = z.object({
  DATABASE_URL: pgUrl.optional(),
  // Read replicas of DATABASE_URL (docs/scaling.md), comma-separated, and how far one may lag.
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((list) => list.split(',').flatMap((url) => url.trim() || []))
    .pipe(z.array(pgUrl)),
  REPLICA_MAX_LAG_S: z.coerce.number().positive().max(3600).default(30),
  DATA_DIR: z.string().min(1).default('./.data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(50),
  MAX_INFLATED_MB: z.coerce.number().positive().max(16384).default(512),
  // Staying up (docs/deployment.md): how long running imports may finish after SIGTERM/SIGINT
  // before they are rolled back, and which browser origins may call the API (none by default).
  SHUTDOWN_GRACE_S: z.coerce.number().min(0).max(3600).default(30),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').flatMap((o) => o.trim().replace(/\/+$/, '') || []))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).or(z.literal('*')))),
  // Query limits and request hardening (docs/limits.md): refusals happen before any resolver runs.
  MAX_DEPTH: z.coerce.number().int().min(1).default(8),
  MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(5),
  MAX_TOKENS: z.coerce.number().int().min(10).default(1000),
  MAX_COST: z.coerce.number().int().min(1).default(100_000),
  MAX_TEXT_CHARS: z.coerce.number().int().min(1).default(200),
  MAX_JSON_MB: z.coerce.number().positive().max(64).default(1),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  ALLOWED_HOSTS: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  INTROSPECTION: onOff.default('on'),
  FIELD_SUGGESTIONS: onOff.optional(),
  STACK_TRACES: onOff.default('off'),
  // Uploads, retention, leases and the answer cache's budget (docs/operations.md): a trickling
  // upload is cut, a refused upload's bytes are not kept forever, a second server never fails a
  // live import, and the cache cannot grow past its bytes (32 MB: the rows beside the bytes take
  // more than that on the heap, which a 400 MB server has to share; docs/performance.md#memory).
  UPLOAD_TIMEOUT_S: z.coerce.number().positive().max(3600).default(60),
  UPLOAD_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(7),
  LEASE_TIMEOUT_S: z.coerce.number().min(3).max(3600).default(30),
  ANSWER_CACHE_MB: z.coerce.number().min(0).max(65536).default(32),
  ANSWER_CACHE_MAX_ENTRY_MB: z.coerce.number().min(0).max(4096).default(4),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('sl:'),
  // Keys (decisions §10, docs/keys.md): writes need a key unless AUTH=off (a laptop); reads need
  // one only in production (the Docker image sets NODE_ENV), unless PUBLIC_READ=on.
  AUTH: z.enum(['on', 'off']).default('on'),
  PUBLIC_READ: z.enum(['on', 'off']).default('off'),
  NODE_ENV: z.string().default('development'),
  // Hostile files and imports off the main thread (docs/files.md): the inflated size of any zip
  // part other than cells, the inflated size a report may be marked up from (exceljs holds it
  // whole), how many imports run at once (one worker thread each), how many wait, and the time
  // an import may take before its worker is stopped and the batch ends FAILED.
  MAX_PART_MB: z.coerce.number().positive().max(16384).default(32),
  REPORT_MAX_INFLATED_MB: z.coerce.number().positive().max(16384).default(128),
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  IMPORT_QUEUE: z.coerce.number().int().min(0).max(10000).default(8),
  IMPORT_TIMEOUT_S: z.coerce.number().positive().max(86400).default(600),
  // The JavaScript heap of one import thread: past it the thread is stopped, the batch FAILED.
  IMPORT_THREAD_MEMORY_MB: z.coerce.number().int().min(16).max(65536).default(1024),
  // How long an import thread may wait for the next import before it ends (0: after each).
  IMPORT_THREAD_IDLE_S: z.coerce.number().min(0).max(86400).default(60),
  // Import jobs (docs/scaling.md): whether the server works the queue itself or leaves it to
  // `sports-ledger worker` processes.
  IMPORT_WORKERS: z.enum(['inline', 'external']).default('inline'),
  // The pages (docs/web.md): which sites may show /compare?embed=1 in a frame (CSP
  // frame-ancestors); the app's own origin unless set.
  FRAME_ANCESTORS: z
    .string()
    .default("'self'")
    .transform((list) =>
      list
        .split(/[\s,]+/)
        .map((source) => source.replace(/\/+$/, ''))
        .filter(Boolean)
        .map((source) => (['self', 'none'].includes(source) ? `'${source}'` : source)),
    )
    .pipe(
      z
        .array(z.url({ protocol: /^https?$/ }).or(z.enum(["'self'", "'none'"])))
        .min(1, "lists origins (https://portal.example), 'self' or 'none'"),
    ),
  // What an operator watches (docs/operations.md): who may scrape /metrics beyond this machine,
  // and where traces go (read by OpenTelemetry itself, in tracing.ts; checked here as a URL).
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
});
export const checkedEnv = envSchema.refine(
  (env) => env.DATABASE_URL || !env.DATABASE_REPLICA_URLS.length,
  {
    path: ['DATABASE_REPLICA_URLS'],
    message: 'needs DATABASE_URL, the primary they replicate',
  },
);
