import type { Request } from '../query/graphql';
import { YEARS } from '../query/synthetic-sql';
import {
  EVENT_CATEGORIES,
  FACILITY_TYPES,
  GROUPS,
  randomOf,
  sample,
  type Random,
} from '../query/variants';
import { loadRegions } from '../../src/regions/region-data';
import { RegionTree } from '../../src/regions/region-tree';

/**
 * A question put to both servers: its arguments drawn anew for every request, and how each
 * server is asked them. The lists come first: a district's first page of facilities, and a
 * province's events of one category (the peer reads no region names for events: its tables have
 * no key to region there). PostGraphile groups the fact rows themselves (it knows neither the
 * prepared aggregates nor the region tree): it answers the per-province question per district,
 * leaving the roll-up to the client, and its medal table is the delegations' medal sums without
 * the rank or the whole-team rule.
 */
export interface Question<A> {
  name: string;
  args(random: Random): A;
  ours(args: A): Request;
  peer(args: A): Request;
}

const tree = new RegionTree(loadRegions());
const districtsByProvince = new Map<string, string[]>();
for (const code of tree.codes()) {
  if (tree.get(code)?.level === 'DISTRICT') {
    const province = tree.provinceOf(code);
    districtsByProvince.set(province, [...(districtsByProvince.get(province) ?? []), code]);
  }
}
const largeProvinces = [...districtsByProvince.values()].filter((d) => d.length >= 50);
const districts = [...districtsByProvince.values()].flat();
const provinces = [...districtsByProvince.keys()];

const OURS_DISTRICT = `query ($code: ID!) {
  region(code: $code) { code name }
  facilities(filter: { regions: [$code] }, first: 20) {
    nodes { id name type quantity investmentYuan completedOn }
    pageInfo { endCursor hasNextPage }
  }
}`;
const PEER_DISTRICT = `query ($code: String!) {
  regionByCode(code: $code) { code name }
  allFacilities(condition: { regionCode: $code, current: true }, first: 20, orderBy: PRIMARY_KEY_ASC) {
    nodes { rowId name type quantity investmentYuan completedOn }
    pageInfo { endCursor hasNextPage }
  }
}`;
const OURS_EVENTS = `query ($filter: EventFilter) {
  events(filter: $filter, first: 100) {
    nodes { id name year startDate level category sport format participants region { code name } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const PEER_EVENTS = `query ($condition: EventCondition, $filter: EventFilter) {
  allEvents(condition: $condition, filter: $filter, first: 100, orderBy: PRIMARY_KEY_ASC) {
    nodes { rowId name year startDate level category sport format participants regionCode }
    pageInfo { endCursor hasNextPage }
  }
}`;

const OURS_SUMMARY = `query ($filter: FacilityFilter, $groupBy: [FacilityDimension!], $rollupTo: RegionLevel) {
  facilitySummary(filter: $filter, groupBy: $groupBy, rollupTo: $rollupTo) {
    region { code name } type count quantity investmentYuan areaM2 lengthKm
  }
}`;
const PEER_GROUPED = (
  groupBy: string,
) => `query ($condition: FacilityCondition, $filter: FacilityFilter) {
  allFacilities(condition: $condition, filter: $filter) {
    groupedAggregates(groupBy: [${groupBy}]) {
      keys distinctCount { rowId } sum { quantity investmentYuan areaM2 lengthKm }
    }
  }
}`;
const OURS_MEDALS = `query ($competition: ID!, $group: CompetitionGroup) {
  medalTable(competition: $competition, group: $group) {
    rank region { code name } gold silver bronze medals points athletes
  }
}`;
const PEER_MEDALS = `query ($condition: ResultCondition) {
  allResults(condition: $condition) {
    groupedAggregates(groupBy: [REGION_CODE]) { keys sum { gold silver bronze points athletes } }
  }
}`;

interface Totals {
  year: number;
  types: string[];
}

const totals = (level: 'PROVINCE' | 'DISTRICT'): Question<Totals> => ({
  name: `facility totals per ${level.toLowerCase()}, one year, 1–3 types`,
  args: (random) => ({
    year: randomOf(random, YEARS),
    types: sample(random, FACILITY_TYPES, 1 + Math.floor(random() * 3)),
  }),
  ours: ({ year, types }) => ({
    query: OURS_SUMMARY,
    variables: {
      filter: { years: [year], types },
      groupBy: ['REGION'],
      rollupTo: level === 'PROVINCE' ? 'PROVINCE' : null,
    },
  }),
  peer: ({ year, types }) => ({
    query: PEER_GROUPED('REGION_CODE'),
    variables: { condition: { current: true, year }, filter: { type: { in: types } } },
  }),
});

export const QUESTIONS: Question<never>[] = [
  {
    name: 'a district and its first 20 facilities',
    args: (random: Random) => randomOf(random, districts),
    ours: (code: string) => ({ query: OURS_DISTRICT, variables: { code } }),
    peer: (code: string) => ({ query: PEER_DISTRICT, variables: { code } }),
  } satisfies Question<string>,
  {
    name: "a province's events of one category, page 1 of 100",
    args: (random: Random) => ({
      province: randomOf(random, provinces),
      category: randomOf(random, EVENT_CATEGORIES),
    }),
    ours: ({ province, category }) => ({
      query: OURS_EVENTS,
      variables: { filter: { regions: [province], categories: [category] } },
    }),
    // the peer knows no region tree: the province is the list of its regions
    peer: ({ province, category }) => ({
      query: PEER_EVENTS,
      variables: {
        condition: { current: true, category },
        filter: { regionCode: { in: tree.subtree(province) } },
      },
    }),
  } satisfies Question<{ province: string; category: string }>,
  {
    name: '11–50 districts × facility type',
    args: (random: Random) => {
      const districts = randomOf(random, largeProvinces);
      return sample(random, districts, 11 + Math.floor(random() * 40));
    },
    ours: (regions: string[]) => ({
      query: OURS_SUMMARY,
      variables: { filter: { regions }, groupBy: ['REGION', 'TYPE'] },
    }),
    peer: (regions: string[]) => ({
      query: PEER_GROUPED('REGION_CODE, TYPE'),
      variables: { condition: { current: true }, filter: { regionCode: { in: regions } } },
    }),
  } satisfies Question<string[]>,
  totals('PROVINCE'),
  totals('DISTRICT'),
  {
    name: 'medal table, any competition, whole or one group',
    args: (random: Random) => ({
      competition: 1 + Math.floor(random() * 300),
      group: randomOf(random, [null, ...GROUPS]),
    }),
    ours: ({ competition, group }) => ({
      query: OURS_MEDALS,
      variables: { competition: String(competition), group },
    }),
    peer: ({ competition, group }) => ({
      query: PEER_MEDALS,
      variables: {
        condition: { current: true, competitionId: competition, ...(group ? { group } : {}) },
      },
    }),
  } satisfies Question<{ competition: number; group: string | null }>,
] as Question<never>[];
