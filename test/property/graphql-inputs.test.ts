import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app';

// Whatever a client puts in the variables — filters, cursors, enums, huge or fractional numbers,
// NULs, SQL-looking text, values of the wrong type — the server answers 200 or a clean 4xx in
// JSON, never a 5xx, a stack trace or PostgreSQL's words.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

const OPERATIONS = [
  `query ($f: FacilityFilter, $first: Int, $after: String) {
     facilities(filter: $f, first: $first, after: $after) { totalCount nodes { name region { code } } } }`,
  `query ($f: EventFilter, $first: Int, $after: String) {
     events(filter: $f, first: $first, after: $after) { totalCount nodes { name } } }`,
  `query ($level: RegionLevel, $parent: ID, $search: String, $first: Int, $after: String) {
     regions(level: $level, parent: $parent, search: $search, first: $first, after: $after) {
       nodes { code children { code } } } }`,
  `query ($r: [ID!]!, $m: [String!]!, $y: [Int!], $n: Normalization, $d: Boolean) {
     compare(regions: $r, metrics: $m, years: $y, normalize: $n, includeDescendants: $d) {
       value rank } }`,
  `query ($f: FacilityFilter, $g: [FacilityDimension!]!, $roll: RegionLevel) {
     facilitySummary(filter: $f, groupBy: $g, rollupTo: $roll) { count investmentYuan } }`,
  `query ($c: ID!, $g: CompetitionGroup) { medalTable(competition: $c, group: $g) { gold } }`,
  `query ($id: ID!) { importBatch(id: $id) { id status } }`,
];

const weirdText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    '%',
    '_\\',
    "'; drop table facility; --",
    '140700',
    '120102',
    '000000',
    '体育馆',
    'x'.repeat(201),
    '\uD800',
    'WzE0MDcwMF0',
  ),
);
const weirdNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, 1000, 1001, 2147483647, 2147483648, -2147483649, 1e308, 2 ** 53 + 1),
);
const enumWord = fc.oneof(
  fc.constantFrom('TYPE', 'REGION', 'YEAR', 'CITY', 'DISTRICT', 'NONE', 'ADULT', 'GYMNASIUM'),
  weirdText,
);
const scalar = fc.oneof(weirdText, weirdNumber, fc.boolean(), fc.constant(null));
const anyValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(weirdText, scalar, { maxKeys: 3 }),
);
const cursor = fc.oneof(
  weirdText,
  anyValue.map((v) => Buffer.from(JSON.stringify([v]) ?? 'null').toString('base64url')),
);
const filter = fc.oneof(
  fc.record(
    {
      regions: fc.array(weirdText, { maxLength: 4 }),
      years: fc.array(weirdNumber, { maxLength: 3 }),
      includeDescendants: fc.oneof(fc.boolean(), anyValue),
      nameContains: weirdText,
      types: fc.array(enumWord, { maxLength: 2 }),
      categories: fc.array(enumWord, { maxLength: 2 }),
      sports: fc.array(weirdText, { maxLength: 2 }),
      bogus: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const variables = fc.record(
  {
    f: filter,
    first: fc.oneof(weirdNumber, anyValue),
    after: cursor,
    level: enumWord,
    parent: weirdText,
    search: weirdText,
    r: fc.oneof(fc.array(weirdText, { maxLength: 5 }), anyValue),
    m: fc.oneof(
      fc.array(fc.oneof(fc.constant('events.count'), weirdText), { maxLength: 3 }),
      anyValue,
    ),
    y: fc.oneof(fc.array(weirdNumber, { maxLength: 3 }), anyValue),
    n: enumWord,
    d: anyValue,
    g: fc.oneof(fc.array(enumWord, { maxLength: 3 }), anyValue),
    roll: enumWord,
    c: fc.oneof(weirdText, weirdNumber),
    id: fc.oneof(weirdText, weirdNumber),
  },
  { requiredKeys: [] },
);

const LEAKS = /\bat \S+ \(|\.ts:\d+|node_modules|postgres|syntax error at|relation "|<html/i;

describe('GraphQL inputs, fuzzed through the server', () => {
  it('answers every operation with 200 or a clean 4xx in JSON, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), variables, async (query, vars) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: vars }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };

        expect([200, 400]).toContain(response.status);
        expect(text).not.toMatch(LEAKS);
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }),
      { numRuns: 150 },
    );
  });
});
