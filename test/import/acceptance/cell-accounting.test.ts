import type { ImportFile, ImportOptions, Importer } from '../../../src/modules/common/import-port';
import type { SheetDefinition } from '../../../src/modules/common/sheet-definition';
import { createImporter } from '../../../src/import/importer';
import { LEDGER_SHEETS } from '../../../src/modules';
import {
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { scratchDir, writeWorkbook } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';

// Understand or refuse (decisions §1): every non-empty cell of a ledger's data rows is stored in
// a fact or reported as ignored with its reason. Figures nothing stores or explains refuse the
// batch, naming their column, so a ledger is never committed with numbers silently dropped.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('accounting')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

const HEADER = ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'];

/** A 场地设施 ledger of 河东区 for `year`: title, 填报单位, then `header` and `rows`. */
async function ledger(name: string, year: number, header: unknown[], rows: unknown[][]) {
  return writeWorkbook(scratch.file(name), [
    {
      name: '场地设施',
      rows: [
        [`河东区${year}年体育场地设施台账`],
        ['填报单位：天津市河东区体育局'],
        header,
        ...rows,
      ],
    },
  ]);
}

async function importWith(
  importer: Importer,
  file: string,
  options: ImportOptions = {},
): Promise<AcceptanceBatchFragment> {
  const upload: ImportFile = { path: file, fileName: file.split('/').pop()! };
  const id = await importer.run(upload, options);
  return (await app.gql(AcceptanceImportBatchDocument, { id: String(id) })).importBatch!;
}

async function investmentsOf(batch: AcceptanceBatchFragment): Promise<(number | null)[]> {
  const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {});
  return facilities!.nodes
    .filter((f) => f.source.batch.id === batch.id)
    .sort((a, b) => a.source.row - b.source.row)
    .map((f) => f.investmentYuan ?? null);
}

async function facilityCount(): Promise<number> {
  const [{ n }] = await app.sql<{ n: string }>('select count(*) as n from facility');
  return Number(n);
}

describe('columns no header names', () => {
  it('refuses figures beyond the header, naming their column, and writes nothing', async () => {
    const before = await facilityCount();
    const file = await ledger('stray-numbers.xlsx', 2030, HEADER, [
      [1, '河东区体育场', '体育场', 1, 345, 120],
      [2, '河东区健身步道', '健身步道', 2, 80, 35],
    ]);
    const batch = await importWith(app.running.services.importer, file);
    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 3,
        column: 'F',
        code: 'UNACCOUNTED_COLUMN',
      }),
    ]);
    expect(await facilityCount()).toBe(before);
  });

  it('commits a ledger whose unheaded column holds only texts, reporting it as ignored', async () => {
    const file = await ledger('stray-texts.xlsx', 2031, HEADER, [
      [1, '河东区体育场', '体育场', 1, 345, '重点项目'],
      [2, '河东区健身步道', '健身步道', 2, 80, '民生实事'],
    ]);
    const batch = await importWith(app.running.services.importer, file);
    expect(batch.errors).toEqual([]);
    expect(batch.status).toBe('COMMITTED');
    expect(batch.warnings).toContainEqual(
      expect.objectContaining({ column: 'F', code: 'IGNORED_COLUMN' }),
    );
  });

  it('reads numbers 1, 2, 3 under a blank first header as the row numbering they are', async () => {
    const file = await ledger(
      'unheaded-numbering.xlsx',
      2032,
      [null, ...HEADER.slice(1)],
      [
        [1, '河东区体育场', '体育场', 1, 345],
        [2, '河东区健身步道', '健身步道', 2, 80],
        [3, '河东区笼式足球场', '笼式足球场', 1, 60],
      ],
    );
    const batch = await importWith(app.running.services.importer, file);
    expect(batch.errors).toEqual([]);
    expect(batch.status).toBe('COMMITTED');
    expect(await investmentsOf(batch)).toEqual([3_450_000, 800_000, 600_000]);
  });
});

describe('a mapping that leads nowhere', () => {
  // A ledger kind whose rows forget a column the header matcher maps: as a mistake in a sheet
  // definition, or a clerk's mapping to a field the kind never stores, would.
  const forgetful: SheetDefinition[] = LEDGER_SHEETS.map((sheet) =>
    sheet.kind !== 'FACILITIES'
      ? sheet
      : {
          ...sheet,
          toRows: (cells, problems, year) =>
            sheet.toRows(
              new Map([...cells].filter(([key]) => key !== 'investment')),
              problems,
              year,
            ),
        },
  );

  it('refuses the import, naming the column, rather than commit it without its figures', async () => {
    const { db, regions } = app.running.services;
    const importer = createImporter({
      db,
      regions,
      definitions: forgetful,
      limits: { maxBytes: 50 * 1024 ** 2, maxInflatedBytes: 512 * 1024 ** 2 },
    });
    const before = await facilityCount();
    const file = await ledger('forgotten.xlsx', 2033, HEADER, [
      [1, '河东区体育场', '体育场', 1, 345],
    ]);
    const batch = await importWith(importer, file);
    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'E',
        header: '投资额（万元）',
        code: 'UNACCOUNTED_COLUMN',
      }),
    ]);
    expect(await facilityCount()).toBe(before);
    // The same workbook through the ledger kind as it is: the figure is stored.
    const stored = await importWith(app.running.services.importer, file);
    expect(stored.status).toBe('COMMITTED');
    expect(await investmentsOf(stored)).toEqual([3_450_000]);
  });
});

describe('a breakdown beside its whole (其中财政投资)', () => {
  const header = [...HEADER, '其中财政投资（万元）'];

  it('commits a breakdown that its whole holds, storing the whole', async () => {
    const file = await ledger('breakdown.xlsx', 2034, header, [
      [1, '河东区体育场', '体育场', 1, 345, 200],
      [2, '河东区健身步道', '健身步道', 2, 80, 80],
    ]);
    const batch = await importWith(app.running.services.importer, file);
    expect(batch.errors).toEqual([]);
    expect(await investmentsOf(batch)).toEqual([3_450_000, 800_000]);
  });

  it('refuses a breakdown larger than its whole, or beside an empty whole, at its cell', async () => {
    const file = await ledger('breakdown-wrong.xlsx', 2035, header, [
      [1, '河东区体育场', '体育场', 1, 345, 400],
      [2, '河东区健身步道', '健身步道', 2, null, 80],
    ]);
    const batch = await importWith(app.running.services.importer, file);
    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'F',
        value: '400',
        code: 'BREAKDOWN_EXCEEDS_WHOLE',
      }),
      expect.objectContaining({
        row: 5,
        column: 'F',
        value: '80',
        code: 'BREAKDOWN_WITHOUT_WHOLE',
      }),
    ]);
  });
});
