import type { Command } from 'commander';

/** Feature commands (import, template) register themselves here. */
export const CLI_COMMANDS: ((program: Command) => void)[] = [];
