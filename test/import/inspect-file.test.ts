import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { InspectLimits } from '../../src/import/read/inspect-file';
import { inspectFile } from '../../src/import/read/inspect-file';
import { ImportRefusal } from '../../src/import/read/refusal';
import type { ZipPart } from '../support/fixtures';
import { JsBuild } from '../support/js-build';
import { fixturePath, writeCfb, writeZip, zerosPart, zipPart } from '../support/fixtures';

const MiB = 1024 * 1024;
const execFileAsync = promisify(execFile);
const LIMITS: InspectLimits = { maxBytes: 20 * MiB, maxInflatedBytes: 100 * MiB };
const WORKBOOK = zipPart('xl/workbook.xml', '<workbook><sheets/></workbook>');
// The entries of a password-protected .xlsx ([MS-OFFCRYPTO] 2.1, 2.3.4), storages included.
const ENCRYPTED_STREAMS = [
  '\u0006DataSpaces',
  'Version',
  'DataSpaceMap',
  'DataSpaceInfo',
  'StrongEncryptionDataSpace',
  'TransformInfo',
  'StrongEncryptionTransform',
  '\u0006Primary',
  'EncryptionInfo',
  'EncryptedPackage',
];

let dir: string;
let gibibyteOfZeros: ZipPart;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'inspect-file-'));
  gibibyteOfZeros = await zerosPart('xl/worksheets/sheet1.xml', 1024 * MiB);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function refusalOf(file: string, fileName = path.basename(file), limits = LIMITS) {
  const error = await inspectFile(file, fileName, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ImportRefusal)) {
    throw new Error(`expected an ImportRefusal, got ${String(error)}`);
  }
  return error;
}

async function zipOf(name: string, parts: ZipPart[]): Promise<string> {
  const file = path.join(dir, name);
  await writeZip(file, parts);
  return file;
}

// An empty sheet or a bad cell is the reader's business: the gate only asks if the file is readable.
it.each(['hedong-2022.xlsx', 'jinzhong-2021.xlsx', 'bad/empty.xlsx', 'bad/cell-errors.xlsx'])(
  'lets the well-formed workbook %s through as xlsx',
  async (name) => {
    await expect(inspectFile(fixturePath(name), name, LIMITS)).resolves.toEqual({ format: 'xlsx' });
  },
);

it('refuses a text file named .xlsx as not a workbook, saying what was expected', async () => {
  const refusal = await refusalOf(fixturePath('bad/not-a-workbook.xlsx'));
  expect(refusal.code).toBe('NOT_A_WORKBOOK');
  expect(refusal.message).toMatch(/text file.*\.xlsx/);
});

it('refuses half a zip as a damaged workbook', async () => {
  expect((await refusalOf(fixturePath('bad/damaged.xlsx'))).code).toBe('DAMAGED_WORKBOOK');
});

it('tells the clerk to save a legacy .xls as .xlsx in Excel or WPS', async () => {
  const refusal = await refusalOf(fixturePath('bad/legacy.xls'));
  expect(refusal.code).toBe('LEGACY_XLS');
  expect(refusal.message).toMatch(/Excel or WPS and save it as \.xlsx/);
});

it('asks for the password to be removed from an encrypted workbook', async () => {
  const file = path.join(dir, 'encrypted.xlsx');
  await writeCfb(file, ENCRYPTED_STREAMS);
  const refusal = await refusalOf(file);
  expect(refusal.code).toBe('ENCRYPTED_WORKBOOK');
  expect(refusal.message).toMatch(/remove the password/);
});

it.each([
  [['Workbook', '\u0005SummaryInformation'], 'LEGACY_XLS'],
  [['Book'], 'LEGACY_XLS'],
  [['WordDocument', '1Table'], 'NOT_A_WORKBOOK'],
])('tells compound files apart by their streams: %j is %s', async (streams, code) => {
  const file = path.join(dir, 'compound.xls');
  await writeCfb(file, streams);
  expect((await refusalOf(file)).code).toBe(code);
});

it('refuses a file over the upload limit before reading it, naming the limit', async () => {
  const file = path.join(dir, 'huge.xlsx');
  await writeFile(file, '');
  await truncate(file, 5 * 1024 * MiB); // sparse: 5 GiB on paper, nothing on disk
  const refusal = await refusalOf(file);
  expect(refusal.code).toBe('FILE_TOO_LARGE');
  expect(refusal.message).toContain('20 MB');
});

