// Run as a child process, so that its environment (TMPDIR) is the importer's own: imports the
// given ledgers several times at once, dry runs first, then for real, and prints each batch.
import { basename } from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/start-server';

const DRY_RUNS_EACH = 3;

async function main(): Promise<void> {
  const [databaseUrl, ...files] = process.argv.slice(2);
  // the importer is called directly, as the CLI does: no key, and none to make
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, PORT: '0', AUTH: 'off' });
  const running = await startServer(config, createLogger('silent'));
  try {
    const { importer, db } = running.services;
    const run = (file: string, dryRun: boolean) =>
      importer.run({ path: file, fileName: basename(file) }, { dryRun });
    const copies = Array.from({ length: DRY_RUNS_EACH }, () => files).flat();
    const dry = await Promise.all(copies.map((file) => run(file, true)));
    const real = await Promise.all(files.map((file) => run(file, false)));
    const { rows } = await db.raw(
      `select id, file_name, status, dry_run, rows_imported, report->'errors' as errors
       from import_batch where id = any(?) order by id`,
      [[...dry, ...real]],
    );
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } finally {
    await running.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
