import { startTestApp, type TestApp } from '../support/test-app';
import {
  ComparisonCompetitionsDocument,
  ComparisonMedalTableDocument,
  type ComparisonMedalTableQuery,
  type CompetitionGroup,
} from '../support/generated/graphql';
import { importLedgers, importSeeds, TIANJIN_GAMES, TIANJIN_RESULTS_2022 } from './ledgers';

// medalTable (api-contract.md): gold first, then silver, then bronze; equal medals share a rank.
// 天津市第十五届运动会 2022: 河东区 from the seed (81/91/92, 4086.5 points, 1040 athletes; a 青少年组
// row with ranks only), the other districts from TIANJIN_RESULTS_2022 (南开区 in two rows with
// halves).

type MedalRow = ComparisonMedalTableQuery['medalTable'][number];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [TIANJIN_RESULTS_2022]);
});

afterAll(async () => {
  await app?.stop();
});

async function competitionId(name: string, year: number): Promise<string> {
  const { competitions } = await app.gql(ComparisonCompetitionsDocument, {
    filter: { years: [year] },
  });
  const found = competitions!.nodes.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0].id;
}

async function medalTable(competition: string, group?: CompetitionGroup): Promise<MedalRow[]> {
  return (await app.gql(ComparisonMedalTableDocument, { competition, group })).medalTable;
}

const line = (r: MedalRow) => [
  r.rank,
  r.region.name,
  r.gold,
  r.silver,
  r.bronze,
  r.medals,
  r.points,
  r.athletes,
];

describe('天津市第十五届运动会, whole delegations (group ALL)', () => {
  let table: MedalRow[];

  beforeAll(async () => {
    table = await medalTable(await competitionId(TIANJIN_GAMES, 2022), 'ALL');
  });

  it('orders by gold, then silver, then bronze, summing a delegation’s rows and their halves', () => {
    const tied = table
      .slice(2, 4)
      .map(line)
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(table).toHaveLength(6);
    expect(table.slice(0, 2).map(line)).toEqual([
      [1, '南开区', 90.5, 60, 70.5, 221, 3000.5, 900],
      [2, '河西区', 81, 95, 10, 186, 3500, 1100],
    ]);
    expect(tied).toEqual(
      [
        [3, '和平区', 81, 91, 92, 264, 3900, 980],
        [3, '河东区', 81, 91, 92, 264, 4086.5, 1040],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(table.slice(4).map(line)).toEqual([
      [5, '河北区', 20, 30, 40, 90, 1200, 500],
      [6, '红桥区', 20, 30, 39.5, 89.5, 1150, 450],
    ]);
  });

  it('lets delegations with equal gold, silver and bronze share a rank, and the next one rank after both', () => {
    const ranks = Object.fromEntries(table.map((r) => [r.region.name, r.rank]));

    expect(ranks).toEqual({ 南开区: 1, 河西区: 2, 和平区: 3, 河东区: 3, 河北区: 5, 红桥区: 6 });
  });

  it('places equal golds by silver (河西区 95 silver above 河东区 91) and equal gold and silver by bronze', () => {
    const order = table.map((r) => r.region.name);

    expect(order.indexOf('河西区')).toBeLessThan(order.indexOf('河东区'));
    expect(order.indexOf('河北区')).toBeLessThan(order.indexOf('红桥区'));
  });

  it('carries 河东区’s seed figures: 1040 athletes, 264 medals, 4086.5 points, under 天津市河东区', () => {
    const hedong = table.find((r) => r.region.code === '120102');

    expect(hedong).toMatchObject({
      gold: 81,
      silver: 91,
      bronze: 92,
      medals: 264,
      points: 4086.5,
      athletes: 1040,
    });
    expect(hedong?.region.fullName).toBe('天津市河东区');
  });
});

describe('天津市第十五届运动会 without a group', () => {
  it('gives the whole delegations’ table, as with group ALL (the youth rows are not added again)', async () => {
    const id = await competitionId(TIANJIN_GAMES, 2022);

    const omitted = await medalTable(id);

    expect(omitted.map(line)).toEqual((await medalTable(id, 'ALL')).map(line));
    expect(omitted.find((r) => r.region.name === '和平区')).toMatchObject({
      gold: 81,
      silver: 91,
      bronze: 92,
    });
  });
});

describe('天津市第十五届运动会, 青少年组', () => {
  it('lists only the youth rows, without 河东区 whose youth row reports ranks and no medals', async () => {
    const table = await medalTable(await competitionId(TIANJIN_GAMES, 2022), 'YOUTH');

    expect(table.map(line)).toEqual([
      [1, '河西区', 12, 2, 1, 15, 350, 150],
      [2, '和平区', 10, 5, 3, 18, 300, 120],
      [3, '南开区', 0.5, 1, 0, 1.5, 60, 40],
    ]);
  });
});

describe('晋中市 2021 competitions (the seed)', () => {
  it('gives 山西省第十六届运动会资格赛 one row: 33/36/56, 125 medals, 1456.5 points, 1327 athletes', async () => {
    const table = await medalTable(await competitionId('山西省第十六届运动会资格赛', 2021), 'ALL');

    expect(table.map(line)).toEqual([[1, '晋中市', 33, 36, 56, 125, 1456.5, 1327]]);
  });

  it('lists nobody for a competition whose rows report placements only (手球资格赛 第一名)', async () => {
    const table = await medalTable(
      await competitionId('山西省第十六届运动会手球资格赛', 2021),
      'ALL',
    );

    expect(table).toEqual([]);
  });
});
