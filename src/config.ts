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
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(50),
  MAX_INFLATED_MB: z.coerce.number().positive().max(16384).default(512),
  // Hostile files and imports off the main thread (docs/files.md): the inflated size of any zip
  // part other than cells, the inflated size a report may be marked up from (exceljs holds it
  // whole), how many imports run at once (one worker thread each), how many wait, and the time
  // an import may take before its worker is stopped and the batch ends FAILED.
  MAX_PART_MB: z.coerce.number().positive().max(16384).default(32),
  REPORT_MAX_INFLATED_MB: z.coerce.number().positive().max(16384).default(128),
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  IMPORT_QUEUE: z.coerce.number().int().min(0).max(10000).default(8),
  IMPORT_TIMEOUT_S: z.coerce.number().positive().max(86400).default(600),
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
  /** Inflated size of one zip part other than worksheets and shared strings. */
  maxPartBytes: number;
  /** Inflated size an upload may have for its report workbook to be marked up. */
  reportMaxInflatedBytes: number;
  /** Imports running at once, each in a worker thread; more wait in a queue of `importQueue`. */
  importConcurrency: number;
  importQueue: number;
  /** Milliseconds an import may run before its worker is stopped (the batch ends FAILED). */
  importTimeoutMs: number;
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
    maxPartBytes: Math.round(c.MAX_PART_MB * 1024 * 1024),
    reportMaxInflatedBytes: Math.round(c.REPORT_MAX_INFLATED_MB * 1024 * 1024),
    importConcurrency: c.IMPORT_CONCURRENCY,
    importQueue: c.IMPORT_QUEUE,
    importTimeoutMs: Math.round(c.IMPORT_TIMEOUT_S * 1000),
  };
}
