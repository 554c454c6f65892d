import { startServer, type Running } from '../../src/start-server';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

/**
 * Another server on an existing test database (startTestApp would make a fresh one): to run with
 * other settings beside the test app, or to start the application again after a crash.
 */
export function startServerOn(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Running> {
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, PORT: '0', ...env });
  return startServer(config, createLogger('silent'));
}
