import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

// Regression test for exceljs 4.4.0's streaming reader decoding every chunk on its own, which
// turned multi-byte UTF-8 characters split across chunk boundaries into U+FFFD
// (exceljs issues #2063 and #2316). Fixed by patches/exceljs+4.4.0.patch.
//
// The write/read round trip runs in a worker thread that loads this same file through ts-node:
// inside jest's vm sandbox every global lookup goes through a proxy (jestjs/jest#15502), which
// makes exceljs about 7 times slower (90 s instead of 20 s for the two round trips).

const ROWS = 200_000;
const COLUMNS = 3;
const SHEET_NAME = '体育局台账';
const REPLACEMENT_CHARACTER = '\uFFFD';

const PUNCTUATION = [...'，。、；：？！「」『』《》（）【】—…·'];
const TWO_BYTE = [...'·×÷°±§¥éü'];
const ASCII = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-/.'];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function randomCharacter(random: () => number): string {
  const kind = random();
  if (kind < 0.75) {
    // CJK Unified Ideographs (3 bytes in UTF-8)
    return String.fromCharCode(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00 + 1)));
  }
  if (kind < 0.85) {
    return pick(PUNCTUATION, random);
  }
  if (kind < 0.9) {
    return pick(ASCII, random);
  }
  if (kind < 0.94) {
    return pick(TWO_BYTE, random);
  }
  if (kind < 0.97) {
    // full-width digits (3 bytes in UTF-8)
    return String.fromCharCode(0xff10 + Math.floor(random() * 10));
  }
  // CJK Extension B, e.g. rare characters in personal names (4 bytes in UTF-8, surrogate pair)
  return String.fromCodePoint(0x20000 + Math.floor(random() * 0xa6d7));
}

/** Deterministic text of a cell, so it can be regenerated instead of kept in memory. */
function cellText(row: number, column: number): string {
  const random = mulberry32(Math.imul(row, 0x9e3779b1) ^ Math.imul(column, 0x85ebca6b));
  const length = random() < 0.02 ? 100 + Math.floor(random() * 200) : 1 + Math.floor(random() * 30);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text += randomCharacter(random);
  }
  return text;
}

async function writeLedger(filename: string, useSharedStrings: boolean): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useSharedStrings,
    useStyles: false,
  });
  const worksheet = workbook.addWorksheet(SHEET_NAME);
  for (let row = 1; row <= ROWS; row += 1) {
    const values: string[] = [];
    for (let column = 1; column <= COLUMNS; column += 1) {
      values.push(cellText(row, column));
    }
    worksheet.addRow(values).commit();
  }
  worksheet.commit();
  await workbook.commit();
}

interface ReadResult {
  sheetNames: string[];
  rowsRead: number;
  cellsRead: number;
  mismatchedCells: number;
  cellsWithReplacementCharacter: number;
  firstMismatches: { address: string; expected: string; actual: unknown }[];
}

async function readLedger(filename: string): Promise<ReadResult> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filename, {
    entries: 'emit',
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  const result: ReadResult = {
    sheetNames: [],
    rowsRead: 0,
    cellsRead: 0,
    mismatchedCells: 0,
    cellsWithReplacementCharacter: 0,
    firstMismatches: [],
  };
  for await (const worksheet of reader) {
    // `name` is set by the reader but missing from exceljs's type declarations
    result.sheetNames.push((worksheet as unknown as { name: string }).name);
    for await (const row of worksheet) {
      result.rowsRead += 1;
      for (let column = 1; column <= COLUMNS; column += 1) {
        const cell = row.getCell(column);
        const actual = cell.value;
        const expected = cellText(row.number, column);
        result.cellsRead += 1;
        if (typeof actual === 'string' && actual.includes(REPLACEMENT_CHARACTER)) {
          result.cellsWithReplacementCharacter += 1;
        }
        if (actual !== expected) {
          result.mismatchedCells += 1;
          if (result.firstMismatches.length < 3) {
            result.firstMismatches.push({ address: cell.address, expected, actual });
          }
        }
      }
    }
  }
  return result;
}

const ROUND_TRIP_ROLE = 'exceljs-utf8-round-trip';

interface RoundTripRequest {
  role: typeof ROUND_TRIP_ROLE;
  filename: string;
  useSharedStrings: boolean;
}

async function roundTrip({ filename, useSharedStrings }: RoundTripRequest): Promise<ReadResult> {
  await writeLedger(filename, useSharedStrings);
  return readLedger(filename);
}

function roundTripInWorker(filename: string, useSharedStrings: boolean): Promise<ReadResult> {
  const request: RoundTripRequest = { role: ROUND_TRIP_ROLE, filename, useSharedStrings };
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, {
      execArgv: ['--require', require.resolve('ts-node/register/transpile-only')],
      env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '..', '..', 'tsconfig.json') },
      workerData: request,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`round-trip worker exited with code ${code}`)));
  });
}

const request = workerData as Partial<RoundTripRequest> | null;
if (request?.role === ROUND_TRIP_ROLE) {
  // a rejection is unhandled, which ends the worker and fails the test through its 'error' event
  void roundTrip(request as RoundTripRequest).then((result) => parentPort?.postMessage(result));
} else {
  describe('exceljs streaming WorkbookReader with Chinese text', () => {
    let directory: string;

    beforeAll(() => {
      directory = mkdtempSync(join(tmpdir(), 'exceljs-utf8-'));
    });

    afterAll(() => {
      rmSync(directory, { recursive: true, force: true });
    });

    it.each([
      ['are stored in the cells', false],
      ['are in the shared strings table', true],
    ])(
      'reads back every cell of a 200,000-row ledger exactly when its strings %s',
      async (_variant, useSharedStrings) => {
        const filename = join(directory, `ledger-${useSharedStrings ? 'shared' : 'inline'}.xlsx`);

        const result = await roundTripInWorker(filename, useSharedStrings);

        expect(result).toEqual({
          sheetNames: [SHEET_NAME],
          rowsRead: ROWS,
          cellsRead: ROWS * COLUMNS,
          mismatchedCells: 0,
          cellsWithReplacementCharacter: 0,
          firstMismatches: [],
        });
      },
    );
  });
}
