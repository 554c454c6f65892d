import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import {
  ComparisonCompareDocument,
  ComparisonCompetitionsDocument,
  ComparisonEventSummaryDocument,
  ComparisonFacilitySummaryDocument,
  ComparisonMedalTableDocument,
} from '../support/generated/graphql';
import {
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  projectTypeWords,
} from '../../src/modules/common/enum-words';
import { enumLabel, metricLabel } from '../../src/http/export-labels';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  importLedgers,
  importSeeds,
  QIXIAN_FACILITIES_2021,
  TIANJIN_GAMES,
  TIANJIN_RESULTS_2022,
} from './ledgers';

// GET /export/{compare|facility-summary|event-summary|medal-table}.{csv,xlsx,json}: the GraphQL
// questions with their arguments as query parameters, as flat rows with stable column names.
// CSV is UTF-8 with a BOM; XLSX and JSON hold the same rows; every value is GraphQL's.

type Flat = Record<string, string | number | boolean | null>;

const COLUMNS = {
  compare: [
    'region_code',
    'region_full_name',
    'year',
    'metric',
    'metric_label',
    'value',
    'approximate',
    'rank',
    'note',
    'coverage_reported',
    'coverage_expected',
  ],
  'facility-summary': [
    'region_code',
    'region_full_name',
    'year',
    'type',
    'type_label',
    'status',
    'status_label',
    'project_type',
    'project_type_label',
    'count',
    'quantity',
    'investment_yuan',
    'area_m2',
    'length_km',
  ],
  'event-summary': [
    'region_code',
    'region_full_name',
    'year',
    'category',
    'category_label',
    'level',
    'level_label',
    'sport',
    'format',
    'format_label',
    'count',
    'participants',
  ],
  'medal-table': [
    'rank',
    'region_code',
    'region_full_name',
    'gold',
    'silver',
    'bronze',
    'medals',
    'points',
    'athletes',
  ],
};

/** The Chinese word an export puts beside a code (null beside null). */
function label<T extends string>(table: Parameters<typeof enumLabel<T>>[0], code: T | null) {
  return code === null ? null : enumLabel(table)(code);
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [QIXIAN_FACILITIES_2021, TIANJIN_RESULTS_2022]);
});

afterAll(async () => {
  await app?.stop();
});

