import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';
import { areaCell, countCell, lengthCell, moneyCell, type Written } from './ledger-rows';
import { participantsCell } from './ledger-sheets';

// What the exports write is what was imported: a 晋中市 ledger whose rows name their counties is
// committed, and /export/compare as CSV, XLSX and JSON gives, per county and for the city, the
// sums of the figures the rows stand for, with the approximate flag of the figures summed.

const CITY = { code: '140700', bureau: '晋中市体育局' };
const COUNTIES: Record<string, string> = {
  祁县: '140727',
  平遥县: '140728',
  介休市: '140781',
  灵石县: '140729',
  左权县: '140722',
};
const FIGURES = ['quantity', 'investmentYuan', 'areaM2', 'lengthKm'] as const;
const METRICS = ['facilities.count', ...FIGURES.map((f) => `facilities.${f}`)].concat([
  'events.count',
  'events.participants',
]);

const county = fc.constantFrom(...Object.keys(COUNTIES));
const facility = fc.record({
  county,
  quantity: countCell,
  investmentYuan: moneyCell,
  areaM2: areaCell,
  lengthKm: lengthCell,
});
const event = fc.record({ county, participants: participantsCell });
// Each run is an import: runs are few, rows per run many, so as many figures are summed.
const ledger = fc.record({
  facilities: fc.array(facility, { minLength: 1, maxLength: 16 }),
  events: fc.array(event, { minLength: 1, maxLength: 16 }),
});
type Ledger = typeof ledger extends fc.Arbitrary<infer L> ? L : never;

interface Figure {
  value: number;
  approximate: boolean;
}

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
// Each run writes a year of its own, so no run sees another's rows.
let year = 1960;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('export-round-trip')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

function workbook(data: Ledger): Parameters<typeof writeWorkbook>[1] {
  const preamble = (title: string) => [[`晋中市${year}年${title}`], [`填报单位：${CITY.bureau}`]];
  const facilityHeader = ['序号', '项目名称', '所属地区', '设施类型', '数量', '投资额（万元）'];
  return [
    {
      name: '场地设施',
      rows: [
        ...preamble('体育场地设施台账'),
        [...facilityHeader, '面积（平方米）', '长度（公里）'],
        ...data.facilities.map((f, i): unknown[] => [
          ...[i + 1, `${f.county}健身园${i + 1}号`, f.county, '健身园'],
          ...FIGURES.map((key) => f[key].cell),
        ]),
      ],
    },
    {
      name: '赛事活动',
      rows: [
        ...preamble('赛事活动台账'),
        ['序号', '活动名称', '所属地区', '参与人数'],
        ...data.events.map((e, i) => [
          i + 1,
          `${e.county}健步走第${i + 1}场`,
          e.county,
          e.participants.cell,
        ]),
      ],
    },
  ];
}

/** region code|metric → the sum the rows stand for, for each county with rows and the city. */
function expectedFigures(data: Ledger): Map<string, Figure> {
  const sums = new Map<string, Figure>();
  const add = (county: string, metric: string, figure: Written<number> | number) => {
    const { value, approximate } =
      typeof figure === 'number' ? { value: figure, approximate: false } : figure;
    for (const code of [COUNTIES[county], CITY.code]) {
      const sum = sums.get(`${code}|${metric}`) ?? { value: 0, approximate: false };
      sums.set(`${code}|${metric}`, {
        value: sum.value + value,
        approximate: sum.approximate || approximate,
      });
    }
  };
  for (const f of data.facilities) {
    add(f.county, 'facilities.count', 1);
    FIGURES.forEach((key) => add(f.county, `facilities.${key}`, f[key]));
  }
  for (const e of data.events) {
    add(e.county, 'events.count', 1);
    add(e.county, 'events.participants', e.participants);
  }
  return sums;
}

type Table = Record<string, unknown>[];

/** An export's rows as region code|metric → figure, whatever columns sit beside them. */
function figuresOf(rows: Table): Map<string, Figure | null> {
  return new Map(
    rows.map((row) => {
      const value = row.value === '' || row.value === null ? null : Number(row.value);
      const approximate = row.approximate === true || row.approximate === 'true';
      return [
        `${String(row.region_code)}|${String(row.metric)}`,
        value === null ? null : { value, approximate },
      ];
    }),
  );
}

function csvRows(text: string): Promise<Table> {
  return new Promise((resolve, reject) => {
    const rows: Table = [];
    parseString(text.replace(/^\ufeff/, ''), { headers: true })
      .on('data', (row: Record<string, string>) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

async function xlsxRows(body: ArrayBuffer): Promise<Table> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  // row.values is 1-based: its first entry is always empty
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const [header, ...data] = rows;
  return data.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])));
}

async function exported(regions: string[]): Promise<Map<string, Figure | null>[]> {
  const query = new URLSearchParams({
    regions: regions.join(','),
    metrics: METRICS.join(','),
    years: String(year),
    normalize: 'NONE',
  });
  const [csv, xlsx, json] = await Promise.all(
    ['csv', 'xlsx', 'json'].map(async (format) => {
      const response = await fetch(`${app.url}/export/compare.${format}?${query}`);
      expect(response.status).toBe(200);
      return response;
    }),
  );
  return [
    figuresOf(await csvRows(await csv.text())),
    figuresOf(await xlsxRows(await xlsx.arrayBuffer())),
    figuresOf((await json.json()) as Table),
  ];
}

it('exports as CSV, XLSX and JSON the sums of exactly the figures imported, per county and for the city', async () => {
  await fc.assert(
    fc.asyncProperty(ledger, async (data) => {
      year += 1;
      const file = await writeWorkbook(scratch.file(`jinzhong-${year}.xlsx`), workbook(data));
      const { body } = await postImport(app, file, { year: String(year) });
      expect(body).toMatchObject({ status: 'COMMITTED', errors: [] });

      const expected = expectedFigures(data);
      const regions = [...new Set([...expected.keys()].map((key) => key.split('|')[0]))];
      const [csv, xlsx, json] = await exported(regions);
      expect(xlsx).toEqual(csv);
      expect(json).toEqual(csv);
      for (const [key, figure] of expected) {
        const got = csv.get(key);
        expect({ key, approximate: got?.approximate }).toEqual({
          key,
          approximate: figure.approximate,
        });
        // the database may add floating figures in another order: equal to a millionth
        expect({ key, value: got?.value }).toEqual({ key, value: expect.closeTo(figure.value, 6) });
      }
    }),
    // on a loaded machine fast-check stops starting runs after two minutes rather than time out
    { numRuns: 10, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: false },
  );
}, 240_000);
