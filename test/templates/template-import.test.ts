import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { BatchJson } from '../../src/modules/import-batch/batch-json';
import { GUIDE_SHEET } from '../../src/import/template/template-guide';
import { startTestApp, type TestApp } from '../support/test-app';
import { FILLINGS, fillTemplate, type Filling } from './filled-templates';

let app: TestApp;
let dir: string;
const batches = new Map<string, BatchJson>();

beforeAll(async () => {
  app = await startTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'templates-'));
  for (const filling of FILLINGS) {
    batches.set(filling.kind, await importFilled(filling));
  }
});

afterAll(async () => {
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function importFilled(filling: Filling): Promise<BatchJson> {
  const file = path.join(dir, `${filling.kind}.xlsx`);
  await fillTemplate(filling, file);
  const form = new FormData();
  form.append('region', filling.region.code);
  form.append('year', String(filling.year));
  form.append('file', new Blob([await readFile(file)]), `${filling.kind}.xlsx`);
  const response = await app.fetch('/imports', { method: 'POST', body: form });
  return (await response.json()) as BatchJson;
}

// ledger-spec §7 lists a skipped sheet among the warnings, and the importer has no notion of
// an instructions sheet: the template's own 填写说明 is reported as skipped on every import.

describe('a template filled in by hand', () => {
  it.each(FILLINGS.map((f) => [f.kind, f] as const))(
    'imports a filled %s ledger with no error and no warning about its rows or columns',
    (kind, filling) => {
      const batch = batches.get(kind)!;
      expect({ status: batch.status, errors: batch.errors, warnings: batch.warnings }).toEqual({
        status: 'COMMITTED',
        errors: [],
        warnings: [],
      });
      expect(batch.rowsImported).toBe(filling.rows.length);
    },
  );

  it('lists the 填写说明 sheet as skipped, with its reason, without a warning', () => {
    for (const batch of batches.values()) {
      expect(batch.sheets).toContainEqual(
        expect.objectContaining({
          name: GUIDE_SHEET,
          kind: null,
          // said in Chinese by default (Accept-Language: en gives the English)
          skippedReason: '填表说明，不是台账',
        }),
      );
    }
  });

  it('stores the events with their regions, dates and drop-down values', async () => {
    const rows = await app.sql(
      `select name, region_code, start_date::text, end_date::text, level, category, format, participants, teams
       from event where current order by row`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        region_code: '140727',
        start_date: '2021-05-08',
        end_date: '2021-05-16',
        level: 'MUNICIPAL',
        format: 'OFFLINE',
        participants: 1200,
        teams: 24,
      }),
      expect.objectContaining({
        region_code: '140700',
        start_date: '2021-07-01',
        level: 'INTERNATIONAL',
        format: 'ONLINE',
        teams: 588,
      }),
      expect.objectContaining({
        region_code: '140781',
        start_date: '2021-06-01',
        end_date: '2021-08-31',
        category: 'YOUTH',
        format: 'HYBRID',
      }),
    ]);
  });

  it("stores the facilities in yuan, m² and km, this year and next year's plan", async () => {
    const rows = await app.sql(
      `select name, region_code, year, type, project_type, status, quantity, investment_yuan, area_m2, length_km,
         completed_on::text, completed_precision from facility where current order by row`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        region_code: '140727',
        year: 2021,
        type: 'FITNESS_CENTER',
        status: 'OPEN',
        investment_yuan: 3_450_000,
        area_m2: 5300,
        completed_on: '2021-10-01',
        completed_precision: 'DAY',
      }),
      expect.objectContaining({
        region_code: '140781',
        year: 2021,
        type: 'FITNESS_TRAIL',
        project_type: 'RENOVATION',
        quantity: 2,
        length_km: 12.5,
        completed_precision: 'MONTH',
      }),
      expect.objectContaining({
        region_code: '140728',
        year: 2022,
        type: 'SPORTS_PARK',
        status: 'PLANNED',
        quantity: 1,
        investment_yuan: 34_000_000,
      }),
    ]);
  });

  it('stores the results with halves of medals and placements', async () => {
    const rows = await app.sql(
      `select c.name as competition, r.region_code, r."group", r.gold, r.medals, r.points, r.placement, r.honors
       from result r join competition c on c.id = r.competition_id where r.current order by r.row`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        region_code: '140700',
        group: 'ALL',
        gold: 33,
        medals: 125,
        points: 1456.5,
      }),
      expect.objectContaining({ group: 'ADULT', placement: 8, honors: '体育道德风尚奖代表队' }),
      expect.objectContaining({ region_code: '140727', group: 'YOUTH', gold: 1.5, medals: 2.5 }),
    ]);
  });

  it('stores only the indicators given a value, converted to the catalog unit', async () => {
    const rows = await app.sql(
      'select region_code, year, metric_key, value, approximate from indicator where current order by row',
    );
    expect(rows).toEqual([
      {
        region_code: '120102',
        year: 2022,
        metric_key: 'POPULATION',
        value: 865_000,
        approximate: false,
      },
      {
        region_code: '120102',
        year: 2022,
        metric_key: 'SPORTS_ASSOCIATIONS',
        value: 17,
        approximate: false,
      },
      {
        region_code: '120102',
        year: 2022,
        metric_key: 'EQUIPMENT_INSPECTED',
        value: 5400,
        approximate: false,
      },
    ]);
  });
});
