import type { Knex } from '@mikro-orm/postgresql';
import { post, type Request } from './graphql';
import { YEARS } from './synthetic-sql';

export interface Prepared {
  request: Request;
  note?: string;
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
const MEDAL_TABLE = `query MedalTable($competition: ID!) {
  medalTable(competition: $competition) { rank region { code name } gold silver bronze medals points athletes }
}`;
const EVENTS = `query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    nodes { id name year startDate level category sport format participants region { code name } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const fixed =
  (query: string, variables: Record<string, unknown>) => async (): Promise<Prepared> => ({
    request: { query, variables },
  });

/** The five questions of the benchmark, in its order. */
export function scenarios(url: string, knex: Knex): Scenario[] {
  return [
    {
      name: 'compare 20 regions × 5 metrics × 3 years',
      field: 'compare',
      p99TargetMs: 50,
      prepare: fixed(COMPARE, { regions: COMPARED, metrics: METRICS, years: YEARS }),
    },
    {
      name: `facilitySummary REGION×TYPE, 140000 → CITY, ${YEAR}`,
      field: 'facilitySummary',
      p99TargetMs: 100,
      prepare: fixed(FACILITY_SUMMARY, {
        filter: { regions: ['140000'], years: [YEAR] },
        groupBy: ['REGION', 'TYPE'],
        rollupTo: 'CITY',
      }),
    },
    {
      name: `facilitySummary REGION, whole country, ${YEAR}`,
      field: 'facilitySummary',
      p99TargetMs: 100,
      prepare: fixed(FACILITY_SUMMARY, { filter: { years: [YEAR] }, groupBy: ['REGION'] }),
    },
    {
      name: 'medalTable, largest competition',
      field: 'medalTable',
      prepare: () => medalTableRequest(knex),
    },
    {
      name: 'events 440000 MASS_FITNESS, page 1',
      field: 'events',
      prepare: fixed(EVENTS, { filter: EVENT_FILTER, first: PAGE }),
    },
    {
      name: 'events 440000 MASS_FITNESS, page 50',
      field: 'events',
      prepare: () => pageRequest(url, 50),
    },
  ];
}

/** The competition whose medal table has the most delegations (regions with a result). */
async function medalTableRequest(knex: Knex): Promise<Prepared> {
  const { rows } = await knex.raw(
    `select competition_id as id, count(distinct region_code)::int as delegations from result
     where current and "group" = 'ALL' group by competition_id order by 2 desc, 1 limit 1`,
  );
  const { id, delegations } = rows[0];
  return {
    request: { query: MEDAL_TABLE, variables: { competition: String(id) } },
    note: `competition ${id}, ${delegations} delegations`,
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
