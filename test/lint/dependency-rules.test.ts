import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The project's own rules, run by dependency-cruiser's CLI (version 17 is ES modules only, which
// ts-jest's CommonJS cannot load) against small trees written here that mimic src/.
const ROOT = path.resolve(__dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const CLI = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

type Tree = Record<string, string>;

/** The same small house twice: once with every arrow downwards, once with wrong ones added. */
const DOWNWARDS: Tree = {
  'src/config.ts': 'export const config = { port: 4000 };\n',
  'src/regions/region.ts': 'export interface Region { code: string; parent?: Region }\n',
  'src/modules/common/sheet.ts':
    "import type { Region } from '../../regions/region';\nexport interface Sheet { region: Region }\n",
  'src/modules/facility/facility.sheet.ts':
    "import type { Sheet } from '../common/sheet';\nexport const facilitySheet: Sheet | null = null;\n",
  'src/modules/index.ts': "export { facilitySheet } from './facility/facility.sheet';\n",
  'src/import/import-ledger.ts':
    "import { facilitySheet } from '../modules';\nexport const importLedger = () => facilitySheet;\n",
  'src/http/import.routes.ts':
    "import { importLedger } from '../import/import-ledger';\nexport const route = importLedger;\n",
  'src/main.ts': "import { route } from './http/import.routes';\nexport const main = route;\n",
};

const WRONG_WAY: Tree = {
  ...DOWNWARDS,
  // Common reaching into a feature.
  'src/modules/common/sheet.ts':
    "import type { Region } from '../../regions/region';\nimport { KINDS } from '../facility/facility-kinds';\nexport interface Sheet { region: Region }\nexport const kinds = KINDS;\n",
  'src/modules/facility/facility-kinds.ts': "export const KINDS = ['体育场'];\n",
  // The pipeline reaching into transport.
  'src/import/import-ledger.ts':
    "import { facilitySheet } from '../modules';\nimport { csrf } from '../http/csrf';\nexport const importLedger = () => [facilitySheet, csrf];\n",
  'src/http/csrf.ts': 'export const csrf = true;\n',
  // A cycle made of type-only imports.
  'src/regions/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
  'src/regions/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
};

function writeTree(dir: string, tree: Tree): void {
  const files: Tree = {
    ...tree,
    'package.json': '{ "name": "layers-fixture", "private": true }\n',
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'commonjs', moduleResolution: 'node', strict: true, types: [] },
      include: ['src'],
    }),
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

/** Runs the project's config over `dir/src`; the CLI exits with the number of errors. */
function cruise(dir: string): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'src', '--config', CONFIG, '--output-type', 'json'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations);
      } catch {
        reject(new Error(`dependency-cruiser gave no report: ${err || out}`));
      }
    });
  });
}

const arrows = (violations: Violation[]) =>
  violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the layer rules of .dependency-cruiser.cjs', () => {
  let tmp: string;
  let wrongWay: Violation[];
  let downwards: Violation[];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'sports-ledger-layers-'));
    writeTree(path.join(tmp, 'wrong-way'), WRONG_WAY);
    writeTree(path.join(tmp, 'downwards'), DOWNWARDS);
    [wrongWay, downwards] = await Promise.all([
      cruise(path.join(tmp, 'wrong-way')),
      cruise(path.join(tmp, 'downwards')),
    ]);
  }, 30000);

  afterAll(() => {
    if (tmp) {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('reports Common importing a feature as common-knows-no-feature', () => {
    expect(arrows(wrongWay)).toContain(
      'common-knows-no-feature: src/modules/common/sheet.ts → src/modules/facility/facility-kinds.ts',
    );
  });

  it('reports the pipeline importing an HTTP module as import-never-imports-transport', () => {
    expect(arrows(wrongWay)).toContain(
      'import-never-imports-transport: src/import/import-ledger.ts → src/http/csrf.ts',
    );
  });

  it('reports a cycle made only of type imports as no-circular', () => {
    const cycles = wrongWay.filter((v) => v.rule.name === 'no-circular');
    expect(cycles).toHaveLength(1);
    expect([cycles[0].from, cycles[0].to].sort()).toEqual(['src/regions/a.ts', 'src/regions/b.ts']);
  });

  it('reports each wrong arrow once, as an error, and nothing else', () => {
    expect(new Set(wrongWay.map((v) => v.rule.name))).toEqual(
      new Set(['common-knows-no-feature', 'import-never-imports-transport', 'no-circular']),
    );
    expect(wrongWay.every((v) => v.rule.severity === 'error')).toBe(true);
    expect(wrongWay).toHaveLength(3);
  });

  it('reports nothing for the same tree when every arrow points downwards', () => {
    expect(downwards).toEqual([]);
  });
});
