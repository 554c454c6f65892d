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
  // Keys (decisions §10, docs/keys.md): writes need a key unless AUTH=off (a laptop); reads need
  // one only in production (the Docker image sets NODE_ENV), unless PUBLIC_READ=on.
  AUTH: z.enum(['on', 'off']).default('on'),
  PUBLIC_READ: z.enum(['on', 'off']).default('off'),
  NODE_ENV: z.string().default('development'),
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
  /** Whether writes need a key (AUTH). */
  auth: boolean;
  /** Whether reads need a key too: in production unless PUBLIC_READ=on; never with AUTH=off. */
  readsNeedKey: boolean;
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
    auth: c.AUTH === 'on',
    readsNeedKey: c.AUTH === 'on' && c.NODE_ENV === 'production' && c.PUBLIC_READ === 'off',
  };
}
