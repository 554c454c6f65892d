import type { Command } from 'commander';
import { registerBiUserCommand } from './bi-user.command';
import { registerImportCommand } from './import.command';
import { registerTemplateCommand } from './template.command';

/** Feature commands (import, template, bi-user) register themselves here. */
export const CLI_COMMANDS: ((program: Command) => void)[] = [
  registerImportCommand,
  registerTemplateCommand,
  registerBiUserCommand,
];