it.each([
  ['honest', undefined],
  ['lying', 1024],
])(
  'refuses a 1 GiB zip bomb with %s headers within seconds and in bounded memory',
  async (_headers, declaredSize) => {
    const file = await zipOf('bomb.xlsx', [WORKBOOK, { ...gibibyteOfZeros, declaredSize }]);
    // Above the RSS bound, so a reader that buffered what it inflated would fail the bound too.
    // Run in a process of its own: the bound is on a process doing the inspection, not on a
    // jest worker that has already run other files.
    const { stdout } = await execFileAsync(process.execPath, [
      JsBuild.ofRun().script('inspect-child.ts'),
      file,
      String(768 * MiB),
    ]);
    const outcome = JSON.parse(stdout) as {
      code: string;
      message: string;
      seconds: number;
      maxRssBytes: number;
    };
    expect(outcome.code).toBe('ZIP_BOMB');
    expect(outcome.message).toContain('768 MB');
    expect(outcome.seconds).toBeLessThan(20);
    expect(outcome.maxRssBytes).toBeLessThan(512 * MiB);
  },
);

it('adds up what every part inflates to, so many modest parts cannot pass the limit', async () => {
  const part = await zerosPart('xl/media/image.bin', 30 * MiB);
  const parts = [WORKBOOK, ...[1, 2, 3, 4].map((n) => ({ ...part, name: `xl/media/${n}.bin` }))];
  const file = await zipOf('many.xlsx', parts);
  expect((await refusalOf(file)).code).toBe('ZIP_BOMB');
  await expect(
    inspectFile(file, 'many.xlsx', { ...LIMITS, maxInflatedBytes: 121 * MiB }),
  ).resolves.toEqual({
    format: 'xlsx',
  });
});

it('refuses a zip with more parts than allowed', async () => {
  const file = await zipOf('parts.xlsx', [WORKBOOK, zipPart('a', 'a'), zipPart('b', 'b')]);
  const refusal = await refusalOf(file, 'parts.xlsx', { ...LIMITS, maxEntries: 2 });
  expect(refusal.code).toBe('ZIP_BOMB');
  expect(refusal.message).toContain('2 internal parts');
});

it.each([
  ['a Word document', [zipPart('word/document.xml', '<w:document/>')], 'NOT_A_WORKBOOK', /Word/],
  [
    'a workbook without its workbook part',
    [zipPart('xl/styles.xml', '<styleSheet/>')],
    'DAMAGED_WORKBOOK',
    /xl\/workbook\.xml/,
  ],
  ['a binary workbook', [zipPart('xl/workbook.bin', 'BIFF12')], 'UNSUPPORTED_FILE_TYPE', /\.xlsb/],
  ['a plain zip archive', [zipPart('readme.txt', 'hello')], 'NOT_A_WORKBOOK', /zip archive/],
])('refuses %s', async (_, parts, code, message) => {
  const refusal = await refusalOf(await zipOf('other.xlsx', parts));
  expect(refusal.code).toBe(code);
  expect(refusal.message).toMatch(message);
});

it('refuses a zip whose compressed data is corrupt as damaged', async () => {
  const corrupt = { ...WORKBOOK, deflated: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]) };
  expect((await refusalOf(await zipOf('corrupt.xlsx', [corrupt]))).code).toBe('DAMAGED_WORKBOOK');
});

it('accepts text as csv only when the file is named .csv', async () => {
  const file = path.join(dir, 'ledger.csv');
  await writeFile(file, '序号,名称\n1,健身步道\n');
  await expect(inspectFile(file, '河东区.CSV', LIMITS)).resolves.toEqual({ format: 'csv' });
  expect((await refusalOf(file, 'ledger.txt')).code).toBe('NOT_A_WORKBOOK');
});

it('refuses binary content named .csv as not a workbook', async () => {
  const file = path.join(dir, 'image.csv');
  await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  expect((await refusalOf(file)).code).toBe('NOT_A_WORKBOOK');
});

it('refuses an empty file as an empty workbook', async () => {
  const file = path.join(dir, 'empty.xlsx');
  await writeFile(file, '');
  expect((await refusalOf(file)).code).toBe('EMPTY_WORKBOOK');
});
