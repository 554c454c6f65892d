import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BiFlatFacilitiesDocument, BiListTotalsDocument } from '../support/generated/graphql';
import { runScript } from '../support/cli';
import { scratchDir } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { importFile, importSeeds } from '../comparison/ledgers';

// The API as Superset and pandas read it: the GraphQL SQLAlchemy dialect (sqlalchemy-graphqlapi
// on shillelagh) in the Python venv `.ci/run` provisions. Skipped, saying why, where it is absent.
const PYTHON = process.env.BI_PYTHON ?? path.resolve(__dirname, '../../.venv-bi/bin/python');
const SCRIPT = path.join(__dirname, 'read_through_connector.py');
// Modest in the suite; the note's 10,000-row figure comes from BI_ROWS=10000 (see docs/bi.md).
const GENERATED = Number(process.env.BI_ROWS ?? 2000);
const present = existsSync(PYTHON);
const suite = present ? describe : describe.skip;
const skipped = present ? '' : ` (skipped: no BI connector Python at ${PYTHON}; set BI_PYTHON)`;

type Row = Record<string, string | number | null>;
interface Read {
  error?: string;
  tables: string[];
  lists: Record<string, { rows: number; columns: string[] }>;
  facilitySeconds: number;
  facilityDtypes: Record<string, string>;
  completedOnTypes: string[];
  facilityRows: number;
  unlabelled: number;
  quantityByCityAndType: { cityCode: string; typeLabel: string; quantity: number }[];
  compare: Row[];
  facilitySummary: Row[];
  typeSummary: Row[];
  medalTable: Row[];
  competition: string;
  jinzhongTwoYears: number;
  included: Row;
}

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let read: Read;

function runPython(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(PYTHON, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

async function exported(question: string, query: string): Promise<Row[]> {
  const response = await fetch(`${app.url}/export/${question}.json?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Row[];
}

suite(`a BI tool reading through the GraphQL SQLAlchemy dialect${skipped}`, () => {
  beforeAll(async () => {
    scratch = await scratchDir('bi');
    const big = scratch.file('generated-facilities.xlsx');
    const [started, written] = await Promise.all([
      startTestApp(),
      runScript('write-big-ledger.ts', [big, String(GENERATED)]),
    ]);
    app = started;
    expect(written).toMatchObject({ code: 0 });
    await importSeeds(app);
    await importFile(app, big, { region: '140700', year: '2023' });
    const { code, out, err } = await runPython([new URL(app.url).host]);
    expect({ code, err: err.includes('Traceback') ? err : '' }).toEqual({ code: 0, err: '' });
    read = JSON.parse(out) as Read;
    expect(read.error).toBeUndefined();
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await scratch?.remove();
  });

  it('reads every fact and region list to its totalCount (import batches are not a BI table)', async () => {
    const { __typename, ...totals } = await app.gql(BiListTotalsDocument, {});
    expect(__typename).toBeUndefined();
    for (const [table, { rows }] of Object.entries(read.lists)) {
      expect(read.tables).toContain(table);
      expect({ table, rows }).toEqual({
        table,
        rows: totals[table as keyof typeof totals]!.totalCount,
      });
    }
    expect(Object.keys(read.lists).sort()).toEqual([
      'competitions',
      'events',
      'facilities',
      'indicators',
      'regions',
      'results',
    ]);
    expect(read.lists.facilities.rows).toBeGreaterThan(GENERATED);
    // a generous guard, never a timing claim: the measured figure is in docs/bi.md
    expect(read.facilitySeconds).toBeLessThan(120);
    process.stdout.write(
      `pandas read ${read.facilityRows} facility rows in ${read.facilitySeconds.toFixed(2)} s\n`,
    );
  });

  it('gives every fact row its region code, full name, city and province, and Chinese labels', () => {
    for (const table of ['facilities', 'events', 'results', 'indicators']) {
      expect(read.lists[table].columns).toEqual(
        expect.arrayContaining(['regionCode', 'regionFullName', 'cityCode', 'provinceCode']),
      );
    }
    expect(read.lists.facilities.columns).toEqual(
      expect.arrayContaining(['typeLabel', 'statusLabel']),
    );
    expect(read.lists.events.columns).toEqual(
      expect.arrayContaining(['categoryLabel', 'levelLabel']),
    );
    expect(read.unlabelled).toBe(0);
    const garden = read.quantityByCityAndType.find(
      (g) => g.cityCode === '140700' && g.typeLabel === '健身园',
    );
    expect(garden?.quantity).toBeGreaterThan(0);
  });

  it('gives pandas a typed frame: integers as int64, dates as dates', () => {
    expect(read.facilityRows).toBe(read.lists.facilities.rows);
    expect(read.facilityDtypes).toMatchObject({ id: 'str', quantity: 'int64', year: 'int64' });
    expect(read.facilityDtypes.investmentYuan).toBe('float64');
    expect(read.completedOnTypes).toEqual(['date']);
  });

  it('reads compare of two regions and two metrics as one table equal to /export', async () => {
    const expected = await exported(
      'compare',
      'regions=120102,140700&metrics=facilities.quantity,results.gold',
    );
    const key = (r: Row) => `${r.region}|${r.year}|${r.metric}|${r.value}`;
    const fromConnector = read.compare.map((r) => key({ ...r, region: r.regionCode })).sort();
    expect(fromConnector).toEqual(expected.map((r) => key({ ...r, region: r.region_code })).sort());
    expect(new Set(read.compare.map((r) => r.regionCode))).toEqual(new Set(['120102', '140700']));
    expect(read.compare.find((r) => r.regionCode === '120102')?.regionFullName).toBe(
      '天津市河东区',
    );
  });

  it('reads a summary without arguments, by region, equal to /export', async () => {
    const expected = await exported('facility-summary', '');
    const key = (code: unknown, quantity: unknown) => `${String(code)}|${String(quantity)}`;
    expect(read.facilitySummary.map((r) => key(r.regionCode, r.quantity)).sort()).toEqual(
      expected.map((r) => key(r.region_code, r.quantity)).sort(),
    );
    const byType = await exported('facility-summary', 'regions=140700&groupBy=REGION');
    expect(read.typeSummary.reduce((sum, r) => sum + Number(r.quantity), 0)).toBe(
      byType.reduce((sum, r) => sum + Number(r.quantity), 0),
    );
  });

  it('reads a medal table equal to /export', async () => {
    const expected = await exported('medal-table', `competition=${read.competition}`);
    const key = (code: unknown, gold: unknown) => `${String(code)}|${String(gold)}`;
    expect(read.medalTable.map((r) => key(r.regionCode, r.gold)).sort()).toEqual(
      expected.map((r) => key(r.region_code, r.gold)).sort(),
    );
    expect(read.medalTable.every((r) => typeof r.regionName === 'string')).toBe(true);
  });

  it('filters on the server through arg_ options and flattens an included object', async () => {
    const { facilities } = await app.gql(BiFlatFacilitiesDocument, {
      region: '140700',
      years: '2021,2023',
    });
    expect(read.jinzhongTwoYears).toBe(facilities!.totalCount);
    expect(read.jinzhongTwoYears).toBeGreaterThan(GENERATED);
    expect(read.included.region__code).toBe(read.included.regionCode);
    expect(read.included.region__fullName).toEqual(expect.any(String));
  });
});
