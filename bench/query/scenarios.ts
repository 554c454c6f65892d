import type { Knex } from '@mikro-orm/postgresql';
import { post, type Request } from './graphql';
import { YEARS } from './synthetic-sql';
import {
  FACILITY_TYPES,
  EVENT_CATEGORIES,
  GROUPS,
  randomOf,
  sample,
  shuffled,
  type Random,
} from './variants';

export interface Prepared {
  request: Request;
  note?: string;
  /**
   * The first ask: a new request of the same shape on each call (other regions, years, types,
   * competitions), so that no answer kept from an earlier request serves it.
   */
  firstAsk?: (random: Random) => Request;
  /** What the first asks vary. */
  firstAskNote?: string;
}

export interface Scenario {
  name: string;
  /** The root field the request needs; the scenario is skipped while the schema lacks it. */
  field: string;
  /** What the p99 latency should stay within, when the issue sets a target. */
  p99TargetMs?: number;
  /** Builds the request (it may need to query the data first), with a word on what it covers. */
  prepare(): Promise<Prepared>;
}

const YEAR = YEARS[YEARS.length - 1];
/**
 * Ten prefecture-level cities (太原 晋中 广州 深圳 苏州 杭州 成都 武汉 青岛 西安) and ten districts
 * (朝阳 河东 浦东 天河 榆次 西湖 锦江 虎丘 武昌 市南), most of them inside those cities.
 */
const COMPARED = `140100 140700 440100 440300 320500 330100 510100 420100 370200 610100
  110105 120102 310115 440106 140702 330106 510104 320505 420106 370202`.split(/\s+/);
const METRICS = `facilities.count facilities.investmentYuan events.count results.gold
  indicators.POPULATION`.split(/\s+/);
const EVENT_FILTER = { regions: ['440000'], categories: ['MASS_FITNESS'] };
const PAGE = 100;

const COMPARE = `query Compare($regions: [ID!]!, $metrics: [String!]!, $years: [Int!]) {
  compare(regions: $regions, metrics: $metrics, years: $years) { region { code name } year metric value approximate rank }
}`;
const FACILITY_SUMMARY = `query FacilitySummary($filter: FacilityFilter, $groupBy: [FacilityDimension!]!, $rollupTo: RegionLevel) {
  facilitySummary(filter: $filter, groupBy: $groupBy, rollupTo: $rollupTo) {
    region { code name } type count quantity investmentYuan areaM2 lengthKm
  }
}`;
const MEDAL_TABLE = `query MedalTable($competition: ID!, $group: CompetitionGroup) {
  medalTable(competition: $competition, group: $group) { rank region { code name } gold silver bronze medals points athletes }
}`;
const EVENTS = `query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    nodes { id name year startDate level category sport format participants region { code name } }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** The question asked again and again, and the first asks of its shape. */
const question =
  (
    query: string,
    variables: Record<string, unknown>,
    vary: (random: Random) => Record<string, unknown>,
    firstAskNote: string,
  ) =>
  async (): Promise<Prepared> => ({
    request: { query, variables },
    firstAsk: (random) => ({ query, variables: vary(random) }),
    firstAskNote,
  });

/** The questions of the first-ask issue's table, in its order, and compare. */
export function scenarios(url: string, knex: Knex): Scenario[] {
  return [
    {
      name: 'compare 20 regions × 5 metrics × 3 years',
      field: 'compare',
      p99TargetMs: 50,
      prepare: async () => {
        const pool = await codes(knex, `level in ('CITY', 'DISTRICT')`);
        return question(
          COMPARE,
          { regions: COMPARED, metrics: METRICS, years: YEARS },
          (random) => ({ regions: sample(random, pool, 20), metrics: METRICS, years: YEARS }),
          'any 20 cities and districts',
        )();
      },
    },
    {
      name: 'facilitySummary 11–50 districts × TYPE',
      field: 'facilitySummary',
      prepare: () => districtsByType(knex),
    },
    {
      name: `facilitySummary REGION×TYPE, 140000 → CITY, ${YEAR}`,
      field: 'facilitySummary',
      p99TargetMs: 100,
      prepare: async () => {
        const provinces = await codes(knex, `level = 'PROVINCE'`);
        return question(
          FACILITY_SUMMARY,
          {
            filter: { regions: ['140000'], years: [YEAR] },
            groupBy: ['REGION', 'TYPE'],
            rollupTo: 'CITY',
          },
          (random) => ({
            filter: {
              regions: sample(random, provinces, 1 + Math.floor(random() * 2)),
              years: [randomOf(random, YEARS)],
            },
            groupBy: ['REGION', 'TYPE'],
            rollupTo: 'CITY',
          }),
          'one or two provinces, any year',
        )();
      },
    },
    countryWide('PROVINCE'),
    countryWide('DISTRICT'),
    {
      name: 'medalTable, largest competition',
      field: 'medalTable',
      prepare: () => medalTableRequest(knex),
    },
    {
      name: 'events 440000 MASS_FITNESS, page 1',
      field: 'events',
      prepare: async () => {
        const provinces = await codes(knex, `level = 'PROVINCE'`);
        return question(
          EVENTS,
          { filter: EVENT_FILTER, first: PAGE },
          (random) => ({
            filter: {
              regions: [randomOf(random, provinces)],
              categories: [randomOf(random, EVENT_CATEGORIES)],
            },
            first: PAGE,
          }),
          'any province and event category',
        )();
      },
    },
    {
      name: 'events 440000 MASS_FITNESS, page 50',
      field: 'events',
      prepare: () => pageRequest(url, 50),
    },
  ];
}

/** Totals per province (or per district) of the whole country for one year. */
function countryWide(level: 'PROVINCE' | 'DISTRICT'): Scenario {
  const rollupTo = level === 'PROVINCE' ? 'PROVINCE' : null;
  return {
    name: `facilitySummary per ${level.toLowerCase()}, whole country, ${YEAR}`,
    field: 'facilitySummary',
    p99TargetMs: 100,
    prepare: question(
      FACILITY_SUMMARY,
      { filter: { years: [YEAR] }, groupBy: ['REGION'], rollupTo },
      (random) => ({
        filter: {
          years: [randomOf(random, YEARS)],
          types: sample(random, FACILITY_TYPES, 1 + Math.floor(random() * 3)),
        },
        groupBy: ['REGION'],
        rollupTo,
      }),
      'any year, any 1–3 facility types',
    ),
  };
}

/** A city's districts by type (no year), the first asks any 11–50 districts of one province. */
async function districtsByType(knex: Knex): Promise<Prepared> {
  const { rows } = await knex.raw(
    `select province_code as province, array_agg(code order by code) as districts from region
     where level = 'DISTRICT' group by province_code having count(*) >= 50`,
  );
  const provinces = rows as { province: string; districts: string[] }[];
  const jinzhong = await codes(knex, `level = 'DISTRICT' and city_code = '140700'`);
  return {
    ...(await question(
      FACILITY_SUMMARY,
      { filter: { regions: jinzhong }, groupBy: ['REGION', 'TYPE'] },
      (random) => ({
        filter: {
          regions: sample(
            random,
            randomOf(random, provinces).districts,
            11 + Math.floor(random() * 40),
          ),
        },
        groupBy: ['REGION', 'TYPE'],
      }),
      'any 11–50 districts of a province',
    )()),
    note: `晋中市's ${jinzhong.length} districts`,
  };
}

