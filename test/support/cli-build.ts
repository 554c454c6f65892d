import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

/**
 * `src/` compiled file by file with the project's compiler options, as `ts-node --transpile-only`
 * compiles each module it loads (`ts.transpileModule`, no type check): the same JavaScript, made
 * once per test file rather than once per CLI process and again in each process's reading
 * thread. A test that starts seven CLI processes side by side saves most of their start-up.
 * The copy lives under the clone (git-ignored), so packages resolve from its node_modules.
 */
export class CliBuild {
  private constructor(readonly dir: string) {}

  /** The CLI's entry point in the build. */
  get entry(): string {
    return path.join(this.dir, 'src/cli/index.js');
  }

  static async make(): Promise<CliBuild> {
    const dir = path.join(ROOT, 'test-artifacts', `cli-build-${process.pid}-${Date.now()}`);
    const options = compilerOptions();
    await compileTree(path.join(ROOT, 'src'), path.join(dir, 'src'), options);
    return new CliBuild(dir);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

function compilerOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return { ...options, sourceMap: false, inlineSourceMap: false, noEmit: false };
}

async function compileTree(from: string, to: string, options: ts.CompilerOptions): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      await compileTree(source, path.join(to, entry.name), options);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
        compilerOptions: options,
        fileName: source,
      });
      await writeFile(path.join(to, entry.name.replace(/\.ts$/, '.js')), outputText);
    } else {
      await copyFile(source, path.join(to, entry.name));
    }
  }
}
