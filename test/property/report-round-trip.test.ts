import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { BatchJson } from '../../src/modules/import-batch/batch-json';
import {
  AcceptanceEventsDocument,
  AcceptanceFacilitiesDocument,
  AcceptanceImportLedgerDocument,
} from '../support/generated/graphql';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { gqlUploadData, postImport } from '../support/uploads';
import { makeMistake, mistakes, type Mistake } from './ledger-mistakes';
import { FIRST_DATA_ROW, ledgers, REGION, YEAR, type Ledger } from './ledger-sheets';

// The correction loop as a clerk runs it: upload (a dry run) a ledger with one wrong cell,
// download the report workbook, put the right value into the marked cell, upload the report
// as it is (its 导入问题 sheet included). What is committed must be, fact by fact, what the
// ledger stands for — whatever notation each cell used and however exceljs rewrote the file.

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let runs = 0;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('report-round-trip')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** Uploads the ledger with its mistake as a dry run and downloads the batch's report workbook. */
async function reportOf(
  sheets: Ledger['sheets'],
  mistake: Mistake,
): Promise<{ report: ExcelJS.Workbook; batch: BatchJson }> {
  runs += 1;
  const file = await writeWorkbook(scratch.file(`ledger-${runs}.xlsx`), sheets);
  const { status, body } = await postImport(
    app,
    file,
    { dryRun: 'true' },
    `祁县${YEAR}年台账.xlsx`,
  );
  expect(status).toBe(422);
  expect(body.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
    [mistake.sheet, mistake.row, mistake.column],
  ]);
  const response = await fetch(`${app.url}/imports/${body.id}/report.xlsx`);
  expect(response.status).toBe(200);
  const report = new ExcelJS.Workbook();
  await report.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return { report, batch: body };
}

async function committedFacts() {
  const filter = { regions: [REGION], years: [YEAR], includeDescendants: false };
  const [{ facilities }, { events }] = await Promise.all([
    app.gql(AcceptanceFacilitiesDocument, { filter }),
    app.gql(AcceptanceEventsDocument, { filter }),
  ]);
  // The date precisions are not in the schema yet: they are read from the tables.
  const precision = async (table: string, column: string) =>
    new Map(
      (
        await app.sql<{ name: string; precision: string | null }>(
          `select name, ${column} as precision from ${table}
           where region_code = ? and year = ? and current`,
          [REGION, YEAR],
        )
      ).map((r) => [r.name, r.precision]),
    );
  const [completed, started] = await Promise.all([
    precision('facility', 'completed_precision'),
    precision('event', 'start_precision'),
  ]);
  return {
    facilities: facilities!.nodes.map((f) => ({
      ...pick(f, ['name', 'type', 'projectType', 'status', 'quantity', 'investmentYuan']),
      ...pick(f, ['areaM2', 'lengthKm', 'completedOn', 'notes']),
      completedPrecision: completed.get(f.name) ?? null,
      approximateFields: [...f.approximateFields!].sort(),
    })),
    events: events!.nodes.map((e) => ({
      ...pick(e, ['name', 'startDate', 'endDate', 'level', 'category', 'format']),
      ...pick(e, ['participants', 'organizer', 'notes']),
      startPrecision: started.get(e.name) ?? null,
      approximateFields: [...e.approximateFields!].sort(),
    })),
  };
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}

const byName = <T extends { name: string }>(facts: T[]) =>
  [...facts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

// Each run uploads twice, and each upload starts a reading thread: runs are few (each ledger
// holds up to 12 rows of a kind, so the cells tried stay as many), and on a loaded machine
// fast-check stops starting new ones after two minutes rather than time out.
const RUNS = { numRuns: 10, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: false };
const TIMEOUT = 240_000;

it(
  'marks exactly the cells the batch names, and commits from the corrected report exactly the facts the ledger stands for',
  async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, mistakes, async (ledger, choice) => {
        const { sheets, mistake } = makeMistake(ledger, choice);
        const { report, batch: dryRun } = await reportOf(sheets, mistake);
        expect(markedCells(report, sheets)).toEqual(namedCells(dryRun, mistake));

        report.getWorksheet(mistake.sheet)!.getCell(mistake.address).value =
          mistake.right as ExcelJS.CellValue;
        const file = scratch.file(`祁县${YEAR}年台账-导入问题-${runs}.xlsx`);
        await report.xlsx.writeFile(file);
        const { importLedger: batch } = await gqlUploadData(
          app,
          AcceptanceImportLedgerDocument,
          file,
          {},
        );

        expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
        const stored = await committedFacts();
        expect(byName(stored.facilities)).toEqual(byName(ledger.facilities));
        expect(byName(stored.events)).toEqual(byName(ledger.events));
      }),
      RUNS,
    );
  },
  TIMEOUT,
);

/** The filled cells of the data rows: sheet!address with the fill's colour. */
function markedCells(report: ExcelJS.Workbook, sheets: Ledger['sheets']): string[] {
  const filled: string[] = [];
  for (const { name } of sheets) {
    report.getWorksheet(name)!.eachRow((row, rowNumber) => {
      row.eachCell((cell) => {
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (fill && rowNumber >= FIRST_DATA_ROW) {
          filled.push(`${name}!${cell.address}:${fill}`);
        }
      });
    });
  }
  return filled.sort();
}

/** The wrong cell in red, and each cell only a warning names in yellow. */
function namedCells(batch: BatchJson, mistake: Mistake): string[] {
  const red = `${mistake.sheet}!${mistake.address}`;
  const yellow = batch.warnings
    .filter((w) => w.row !== null && w.column !== null)
    .map((w) => `${w.sheet}!${w.column}${w.row}`)
    .filter((cell) => cell !== red);
  return [...new Set([`${red}:${RED}`, ...yellow.map((cell) => `${cell}:${YELLOW}`)])].sort();
}
