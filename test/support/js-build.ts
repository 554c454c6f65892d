import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
/** What is compiled: the application and the scripts the tests run in child processes. */
const TREES = ['src', 'test/support'];

/**
 * `src/` and `test/support/` compiled file by file with the project's compiler options, as
 * `ts-node --transpile-only` compiles each module it loads (`ts.transpileModule`, no type check):
 * the same JavaScript, made once per test run (global-setup.ts) rather than again in every
 * process and thread that loads the application — the CLI and server processes the tests start,
 * the scripts under test/support, and the server's import threads (`startServer`'s
 * `compiledSrc`), each of which would otherwise spend seconds compiling it. The copy lives under
 * the clone (git-ignored), so packages resolve from its node_modules.
 */
export class JsBuild {
  private constructor(readonly dir: string) {}

  /** The compiled copy of src/. */
  get src(): string {
    return path.join(this.dir, 'src');
  }

  /** The CLI's entry point (what `npm run cli` runs). */
  get cliEntry(): string {
    return path.join(this.dir, 'src/cli/index.js');
  }

  /** The server's entry point (what `npm start` runs). */
  get serverEntry(): string {
    return path.join(this.dir, 'src/main.js');
  }

  /** A script under test/support, by its TypeScript name (`write-big-ledger.ts`). */
  script(name: string): string {
    return path.join(this.dir, 'test/support', name.replace(/\.ts$/, '.js'));
  }

  /**
   * Compiles this run's copy (`runId`: the jest process's pid); global-setup.ts names it in
   * TEST_JS_DIR for the test files. Copies that runs stopped before their teardown left go.
   */
  static async make(runId: string): Promise<JsBuild> {
    const parent = path.join(ROOT, 'test-artifacts');
    const dir = path.join(parent, `js-${runId}`);
    await rm(dir, { recursive: true, force: true });
    await removeLeftovers(parent);
    const options = compilerOptions();
    for (const tree of TREES) {
      await compileTree(path.join(ROOT, tree), path.join(dir, tree), options);
    }
    return new JsBuild(dir);
  }

  /** The run's copy, made by global-setup.ts. */
  static ofRun(): JsBuild {
    const dir = process.env.TEST_JS_DIR;
    if (!dir) {
      throw new Error('TEST_JS_DIR is unset: run the tests through jest (globalSetup)');
    }
    return new JsBuild(dir);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function removeLeftovers(parent: string): Promise<void> {
  const entries = await readdir(parent).catch(() => []);
  for (const name of entries) {
    const pid = /^js-(\d+)$/.exec(name)?.[1];
    if (pid && !running(Number(pid))) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds the pid
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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
