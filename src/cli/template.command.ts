import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { LEDGER_SHEETS } from '../modules';
import type { SheetDefinition } from '../modules/common/sheet-definition';
import { buildTemplate } from '../import/template/template';
import {
  findTemplateKind,
  knownKindNames,
  templateFileName,
} from '../import/template/template-kinds';

/**
 * `sports-ledger template KIND -o FILE.xlsx` writes a blank ledger; `template all -o DIR` writes
 * the four (as imports/templates/ holds them). Exit 2 for an unknown kind.
 */
export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description('write a blank ledger with headers, units and drop-down lists')
    .argument('<kind>', `${knownKindNames(LEDGER_SHEETS)}, or all`)
    .option(
      '-o, --output <path>',
      'the .xlsx file (a directory for "all"); default: its Chinese name',
    )
    .action(async (kind: string, opts: { output?: string }) => {
      process.exitCode = await writeTemplates(kind, opts.output);
    });
}

async function writeTemplates(kind: string, output: string | undefined): Promise<number> {
  if (kind.toLowerCase() === 'all') {
    const dir = output ?? '.';
    await fs.mkdir(dir, { recursive: true });
    for (const definition of LEDGER_SHEETS) {
      await writeOne(definition, path.join(dir, templateFileName(definition.kind)));
    }
    return 0;
  }
  const definition = findTemplateKind(kind, LEDGER_SHEETS);
  if (!definition) {
    process.stderr.write(
      `unknown ledger kind "${kind}": use one of ${knownKindNames(LEDGER_SHEETS)}, or all\n`,
    );
    return 2;
  }
  const name = templateFileName(definition.kind);
  const isDir = output
    ? await fs.stat(output).then(
        (s) => s.isDirectory(),
        () => false,
      )
    : false;
  await writeOne(definition, !output ? name : isDir ? path.join(output, name) : output);
  return 0;
}

async function writeOne(definition: SheetDefinition, file: string): Promise<void> {
  await fs.writeFile(file, await buildTemplate(definition));
  process.stdout.write(`${file}\n`);
}