async function download(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(`${app.url}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    parseString(text)
      .on('data', (record: string[]) => records.push(record))
      .on('error', reject)
      .on('end', () => resolve(records));
  });
}

async function xlsxRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: row.cellCount }, (_, i) => cellText(values[i + 1])));
  });
  return rows;
}

/** How a value reads in a CSV field: empty for null. */
function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The rows of one question in the three formats, checked against the GraphQL answer `expected`. */
async function expectExports(
  question: keyof typeof COLUMNS,
  query: string,
  expected: Flat[],
): Promise<string> {
  const columns = COLUMNS[question];
  const table = expected.map((row) => columns.map((c) => cellText(row[c])));
  const [csv, xlsx, json] = await Promise.all(
    ['csv', 'xlsx', 'json'].map((format) => download(`/export/${question}.${format}?${query}`)),
  );

  expect([csv.status, xlsx.status, json.status]).toEqual([200, 200, 200]);
  expect(csv.type).toMatch(/^text\/csv; charset=utf-8/i);
  expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(json.type).toMatch(/^application\/json/);

  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(csv.body.subarray(3));
  expect(text.split(/\r?\n/)[0]).toBe(columns.join(','));
  expect(await parseCsv(text)).toEqual([columns, ...table]);

  expect(await xlsxRows(xlsx.body)).toEqual([columns, ...table.map((row) => trimEnd(row))]);

  expect(JSON.parse(json.body.toString('utf8'))).toEqual(expected);
  return text;
}

/** exceljs reads a row only up to its last filled cell. */
function trimEnd(row: string[]): string[] {
  const copy = [...row];
  while (copy.length > 0 && copy[copy.length - 1] === '') {
    copy.pop();
  }
  return copy;
}

describe('GET /export/compare', () => {
  it('gives the compared rows with the GraphQL values, as CSV with BOM and readable Chinese, XLSX and JSON', async () => {
    const { compare } = await app.gql(ComparisonCompareDocument, {
      regions: ['140700', '120102'],
      metrics: ['facilities.count', 'events.count'],
      years: [2021, 2022],
      normalize: 'NONE',
      includeDescendants: true,
    });
    const expected = compare.map((r) => ({
      region_code: r.region.code,
      region_full_name: r.region.fullName,
      year: r.year,
      metric: r.metric,
      metric_label: metricLabel(r.metric),
      value: r.value,
      approximate: r.approximate,
      rank: r.rank,
      note: r.note,
      coverage_reported: r.coverage?.reported ?? null,
      coverage_expected: r.coverage?.expected ?? null,
    }));
    expect(expected).toHaveLength(8);
    expect(expected).toContainEqual(
      expect.objectContaining({
        region_code: '140700',
        year: 2021,
        metric: 'facilities.count',
        value: 8,
        rank: 1,
      }),
    );

    const csv = await expectExports(
      'compare',
      'regions=140700,120102&metrics=facilities.count,events.count&years=2021,2022&normalize=NONE&includeDescendants=true',
      expected,
    );

    expect(csv).toContain('140700,山西省晋中市,2021,facilities.count,设施项目数,8,false,1,');
    expect(csv).toContain('120102,天津市河东区,2022,events.count,赛事活动数,13,false,1,');
    // a district's own figure is no sum: no note, no coverage
    expect(csv).toMatch(/^120102,天津市河东区,2022,events\.count,赛事活动数,13,false,1,,,\r?$/m);
    // 晋中市's total covers 祁县 only of its 11 counties (the city's own rows are no county's)
    expect(expected).toContainEqual(
      expect.objectContaining({
        region_code: '140700',
        year: 2021,
        metric: 'facilities.count',
        coverage_reported: 1,
        coverage_expected: 11,
      }),
    );
    // the note is said in the reader's language: Chinese unless the request asks for English
    expect(csv).toMatch(
      /^140700,山西省晋中市,2021,facilities\.count,设施项目数,8,false,1,"?数据不全：[^\n"]*"?,1,11\r?$/m,
    );
  });

  it('carries normalized values and their notes, as GraphQL gives them', async () => {
    const variables = {
      regions: ['140700', '140727'],
      metrics: ['facilities.count'],
      years: [2021],
      normalize: 'PER_10K_RESIDENTS' as const,
      includeDescendants: false,
    };
    const { compare } = await app.gql(ComparisonCompareDocument, variables);
    const expected = compare.map((r) => ({
      region_code: r.region.code,
      region_full_name: r.region.fullName,
      year: r.year,
      metric: r.metric,
      metric_label: metricLabel(r.metric),
      value: r.value,
      approximate: r.approximate,
      rank: r.rank,
      note: r.note,
      coverage_reported: r.coverage?.reported ?? null,
      coverage_expected: r.coverage?.expected ?? null,
    }));
    expect(expected.map((r) => [r.region_code, r.value])).toEqual([
      ['140700', null],
      ['140727', null],
    ]);
    expect(expected[0].note).toContain('山西省晋中市');

    await expectExports(
      'compare',
      'regions=140700,140727&metrics=facilities.count&years=2021&normalize=PER_10K_RESIDENTS&includeDescendants=false',
      expected,
    );
  });
});

describe('GET /export/facility-summary', () => {
  it('gives the groups of facilitySummary(groupBy: [REGION, TYPE], rollupTo: CITY)', async () => {
    const { facilitySummary } = await app.gql(ComparisonFacilitySummaryDocument, {
      filter: { years: [2021] },
      groupBy: ['REGION', 'TYPE'],
      rollupTo: 'CITY',
    });
    const expected = facilitySummary.map((g) => ({
      region_code: g.region?.code ?? null,
      region_full_name: g.region?.fullName ?? null,
      year: g.year,
      type: g.type,
      type_label: label(facilityTypeWords, g.type),
      status: g.status,
      status_label: label(facilityStatusWords, g.status),
      project_type: g.projectType,
      project_type_label: label(projectTypeWords, g.projectType),
      count: g.count,
      quantity: g.quantity,
      investment_yuan: g.investmentYuan,
      area_m2: g.areaM2,
      length_km: g.lengthKm,
    }));
    // 晋中市's four types plus 祁县's trail and garden rolled into 晋中市
    expect(expected.map((g) => [g.region_code, g.type, g.quantity]).sort()).toEqual([
      ['140700', 'FITNESS_GARDEN', 1 + 3],
      ['140700', 'FITNESS_TRAIL', 2 + 1],
      ['140700', 'GYMNASIUM', 1],
      ['140700', 'OTHER', 5],
    ]);

    // an analyst reads the code and its word side by side, no lookup table needed
    expect(expected).toContainEqual(
      expect.objectContaining({ type: 'FITNESS_TRAIL', type_label: '健身步道' }),
    );

    await expectExports(
      'facility-summary',
      'years=2021&groupBy=REGION,TYPE&rollupTo=CITY',
      expected,
    );
  });
});

describe('GET /export/event-summary', () => {
  it('gives the groups of eventSummary(groupBy: [REGION, CATEGORY], rollupTo: CITY), null participants left empty', async () => {
    const { eventSummary } = await app.gql(ComparisonEventSummaryDocument, {
      groupBy: ['REGION', 'CATEGORY'],
      rollupTo: 'CITY',
    });
    const expected = eventSummary.map((g) => ({
      region_code: g.region?.code ?? null,
      region_full_name: g.region?.fullName ?? null,
      year: g.year,
      category: g.category,
      category_label: label(eventCategoryWords, g.category),
      level: g.level,
      level_label: label(eventLevelWords, g.level),
      sport: g.sport,
      format: g.format,
      format_label: label(eventFormatWords, g.format),
      count: g.count,
      participants: g.participants,
    }));
    expect(expected).toContainEqual(
      expect.objectContaining({
        region_code: '120000',
        region_full_name: '天津市',
        category: 'MASS_FITNESS',
        count: 10,
        participants: null,
      }),
    );

    const csv = await expectExports(
      'event-summary',
      'groupBy=REGION,CATEGORY&rollupTo=CITY',
      expected,
    );

    expect(csv).toContain('120000,天津市,,MASS_FITNESS,群众体育,,,,,,10,\r\n');
  });
});

describe('GET /export/medal-table', () => {
  it('gives medalTable(competition, group: YOUTH) with halves and ranks', async () => {
    const { competitions } = await app.gql(ComparisonCompetitionsDocument, {
      filter: { years: [2022] },
    });
    const id = competitions!.nodes.find((c) => c.name === TIANJIN_GAMES)!.id;
    const { medalTable } = await app.gql(ComparisonMedalTableDocument, {
      competition: id,
      group: 'YOUTH',
    });
    const expected = medalTable.map((r) => ({
      rank: r.rank,
      region_code: r.region.code,
      region_full_name: r.region.fullName,
      gold: r.gold,
      silver: r.silver,
      bronze: r.bronze,
      medals: r.medals,
      points: r.points,
      athletes: r.athletes,
    }));
    expect(expected.map((r) => [r.rank, r.region_full_name, r.gold])).toEqual([
      [1, '天津市河西区', 12],
      [2, '天津市和平区', 10],
      [3, '天津市南开区', 0.5],
    ]);

    await expectExports('medal-table', `competition=${id}&group=YOUTH`, expected);
  });
});

describe('bad export requests', () => {
  it('answers 404 for an unknown question or format and 400 for a missing argument', async () => {
    const [unknownQuestion, unknownFormat, missing] = await Promise.all([
      download('/export/rankings.csv?regions=140700'),
      download('/export/compare.pdf?regions=140700&metrics=events.count'),
      download('/export/compare.csv?regions=140700'),
    ]);

    expect([unknownQuestion.status, unknownFormat.status, missing.status]).toEqual([404, 404, 400]);
    expect(JSON.parse(missing.body.toString('utf8'))).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('metrics') },
    });
  });
});
