import { areaList } from '@vant/area-data';
import { SHANXI_CITIES } from '../load/ledgers';

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
      regions: some(counties, 3 + Math.floor(draw() * 6), draw),
      metrics: some(METRICS, 1 + Math.floor(draw() * 3), draw),
      years: [2023],
    }),
  },
  {
    name: 'summary: 3–8 counties by region × type',
    query: SUMMARY,
    variables: (draw, counties) => ({
      filter: { regions: some(counties, 3 + Math.floor(draw() * 6), draw) },
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

function some<T>(values: readonly T[], count: number, draw: () => number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(draw() * pool.length), 1)[0]);
  }
  return chosen;
}

/** mulberry32: the same bodies on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
