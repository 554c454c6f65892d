import { areaList } from '@vant/area-data';
import { SHANXI_CITIES } from '../load/ledgers';
import { sample, seeded } from '../query/variants';

/** A question asked with new arguments on every request. */
export interface Question {
  name: string;
  query: string;
  variables(draw: () => number, counties: readonly string[]): Record<string, unknown>;
}

const COMPARE = `query Compare($regions: [ID!]!, $metrics: [String!]!, $years: [Int!]) {
  compare(regions: $regions, metrics: $metrics, years: $years) { region { code name } year metric value rank }
}`;
const SUMMARY = `query Summary($filter: FacilityFilter, $groupBy: [FacilityDimension!]!) {
  facilitySummary(filter: $filter, groupBy: $groupBy) { region { code name } type count quantity investmentYuan }
}`;
const METRICS = ['facilities.count', 'facilities.quantity', 'facilities.investmentYuan'];

export const QUESTIONS: readonly Question[] = [
  {
    name: 'compare: 3–8 counties × 1–3 metrics',
    query: COMPARE,
    variables: (draw, counties) => ({
      regions: sample(draw, counties, 3 + Math.floor(draw() * 6)),
      metrics: sample(draw, METRICS, 1 + Math.floor(draw() * 3)),
      years: [2023],
    }),
  },
  {
    name: 'summary: 3–8 counties by region × type',
    query: SUMMARY,
    variables: (draw, counties) => ({
      filter: { regions: sample(draw, counties, 3 + Math.floor(draw() * 6)) },
      groupBy: ['REGION', 'TYPE'],
    }),
  },
];

/** The counties of the bench's ledgers, by code. */
function counties(): string[] {
  const prefixes = SHANXI_CITIES.map((city) => city.code.slice(0, 4));
  const names = new Set(SHANXI_CITIES.flatMap((city) => city.counties));
  return Object.entries(areaList.county_list as Record<string, string>)
    .filter(([code, name]) => prefixes.includes(code.slice(0, 4)) && names.has(name))
    .map(([code]) => code);
}

/**
 * 40,000 request bodies, more than a run asks, so every request is a first ask; `phase` draws
 * another 40,000, so a later run finds nothing kept.
 */
export function variantBodies(question: Question, phase: number): string[] {
  const draw = seeded(1 + phase * 7919 + question.name.length);
  const codes = counties();
  return Array.from({ length: 40_000 }, () =>
    JSON.stringify({ query: question.query, variables: question.variables(draw, codes) }),
  );
}