async function codes(knex: Knex, where: string): Promise<string[]> {
  const { rows } = await knex.raw(`select code from region where ${where} order by code`);
  return rows.map((row: { code: string }) => row.code);
}

/**
 * The competition whose medal table has the most delegations (regions with a result). The first
 * asks go through every competition, whole and in each group, in a shuffled order: 2,100
 * questions, so a run longer than that many requests asks some again.
 */
async function medalTableRequest(knex: Knex): Promise<Prepared> {
  const { rows } = await knex.raw(
    `select competition_id as id, count(distinct region_code)::int as delegations from result
     where current and "group" = 'ALL' group by competition_id order by 2 desc, 1`,
  );
  const { id, delegations } = rows[0];
  const questions = rows.flatMap((row: { id: number }) =>
    [null, ...GROUPS].map((group) => ({ competition: String(row.id), group })),
  );
  let order: typeof questions = [];
  return {
    request: { query: MEDAL_TABLE, variables: { competition: String(id) } },
    note: `competition ${id}, ${delegations} delegations`,
    firstAsk: (random) => {
      if (order.length === 0) {
        order = shuffled(random, questions);
      }
      return { query: MEDAL_TABLE, variables: order.pop()! };
    },
    firstAskNote: `each of the ${rows.length} competitions, whole or one group, shuffled (${questions.length} questions)`,
  };
}

/** Walks the `after` cursors once up to the page, so the measured request is that page alone. */
async function pageRequest(url: string, page: number): Promise<Prepared> {
  let after: string | null = null;
  for (let i = 1; i < page; i += 1) {
    const data: { events: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } =
      await post(url, {
        query: EVENTS,
        variables: { filter: EVENT_FILTER, first: PAGE, after },
      });
    if (!data.events.pageInfo.hasNextPage) {
      throw new Error(
        `the filtered event list ends at page ${i}; page ${page} needs more synthetic events`,
      );
    }
    after = data.events.pageInfo.endCursor;
  }
  return {
    request: { query: EVENTS, variables: { filter: EVENT_FILTER, first: PAGE, after } },
    note: `after cursor ${after}`,
  };
}
