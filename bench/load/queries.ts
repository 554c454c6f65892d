/** The read side under load: a page of a list, a comparison, a grouped summary. */
export interface Query {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const CITIES = ['140700', '140100'];

export const QUERIES: readonly Query[] = [
  {
    name: 'list: facilities of 140700, first 50',
    query: `query List($filter: FacilityFilter, $first: Int) {
      facilities(filter: $filter, first: $first) {
        nodes { id name type quantity investmentYuan region { code name } }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    variables: { filter: { regions: ['140700'] }, first: 50 },
  },
  {
    name: 'compare: 2 cities x 3 metrics, 2023',
    query: `query Compare($regions: [ID!]!, $metrics: [String!]!, $years: [Int!]) {
      compare(regions: $regions, metrics: $metrics, years: $years) {
        region { code name } year metric value rank
      }
    }`,
    variables: {
      regions: CITIES,
      metrics: ['facilities.count', 'facilities.quantity', 'facilities.investmentYuan'],
      years: [2023],
    },
  },
  {
    name: 'summary: 140000 by region x type, rolled up to cities',
    query: `query Summary($filter: FacilityFilter, $groupBy: [FacilityDimension!]!, $rollupTo: RegionLevel) {
      facilitySummary(filter: $filter, groupBy: $groupBy, rollupTo: $rollupTo) {
        region { code name } type count quantity investmentYuan
      }
    }`,
    variables: { filter: { regions: ['140000'] }, groupBy: ['REGION', 'TYPE'], rollupTo: 'CITY' },
  },
];
