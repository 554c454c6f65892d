import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { migrate, openDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createServices } from '../../src/services';

/** One full import (read → … → commit) of a file, in its own process so its peak RSS is its own. */
async function main(file: string): Promise<void> {
  const config = loadConfig({ ...process.env, MAX_UPLOAD_MB: '1024', MAX_INFLATED_MB: '16384' });
  const log = createLogger('warn');
  const db = await openDatabase(config, log);
  await migrate(db.orm, log);
  const services = createServices(config, log, db.orm, { inProcess: true });
  // Earlier runs' batches would make this one an identical file: remove them and their rows.
  const earlier = `select id from import_batch where file_name = 'bench.xlsx'`;
  await services.db.raw(`delete from facility where batch_id in (${earlier})`);
  await services.db.raw(`delete from import_scope where batch_id in (${earlier})`);
  await services.db.raw(`delete from import_batch where file_name = 'bench.xlsx'`);
  // As autovacuum would have by the time a clerk uploads again: no dead rows in the way.
  await services.db.raw('vacuum analyze facility, facility_agg, import_scope');
  const baseRss = process.resourceUsage().maxRSS / 1024;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  const stages: Record<string, number> = {};
  const id = await services.importer.run(
    { path: file, fileName: 'bench.xlsx' },
    { onStage: (stage) => (stages[stage] = since()) },
  );
  const seconds = since();
  const used = process.cpuUsage(cpuBefore);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const { rows } = await services.db.raw(
    'select status, rows_imported, report from import_batch where id = ?',
    [id],
  );
  const batch = rows[0];
  await db.close();
  process.stdout.write(
    `${JSON.stringify({ status: batch.status, rows: batch.rows_imported, errors: batch.report.errors.slice(0, 3), seconds, inspectSeconds: stages.reading, readSeconds: stages.committing - stages.reading, commitSeconds: seconds - stages.committing, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeImportMb: baseRss })}\n`,
  );
}

void main(process.argv[2]);
