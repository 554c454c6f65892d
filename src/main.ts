// first: tracing (when it is on) must patch http, express, graphql and pg before they load
import { stopTracing } from './tracing';
import 'reflect-metadata';
import { startServer } from './start-server';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** Process entry: config → database → schema → HTTP server, and a graceful stop on signals. */
export async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const running = await startServer(config, log);
  log.info(`sports-ledger is serving GraphiQL at ${running.url}/graphql`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log.info({ signal, graceSeconds: config.shutdownGraceMs / 1000 }, 'stopping');
    try {
      await running.stop();
      await stopTracing();
    } catch (error) {
      log.error({ err: error }, 'the stop did not complete');
      process.exit(1);
    }
    log.info('stopped');
    process.exit(0);
  };
  // A second signal while stopping gets the default action (the process ends at once): an
  // operator who presses Ctrl-C twice means it. Any running import's transaction then rolls back
  // and its batch is marked FAILED at the next start.
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `sports-ledger could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
