import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startServer, type Running } from '../../src/start-server';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { JsBuild } from './js-build';

/**
 * Another server on an existing test database (startTestApp would make a fresh one): to run with
 * other settings beside the test app, or to start the application again after a crash.
 */
export function startServerOn(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Running> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sports-ledger-data-'));
  const base = { DATABASE_URL: databaseUrl, PORT: '0', DATA_DIR: dataDir };
  const config = loadConfig({ ...process.env, ...base, ...env });
  return startServer(config, createLogger('silent'), { compiledSrc: JsBuild.ofRun().src });
  // A database of the test app already has its admin key: send it (`{ ...running, key }`).
}
