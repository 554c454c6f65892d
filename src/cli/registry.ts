import type { Command } from 'commander';
import { registerBiUserCommand } from './bi-user.command';
import { registerImportCommand } from './import.command';
import { registerKeysCommand } from './keys.command';
import { registerPurgeCommand } from './purge.command';
import { registerTemplateCommand } from './template.command';
import { registerWorkerCommand } from './worker.command';

/** Feature commands (import, template, keys, purge, bi-user, worker) register themselves here. */
export const CLI_COMMANDS: ((program: Command) => void)[] = [
  registerImportCommand,
  registerTemplateCommand,
  registerKeysCommand,
  registerPurgeCommand,
  registerBiUserCommand,
  registerWorkerCommand,
];
