import { startTestApp, type TestApp } from '../support/test-app';
import { ComparisonCompareDocument, DatedResultsDocument } from '../support/generated/graphql';
import {
  importLedgers,
  importSeeds,
  TIANJIN_GAMES,
  TIANJIN_RESULTS_2022,
  type LedgerSpec,
} from './ledgers';

// results.medals: the total a ledger gives, or gold + silver + bronze when it gives all three and
// no total (TIANJIN_RESULTS_2022 has 金牌 银牌 铜牌 and no 奖牌总数), so that results, compare
// and the medal table agree. 河东区's own row comes from the seed, with its total 264.

const TIANJIN = '120000';
const HEPING = '120101';
const NANKAI = '120104';
const JINZHONG = '140700';

/** 晋中市 2022: one row without bronze, one with an approximate silver. */
const JINZHONG_RESULTS_2022: LedgerSpec = {
  file: 'jinzhong-results-2022.xlsx',
  region: JINZHONG,
  year: 2022,
  bureau: '晋中市体育局',
  sheet: '竞赛成绩',
  header: ['赛事名称', '代表队', '金牌', '银牌', '铜牌'],
  rows: [
    ['晋中市第六届运动会', '祁县', 2, 1, null],
    ['晋中市第六届运动会', '介休市', 1, '约2', 1],
  ],
};

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [TIANJIN_RESULTS_2022, JINZHONG_RESULTS_2022]);
});

afterAll(async () => {
  await app?.stop();
});

async function results(regions: string[]) {
  const { results } = await app.gql(DatedResultsDocument, { filter: { regions, years: [2022] } });
  return results!.nodes;
}

describe('results.medals without a total in the ledger', () => {
  it('is gold + silver + bronze, halves included', async () => {
    const rows = await results([HEPING, NANKAI]);

    const totals = rows
      .filter((r) => r.competition.name === TIANJIN_GAMES && r.group === 'ALL')
      .map((r) => [r.region.code, r.sport, r.medals]);
    expect(totals).toEqual(
      expect.arrayContaining([
        [HEPING, null, 81 + 91 + 92],
        [NANKAI, '田径', 60 + 40 + 50.5],
        [NANKAI, '游泳', 30.5 + 20 + 20],
      ]),
    );
    expect(totals).toHaveLength(3);
  });

  it('stays null when a part is not reported, and is approximate when a part is', async () => {
    const rows = await results(['140727', '140781']);

    const byRegion = Object.fromEntries(rows.map((r) => [r.region.code, r]));
    expect(byRegion['140727']).toMatchObject({ gold: 2, silver: 1, bronze: null, medals: null });
    expect(byRegion['140781']).toMatchObject({ gold: 1, silver: 2, bronze: 1, medals: 4 });
    expect(byRegion['140781'].approximateFields).toEqual(
      expect.arrayContaining(['silver', 'medals']),
    );
  });

  it('reaches compare: 天津市’s districts and the municipality add up the derived totals', async () => {
    const { compare } = await app.gql(ComparisonCompareDocument, {
      regions: [HEPING, NANKAI, TIANJIN],
      metrics: ['results.medals'],
      years: [2022],
    });

    const value = (code: string) => compare.find((r) => r.region.code === code)!;
    expect(value(HEPING).value).toBe(264);
    expect(value(NANKAI).value).toBe(150.5 + 70.5);
    // 河东区 264 (seed, given) + 和平区 264 + 河西区 186 + 南开区 221 + 河北区 90 + 红桥区 89.5
    expect(value(TIANJIN)).toMatchObject({
      value: 264 + 264 + 186 + 221 + 90 + 89.5,
      coverage: { reported: 6, expected: 16 },
    });
  });
});
