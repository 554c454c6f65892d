import path from 'node:path';
import { z } from 'zod';

const onOff = z.enum(['on', 'off']);
const pgUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

const schema = z.object({
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
const checked = schema.refine((env) => env.DATABASE_URL || !env.DATABASE_REPLICA_URLS.length, {
  path: ['DATABASE_REPLICA_URLS'],
  message: 'needs DATABASE_URL, the primary they replicate',
});

export interface Config {
  databaseUrl: string | undefined;
  /** Streaming standbys of `databaseUrl` that serve reads outside transactions; may be empty. */
  replicaUrls: string[];
  /** A replica this far behind a committed version serves no reads until it catches up. */
  replicaMaxLagMs: number;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  maxUploadBytes: number;
  /** Inflated size a workbook may reach while it is read (zip-bomb guard). */
  maxInflatedBytes: number;
  /** Milliseconds running imports may take to finish once the process is told to stop. */
  shutdownGraceMs: number;
  /** Origins whose browser pages may call the API (CORS); empty: none, `*`: any. */
  corsOrigins: string[];
  limits: QueryLimits;
  /** Milliseconds PostgreSQL lets one API statement run; 0 = no limit. Imports are exempt. */
  statementTimeoutMs: number;
  maxJsonBytes: number;
  /** Host names (no port) requests may be addressed to: the DNS-rebinding guard. `*` = any. */
  allowedHosts: string[];
  introspection: boolean;
  fieldSuggestions: boolean;
  stackTraces: boolean;
  /** How long one upload may take to arrive, and how long it may stall. */
  uploadTimeoutMs: number;
  /** How long a failed or dry-run upload's bytes are kept for its report. */
  uploadRetentionMs: number;
  /** A RUNNING batch whose heartbeat is older than this belongs to a process that is gone. */
  leaseTimeoutMs: number;
  answerCacheBytes: number;
  /** An answer larger than this is computed every time rather than kept. */
  answerCacheMaxEntryBytes: number;
  /** Redis, where API processes share answers (docs/scaling.md; a prefix per database); or none. */
  redis: { url: string; keyPrefix: string } | null;
  /** Whether writes need a key (AUTH). */
  auth: boolean;
  /** Whether reads need a key too: in production unless PUBLIC_READ=on; never with AUTH=off. */
  readsNeedKey: boolean;
  /** Inflated size of one zip part other than worksheets and shared strings. */
  maxPartBytes: number;
  /** Inflated size an upload may have for its report workbook to be marked up. */
  reportMaxInflatedBytes: number;
  /** Imports running at once, each in a worker thread; more wait in a queue of `importQueue`. */
  importConcurrency: number;
  importQueue: number;
  /** Milliseconds an import may run before its worker is stopped (the batch ends FAILED). */
  importTimeoutMs: number;
  /** Megabytes of JavaScript heap an import thread may use before it is stopped. */
  importThreadMemoryMb: number;
  /** Milliseconds an import thread waits idle for the next import before it ends. */
  importThreadIdleMs: number;
  /** `inline`: the server runs queued imports itself; `external`: only worker processes do. */
  importWorkers: 'inline' | 'external';
  /** CSP frame-ancestors of the embeddable comparison page: origins, 'self' or 'none'. */
  frameAncestors: string[];
  /** The bearer token /metrics asks for; null: only this machine may scrape (metrics-access.ts). */
  metricsToken: string | null;
  /** Where traces are sent (OTLP over HTTP); null: tracing is off and costs nothing. */
  otlpEndpoint: string | null;
}

/** What one GraphQL operation may ask for (decisions §12). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Rows a query may ask for, list sizes multiplied through nesting. */
  cost: number;
  /** Characters a text argument (nameContains, search …) may hold. */
  textChars: number;
}

export class ConfigError extends Error {}

/** Parses the environment once; every bad variable is named in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = checked.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const maxUploadBytes = Math.round(c.MAX_UPLOAD_MB * 1024 * 1024);
  return {
    databaseUrl: c.DATABASE_URL,
    replicaUrls: c.DATABASE_REPLICA_URLS,
    replicaMaxLagMs: Math.round(c.REPLICA_MAX_LAG_S * 1000),
    dataDir: path.resolve(c.DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    maxUploadBytes,
    maxInflatedBytes: Math.round(c.MAX_INFLATED_MB * 1024 * 1024),
    shutdownGraceMs: Math.round(c.SHUTDOWN_GRACE_S * 1000),
    corsOrigins: c.CORS_ORIGINS,
    limits: {
      depth: c.MAX_DEPTH,
      aliases: c.MAX_ALIASES,
      directives: c.MAX_DIRECTIVES,
      tokens: c.MAX_TOKENS,
      cost: c.MAX_COST,
      textChars: c.MAX_TEXT_CHARS,
    },
    statementTimeoutMs: c.STATEMENT_TIMEOUT_MS,
    maxJsonBytes: Math.round(c.MAX_JSON_MB * 1024 * 1024),
    allowedHosts: allowedHosts(c.ALLOWED_HOSTS, c.HOST, c.PUBLIC_URL),
    introspection: c.INTROSPECTION === 'on',
    // suggestions name fields, which introspection shows anyway; off with it unless set apart
    fieldSuggestions: (c.FIELD_SUGGESTIONS ?? c.INTROSPECTION) === 'on',
    stackTraces: c.STACK_TRACES === 'on',
    uploadTimeoutMs: Math.round(c.UPLOAD_TIMEOUT_S * 1000),
    uploadRetentionMs: Math.round(c.UPLOAD_RETENTION_DAYS * 24 * 3600 * 1000),
    leaseTimeoutMs: Math.round(c.LEASE_TIMEOUT_S * 1000),
    answerCacheBytes: Math.round(c.ANSWER_CACHE_MB * 1024 * 1024),
    answerCacheMaxEntryBytes: Math.round(c.ANSWER_CACHE_MAX_ENTRY_MB * 1024 * 1024),
    redis: c.REDIS_URL ? { url: c.REDIS_URL, keyPrefix: c.REDIS_KEY_PREFIX } : null,
    auth: c.AUTH === 'on',
    readsNeedKey: c.AUTH === 'on' && c.NODE_ENV === 'production' && c.PUBLIC_READ === 'off',
    maxPartBytes: Math.round(c.MAX_PART_MB * 1024 * 1024),
    reportMaxInflatedBytes: Math.round(c.REPORT_MAX_INFLATED_MB * 1024 * 1024),
    importConcurrency: c.IMPORT_CONCURRENCY,
    importQueue: c.IMPORT_QUEUE,
    importTimeoutMs: Math.round(c.IMPORT_TIMEOUT_S * 1000),
    importThreadMemoryMb: c.IMPORT_THREAD_MEMORY_MB,
    importThreadIdleMs: Math.round(c.IMPORT_THREAD_IDLE_S * 1000),
    importWorkers: c.IMPORT_WORKERS,
    frameAncestors: c.FRAME_ANCESTORS,
    metricsToken: c.METRICS_TOKEN ?? null,
    otlpEndpoint: c.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
  };
}

/** The loopback names, the address the server listens on and the public URL's host, or a list. */
function allowedHosts(list: string | undefined, host: string, publicUrl: string | undefined) {
  if (list) {
    return list
      .split(',')
      .map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\[|\]$/g, ''),
      )
      .filter(Boolean);
  }
  const hosts = ['localhost', '127.0.0.1', '::1'];
  if (!['0.0.0.0', '::'].includes(host)) {
    hosts.push(host.toLowerCase());
  }
  if (publicUrl) {
    hosts.push(new URL(publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  }
  return [...new Set(hosts)];
}
