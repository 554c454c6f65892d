import type { Command } from 'commander';
import { registerImportCommand } from './import.command';
import { registerKeysCommand } from './keys.command';
import { registerPurgeCommand } from './purge.command';
import { registerTemplateCommand } from './template.command';

/** Feature commands (import, template, keys) register themselves here. */
export const CLI_COMMANDS: ((program: Command) => void)[] = [
  registerImportCommand,
  registerTemplateCommand,
  registerKeysCommand,
  registerPurgeCommand,
];
