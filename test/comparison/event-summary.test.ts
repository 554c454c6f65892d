import { startTestApp, type TestApp } from '../support/test-app';
import {
  ComparisonEventSummaryDocument,
  type ComparisonEventSummaryQuery,
  type EventDimension,
  type RegionLevel,
} from '../support/generated/graphql';
import { importLedgers, importSeeds, LINYI_HEDONG_EVENTS_2022 } from './ledgers';

// eventSummary over the seeds: 河东区 2022 has 13 events (10 MASS_FITNESS, 1 YOUTH, 2 COMPETITIVE;
// 10 DISTRICT, 3 MUNICIPAL; 2 ONLINE, 1 HYBRID) and no participant counts; 晋中市 2021 has 18
// (13 晋中市, 3 祁县, 1 介休市, 1 昔阳县) with one participant count, 4937. 临沂市河东区 (371312)
// 2022 adds 2 events with 300 participants, which must stay out of 天津.

type EventGroup = ComparisonEventSummaryQuery['eventSummary'][number];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [LINYI_HEDONG_EVENTS_2022]);
});

afterAll(async () => {
  await app?.stop();
});

type Filter = { regions?: string[]; includeDescendants?: boolean; years?: number[] };

async function summary(
  groupBy: EventDimension[],
  filter?: Filter,
  rollupTo?: RegionLevel,
): Promise<EventGroup[]> {
  return (await app.gql(ComparisonEventSummaryDocument, { filter, groupBy, rollupTo }))
    .eventSummary;
}

/** `key → [count, participants]` with the key taken from one dimension. */
function tally(
  groups: EventGroup[],
  key: (g: EventGroup) => unknown,
): Record<string, [number, number | null]> {
  return Object.fromEntries(groups.map((g) => [String(key(g)), [g.count, g.participants]]));
}

describe('by category', () => {
  it('counts 河东区 2022: 10 mass fitness, 1 youth, 2 competitive, with participants null', async () => {
    const groups = await summary(['CATEGORY'], { regions: ['120102'], years: [2022] });

    expect(tally(groups, (g) => g.category)).toEqual({
      MASS_FITNESS: [10, null],
      YOUTH: [1, null],
      COMPETITIVE: [2, null],
    });
    expect(groups).toHaveLength(3);
    expect(groups[0]).toMatchObject({
      region: null,
      year: null,
      level: null,
      sport: null,
      format: null,
    });
  });

  it('counts 晋中市 2021 with its counties, and sums the one participant count reported', async () => {
    const groups = await summary(['CATEGORY'], { regions: ['140700'], years: [2021] });

    expect(tally(groups, (g) => g.category)).toEqual({
      MASS_FITNESS: [10, 4937],
      ESPORTS: [4, null],
      YOUTH: [2, null],
      COMPETITIVE: [2, null],
    });
  });

  it('counts only 晋中市’s own events with includeDescendants false', async () => {
    const groups = await summary(['CATEGORY'], {
      regions: ['140700'],
      includeDescendants: false,
      years: [2021],
    });

    expect(tally(groups, (g) => g.category)).toEqual({
      MASS_FITNESS: [5, 4937],
      ESPORTS: [4, null],
      YOUTH: [2, null],
      COMPETITIVE: [2, null],
    });
  });
});

describe('by level and format', () => {
  it('counts 河东区 2022 by level: 10 district, 3 municipal', async () => {
    const groups = await summary(['LEVEL'], { regions: ['120102'], years: [2022] });

    expect(tally(groups, (g) => g.level)).toEqual({ DISTRICT: [10, null], MUNICIPAL: [3, null] });
  });

  it('counts 河东区 2022 by format: 2 online, 1 hybrid, 10 offline', async () => {
    const groups = await summary(['FORMAT'], { regions: ['120102'], years: [2022] });

    expect(tally(groups, (g) => g.format)).toEqual({
      ONLINE: [2, null],
      HYBRID: [1, null],
      OFFLINE: [10, null],
    });
  });
});

describe('by region and year', () => {
  it('keeps each county apart without rollupTo', async () => {
    const groups = await summary(['REGION'], { regions: ['140700'], years: [2021] });

    expect(tally(groups, (g) => g.region?.code)).toEqual({
      '140700': [13, 4937],
      '140727': [3, null],
      '140781': [1, null],
      '140724': [1, null],
    });
  });

  it('rolls districts up to their city, the municipality being 天津’s city, with rollupTo CITY', async () => {
    const groups = await summary(['REGION', 'YEAR'], {}, 'CITY');

    const rows = groups
      .map((g) => [g.region?.code, g.region?.fullName, g.year, g.count, g.participants])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows).toEqual([
      ['120000', '天津市', 2022, 13, null],
      ['140700', '山西省晋中市', 2021, 18, 4937],
      ['371300', '山东省临沂市', 2022, 2, 300],
    ]);
  });

  it('rolls up to provinces with rollupTo PROVINCE', async () => {
    const groups = await summary(['REGION'], {}, 'PROVINCE');

    expect(tally(groups, (g) => g.region?.code)).toEqual({
      '120000': [13, null],
      '140000': [18, 4937],
      '370000': [2, 300],
    });
  });

  it('keeps 临沂市河东区 out of 天津市 and 天津市河东区', async () => {
    const tianjin = await summary(['REGION'], { regions: ['120000'] }, 'CITY');
    const hedong = await summary(['REGION'], { regions: ['120102'] });
    const linyiHedong = await summary(['REGION'], { regions: ['371312'] });

    expect(tally(tianjin, (g) => g.region?.code)).toEqual({ '120000': [13, null] });
    expect(tally(hedong, (g) => g.region?.code)).toEqual({ '120102': [13, null] });
    expect(tally(linyiHedong, (g) => g.region?.code)).toEqual({ '371312': [2, 300] });
  });
});
