import path from 'node:path';
import { checkedEnv, envSchema } from './config-env';

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
    Object.keys(envSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = checkedEnv.safeParse(blankToUndefined);
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
