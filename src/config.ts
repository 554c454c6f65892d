import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  MAX_INFLATED_MB: z.coerce.number().positive().max(16384).default(512),
  // Uploads, retention, leases and the answer cache's budget (docs/operations.md): a trickling
  // upload is cut, a refused upload's bytes are not kept forever, a second server never fails a
  // live import, and the cache cannot grow past its bytes.
  UPLOAD_TIMEOUT_S: z.coerce.number().positive().max(3600).default(60),
  UPLOAD_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(7),
  LEASE_TIMEOUT_S: z.coerce.number().min(3).max(3600).default(30),
  ANSWER_CACHE_MB: z.coerce.number().min(0).max(65536).default(64),
  ANSWER_CACHE_MAX_ENTRY_MB: z.coerce.number().min(0).max(4096).default(4),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  maxUploadBytes: number;
  /** Inflated size a workbook may reach while it is read (zip-bomb guard). */
  maxInflatedBytes: number;
  /** How long one upload may take to arrive, and how long it may stall. */
  uploadTimeoutMs: number;
  /** How long a failed or dry-run upload's bytes are kept for its report. */
  uploadRetentionMs: number;
  /** A RUNNING batch whose heartbeat is older than this belongs to a process that is gone. */
  leaseTimeoutMs: number;
  answerCacheBytes: number;
  /** An answer larger than this is computed every time rather than kept. */
  answerCacheMaxEntryBytes: number;
}

export class ConfigError extends Error {}

/** Parses the environment once; every bad variable is named in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = schema.safeParse(blankToUndefined);
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
    dataDir: path.resolve(c.DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    maxUploadBytes,
    maxInflatedBytes: Math.round(c.MAX_INFLATED_MB * 1024 * 1024),
    uploadTimeoutMs: Math.round(c.UPLOAD_TIMEOUT_S * 1000),
    uploadRetentionMs: Math.round(c.UPLOAD_RETENTION_DAYS * 24 * 3600 * 1000),
    leaseTimeoutMs: Math.round(c.LEASE_TIMEOUT_S * 1000),
    answerCacheBytes: Math.round(c.ANSWER_CACHE_MB * 1024 * 1024),
    answerCacheMaxEntryBytes: Math.round(c.ANSWER_CACHE_MAX_ENTRY_MB * 1024 * 1024),
  };
}
