import type { Command } from 'commander';
import { workerMain } from '../worker';

/** `sports-ledger worker`: runs queued imports until told to stop (docs/scaling.md). */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run queued imports (needs DATABASE_URL; stops gracefully on SIGTERM)')
    .action(workerMain);
}
