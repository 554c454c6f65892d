import {
  CompetitionListDocument,
  EventListDocument,
  FacilityListDocument,
  ImportBatchByIdDocument,
  ImportBatchListDocument,
  IndicatorListDocument,
  ResultListDocument,
  type EventFilter,
  type FacilityFilter,
  type IndicatorFilter,
  type ResultFilter,
  RegionPageDocument,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let batch: number;
const competitions: Record<string, number> = {};

type Row = Record<string, unknown>;

/** Inserts fact rows of one table; each names its region, year and whether it is current. */
async function insertFacts(table: string, rows: Row[]): Promise<void> {
  const groups = new Map<string, Row[]>();
  for (const [i, row] of rows.entries()) {
    const values: Row = {
      batch_id: batch,
      sheet: table,
      row: i + 3,
      scope_region_code: row.region_code,
      current: true,
      ...row,
    };
    const columns = Object.keys(values).join();
    groups.set(columns, [...(groups.get(columns) ?? []), values]);
  }
  for (const [joined, group] of groups) {
    const columns = joined.split(',');
    const names = columns.map(() => '??').join(', ');
    const tuples = group.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await app.sql(`insert into ?? (${names}) values ${tuples}`, [
      table,
      ...columns,
      ...group.flatMap((values) => Object.values(values)),
    ]);
  }
}

beforeAll(async () => {
  app = await startTestApp();
  const insertBatch = async (fileName: string, status: string) => {
    const [row] = await app.sql<{ id: number }>(
      `insert into import_batch (file_name, sha256, status, created_at, report)
       values (?, repeat('0', 64), ?, now(), '{"sheets":[],"errors":[],"warnings":[]}')
       returning id`,
      [fileName, status],
    );
    return row.id;
  };
  batch = await insertBatch('天津市河东区2024年台账.xlsx', 'COMMITTED');
  await insertBatch('晋中市2023年台账.xlsx', 'FAILED');
  await insertEvents();
  await insertFacilities();
  await insertResults();
  await insertIndicators();
});

afterAll(async () => {
  await app?.stop();
});

async function insertEvents(): Promise<void> {
  const event = (region_code: string, year: number, name: string, extra: Row = {}) => ({
    region_code,
    year,
    name,
    ...extra,
  });
  await insertFacts('event', [
    event('120102', 2024, '河东区全民健身运动会', { category: 'MASS_FITNESS', level: 'DISTRICT' }),
    event('120000', 2023, '天津市篮球联赛', { category: 'COMPETITIVE', level: 'MUNICIPAL' }),
    event('371312', 2024, '临沂河东区徒步大会', { category: 'MASS_FITNESS', format: 'ONLINE' }),
    event('140702', 2024, '榆次区青少年足球赛 100%参与', { category: 'YOUTH', sport: '足球' }),
    event('140700', 2023, '晋中电竞_公开赛', { category: 'ESPORTS', format: 'HYBRID' }),
    event('140702', 2024, 'Yuci City Marathon', {
      sport: '马拉松',
      participants: 3000,
      approximate_fields: ['participants'],
      start_date: '2024-04-21',
      end_date: '2024-04-22',
    }),
    event('140702', 2024, '榆次区旧版活动', { category: 'YOUTH', current: false }),
    event('120102', 2024, '河东区旧版运动会', { category: 'MASS_FITNESS', current: false }),
  ]);
}

async function insertFacilities(): Promise<void> {
  const facility = (region_code: string, name: string, type: string, extra: Row = {}) => ({
    region_code,
    year: 2024,
    name,
    type,
    status: 'COMPLETED',
    ...extra,
  });
  const many = Array.from({ length: 55 }, (_, i) =>
    facility('140781', `介休市健身路径${i + 1}`, 'FITNESS_GARDEN'),
  );
  await insertFacts('facility', [
    facility('120102', '河东区体育馆', 'GYMNASIUM', { project_type: 'NEW' }),
    facility('371312', '临沂河东区体育场', 'STADIUM', { status: 'PLANNED' }),
    facility('140700', '晋中市全民健身中心', 'FITNESS_CENTER', { project_type: 'RENOVATION' }),
    facility('120102', '河东区旧体育馆', 'GYMNASIUM', { current: false }),
    ...many,
  ]);
}

async function insertResults(): Promise<void> {
  for (const [name, year] of [
    ['天津市第十七届运动会', 2024],
    ['山西省第十六届运动会', 2023],
    ['已撤销的比赛', 2024],
  ] as const) {
    const [row] = await app.sql<{ id: number }>(
      'insert into competition (name, year) values (?, ?) returning id',
      [name, year],
    );
    competitions[name] = row.id;
  }
  const result = (region_code: string, competition: string, extra: Row = {}) => ({
    region_code,
    year: competition.startsWith('山西') ? 2023 : 2024,
    competition_id: competitions[competition],
    ...extra,
  });
  await insertFacts('result', [
    result('120102', '天津市第十七届运动会', { group: 'YOUTH', sport: '游泳', gold: 3 }),
    result('120102', '天津市第十七届运动会', { group: 'ADULT', sport: '田径', gold: 1.5 }),
    result('140702', '山西省第十六届运动会', { sport: '游泳', gold: 2 }),
    result('371312', '天津市第十七届运动会', { gold: 9 }),
    result('120102', '已撤销的比赛', { gold: 7, current: false }),
  ]);
}

async function insertIndicators(): Promise<void> {
  const indicator = (region_code: string, metric_key: string, value: number, extra: Row = {}) => ({
    region_code,
    year: 2024,
    metric_key,
    value,
    ...extra,
  });
  await insertFacts('indicator', [
    indicator('120102', 'POPULATION', 750000),
    indicator('120102', 'COMMUNITIES', 66),
    indicator('371312', 'POPULATION', 690000),
    indicator('140700', 'POPULATION', 3370000, { year: 2023, approximate: true }),
    indicator('120102', 'POPULATION', 1, { current: false }),
  ]);
}

const eventNames = async (filter: EventFilter) =>
  (await app.gql(EventListDocument, { filter })).events!.nodes.map((node) => node.name).sort();
const facilityNames = async (filter: FacilityFilter) =>
  (await app.gql(FacilityListDocument, { filter, first: 1000 }))
    .facilities!.nodes.map((node) => node.name)
    .sort();
const resultGolds = async (filter: ResultFilter) =>
  (await app.gql(ResultListDocument, { filter })).results!.nodes.map((node) => node.gold).sort();
const indicatorValues = async (filter: IndicatorFilter) =>
  (await app.gql(IndicatorListDocument, { filter }))
    .indicators!.nodes.map((node) => node.value)
    .sort((a, b) => a - b);

describe('events', () => {
  it('includes a municipality’s districts, but never the other 河东区 of 临沂市', async () => {
    expect(await eventNames({ regions: ['120000'] })).toEqual([
      '天津市篮球联赛',
      '河东区全民健身运动会',
    ]);
    expect(await eventNames({ regions: ['371300'] })).toEqual(['临沂河东区徒步大会']);
  });

  it('includes a city’s districts and a province’s cities', async () => {
    const jinzhong = ['Yuci City Marathon', '晋中电竞_公开赛', '榆次区青少年足球赛 100%参与'];
    expect(await eventNames({ regions: ['140700'] })).toEqual(jinzhong);
    expect(await eventNames({ regions: ['140000'] })).toEqual(jinzhong);
  });

  it('keeps to the region itself when includeDescendants is false', async () => {
    const filter = { regions: ['120000', '140700'], includeDescendants: false };
    expect(await eventNames(filter)).toEqual(['天津市篮球联赛', '晋中电竞_公开赛']);
  });

  it('filters by years, categories, levels, sports and formats', async () => {
    expect(await eventNames({ years: [2023] })).toEqual(['天津市篮球联赛', '晋中电竞_公开赛']);
    expect(await eventNames({ categories: ['MASS_FITNESS'] })).toEqual([
      '临沂河东区徒步大会',
      '河东区全民健身运动会',
    ]);
    expect(await eventNames({ levels: ['MUNICIPAL'] })).toEqual(['天津市篮球联赛']);
    expect(await eventNames({ sports: ['足球'] })).toEqual(['榆次区青少年足球赛 100%参与']);
    expect(await eventNames({ formats: ['ONLINE', 'HYBRID'] })).toEqual([
      '临沂河东区徒步大会',
      '晋中电竞_公开赛',
    ]);
    expect(await eventNames({ regions: ['140700'], years: [2024], categories: ['YOUTH'] })).toEqual(
      ['榆次区青少年足球赛 100%参与'],
    );
  });

  it('matches nameContains literally and case-insensitively, % and _ included', async () => {
    expect(await eventNames({ nameContains: '河东' })).toEqual([
      '临沂河东区徒步大会',
      '河东区全民健身运动会',
    ]);
    expect(await eventNames({ nameContains: '%' })).toEqual(['榆次区青少年足球赛 100%参与']);
    expect(await eventNames({ nameContains: '_' })).toEqual(['晋中电竞_公开赛']);
    expect(await eventNames({ nameContains: 'marathon' })).toEqual(['Yuci City Marathon']);
    expect(await eventNames({ nameContains: '河%区' })).toEqual([]);
  });

  it('gives dates as YYYY-MM-DD and names the approximate fields', async () => {
    const { events } = await app.gql(EventListDocument, { filter: { nameContains: 'Marathon' } });
    expect(events!.nodes).toEqual([
      expect.objectContaining({
        startDate: '2024-04-21',
        endDate: '2024-04-22',
        participants: 3000,
        approximateFields: ['participants'],
        region: { code: '140702' },
      }),
    ]);
  });

  it('never lists rows that a later ledger replaced', async () => {
    const { events } = await app.gql(EventListDocument, {});
    expect(events!.totalCount).toBe(6);
    expect(events!.nodes.map((node) => node.name)).not.toContain('榆次区旧版活动');
    expect(await eventNames({ nameContains: '旧版' })).toEqual([]);
  });

  it('pages through a connection with consistent edges, cursors and pageInfo', async () => {
    const first = (await app.gql(EventListDocument, { first: 4 })).events;
    expect(first!.totalCount).toBe(6);
    expect(first!.nodes).toHaveLength(4);
    expect(first!.edges!.map((edge) => edge!.node!.id)).toEqual(
      first!.nodes.map((node) => node.id),
    );
    expect(first!.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first!.edges![0]!.cursor,
      endCursor: first!.edges![3]!.cursor,
    });
    const after = first!.pageInfo.endCursor;
    const second = (await app.gql(EventListDocument, { first: 4, after })).events;
    expect(second!.nodes).toHaveLength(2);
    expect(second!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...first!.nodes, ...second!.nodes].map((node) => Number(node.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(6);
  });

  it('gives an empty page with null cursors past the end', async () => {
    const { events } = await app.gql(EventListDocument, { filter: { years: [1999] } });
    expect(events).toMatchObject({ totalCount: 0, nodes: [], edges: [] });
    expect(events!.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('rejects a region cursor given to the event list with BAD_CURSOR', async () => {
    const after = Buffer.from('["120102"]').toString('base64url');
    const result = await app.gqlRaw(EventListDocument, { after });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_CURSOR']);
  });
});

describe('facilities', () => {
  it('pages 100 rows when first is not given', async () => {
    const { facilities } = await app.gql(FacilityListDocument, {});
    expect(facilities!.totalCount).toBe(58);
    expect(facilities!.nodes).toHaveLength(58);
    expect(facilities!.pageInfo.hasNextPage).toBe(false);
    const { regions } = await app.gql(RegionPageDocument, { level: 'CITY' });
    expect(regions!.nodes).toHaveLength(100);
    expect(regions!.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by region, type, status, project type and name', async () => {
    expect(await facilityNames({ regions: ['120000'] })).toEqual(['河东区体育馆']);
    expect(await facilityNames({ types: ['STADIUM', 'FITNESS_CENTER'] })).toEqual([
      '临沂河东区体育场',
      '晋中市全民健身中心',
    ]);
    expect(await facilityNames({ statuses: ['PLANNED'] })).toEqual(['临沂河东区体育场']);
    expect(await facilityNames({ projectTypes: ['NEW', 'RENOVATION'] })).toEqual([
      '晋中市全民健身中心',
      '河东区体育馆',
    ]);
    expect(await facilityNames({ nameContains: '健身路径55' })).toEqual(['介休市健身路径55']);
    expect(await facilityNames({ regions: ['140700'], includeDescendants: false })).toEqual([
      '晋中市全民健身中心',
    ]);
    expect(await facilityNames({ regions: ['140700'] })).toHaveLength(56);
  });
});

describe('results and competitions', () => {
  it('filters results by region, competition, group and sport, current rows only', async () => {
    expect(await resultGolds({})).toEqual([1.5, 2, 3, 9]);
    expect(await resultGolds({ regions: ['120000'] })).toEqual([1.5, 3]);
    const tianjin = String(competitions['天津市第十七届运动会']);
    expect(await resultGolds({ competition: tianjin })).toEqual([1.5, 3, 9]);
    expect(await resultGolds({ groups: ['YOUTH'] })).toEqual([3]);
    expect(await resultGolds({ sports: ['游泳'], years: [2023] })).toEqual([2]);
  });

  it('gives each result its competition', async () => {
    const { results } = await app.gql(ResultListDocument, { filter: { regions: ['140700'] } });
    expect(results!.nodes.map((node) => node.competition)).toEqual([
      {
        id: String(competitions['山西省第十六届运动会']),
        name: '山西省第十六届运动会',
        year: 2023,
      },
    ]);
  });

  it('lists the competitions that current results of the regions refer to', async () => {
    const names = async (regions?: string[]) =>
      (await app.gql(CompetitionListDocument, { filter: regions ? { regions } : null }))
        .competitions!.nodes.map((node) => node.name)
        .sort();
    expect(await names()).toEqual(['天津市第十七届运动会', '山西省第十六届运动会']);
    expect(await names(['371300'])).toEqual(['天津市第十七届运动会']);
    expect(await names(['140000'])).toEqual(['山西省第十六届运动会']);
  });
});

describe('indicators', () => {
  it('filters by metric, region and year, current values only', async () => {
    expect(await indicatorValues({})).toEqual([66, 690000, 750000, 3370000]);
    expect(await indicatorValues({ metrics: ['POPULATION'], regions: ['120000'] })).toEqual([
      750000,
    ]);
    expect(await indicatorValues({ metrics: ['POPULATION'], years: [2023] })).toEqual([3370000]);
    const { indicators } = await app.gql(IndicatorListDocument, { filter: { years: [2023] } });
    expect(indicators!.nodes[0]).toMatchObject({
      approximate: true,
      metric: { key: 'POPULATION', unit: '人' },
      region: { code: '140700' },
    });
  });
});

describe('import batches', () => {
  it('lists every batch oldest first, and finds one by id', async () => {
    const { importBatches } = await app.gql(ImportBatchListDocument, { first: 1 });
    expect(importBatches!.totalCount).toBe(2);
    expect(importBatches!.nodes).toEqual([
      {
        id: String(batch),
        fileName: '天津市河东区2024年台账.xlsx',
        status: 'COMMITTED',
        region: null,
      },
    ]);
    const after = importBatches!.pageInfo.endCursor;
    const next = await app.gql(ImportBatchListDocument, { first: 1, after });
    expect(next.importBatches!.nodes.map((node) => node.status)).toEqual(['FAILED']);
    expect(next.importBatches!.pageInfo.hasNextPage).toBe(false);

    const { importBatch } = await app.gql(ImportBatchByIdDocument, { id: String(batch) });
    expect(importBatch).toMatchObject({ id: String(batch), dryRun: false, rowsImported: 0 });
    expect(new Date(importBatch!.createdAt).getTime()).not.toBeNaN();
    expect((await app.gql(ImportBatchByIdDocument, { id: 'x' })).importBatch).toBeNull();
  });
});
