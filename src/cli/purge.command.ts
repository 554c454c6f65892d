import type { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { purgeSuperseded, type PurgedBatch } from '../import/write/retention';
import { LEDGER_SHEETS } from '../modules';

interface PurgeOptions {
  superseded?: boolean;
  before?: string;
  dryRun?: boolean;
}

/**
 * `sports-ledger purge --superseded [--before DATE] [--dry-run]`: removes the fact rows of
 * superseded batches (history nothing counts any more) and prints what it removed, or with
 * --dry-run what it would remove. Exit 0, or 2 for a usage error.
 */
export function registerPurgeCommand(program: Command): void {
  program
    .command('purge')
    .description('(operators) remove the rows of superseded batches, printing what was removed')
    .option('--superseded', 'the rows of batches a later ledger replaced (required)')
    .option('--before <date>', 'only batches finished before this date (YYYY-MM-DD)')
    .option('--dry-run', 'print what would be removed, remove nothing')
    .action(async (opts: PurgeOptions) => {
      process.exitCode = await purge(opts);
    });
}

async function purge(opts: PurgeOptions): Promise<number> {
  if (!opts.superseded) {
    process.stderr.write('purge: say what to purge: --superseded\n');
    return 2;
  }
  const before = opts.before === undefined ? null : new Date(opts.before);
  if (before && Number.isNaN(before.getTime())) {
    process.stderr.write(`purge: --before must be a date (YYYY-MM-DD), got "${opts.before}"\n`);
    return 2;
  }
  const config = loadConfig();
  // stdout carries what was removed; the log goes to stderr
  const log = pino({ level: 'warn' }, pino.destination({ dest: 2, sync: true }));
  const db = await openDatabase(config, log);
  try {
    await migrate(db.orm, log);
    const knex = db.orm.em.getConnection().getKnex();
    const purged = await purgeSuperseded(knex, LEDGER_SHEETS, { before, dryRun: opts.dryRun });
    process.stdout.write(summary(purged, Boolean(opts.dryRun)));
    return 0;
  } finally {
    await db.close();
  }
}

function summary(purged: PurgedBatch[], dryRun: boolean): string {
  const verb = dryRun ? 'would remove' : 'removed';
  const lines = purged.map((b) => {
    const rows = Object.entries(b.rows).map(([table, n]) => `${n} ${table}`);
    return `batch ${b.id} ${b.fileName} (finished ${b.finishedAt}): ${verb} ${rows.join(', ') || 'no'} rows`;
  });
  const total = purged.reduce((n, b) => n + Object.values(b.rows).reduce((a, c) => a + c, 0), 0);
  lines.push(
    `${dryRun ? 'dry run: ' : ''}${purged.length} superseded batch(es), ${total} row(s) ${verb}`,
  );
  return `${lines.join('\n')}\n`;
}
