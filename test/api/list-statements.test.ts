import {
  EventPageWithRegionsDocument,
  FacilityPageWithRegionsDocument,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let districts: { code: string; fullName: string; cityCode: string; provinceCode: string }[];

// A list request is its page statement, the batch of its sources when asked, and what every
// request reads; none of them may grow with the page or with the regions asked.
const MAX_STATEMENTS = 4;
const ROWS = 600;

beforeAll(async () => {
  app = await startTestApp();
  districts = await app.sql(
    `select code, full_name as "fullName", coalesce(city_code, code) as "cityCode",
            province_code as "provinceCode"
     from region where level = 'DISTRICT' order by md5(code) limit 40`,
  );
  const batches = await app.sql<{ id: number }>(
    `insert into import_batch (file_name, sha256, status, created_at, report)
     select name, repeat('0', 64), 'COMMITTED', now(), '{"sheets":[],"errors":[],"warnings":[]}'
     from unnest(array['甲场地设施台账.xlsx', '乙场地设施台账.xlsx']) as name
     returning id`,
  );
  const ids = batches.map((batch) => batch.id);
  const codes = districts.map((district) => district.code);
  await app.sql(
    `insert into facility (batch_id, sheet, row, region_code, scope_region_code, year, current,
                           name, type, status, quantity, investment_yuan, completed_on)
     select (?::int[])[1 + i % 2], '场地设施', 3 + i, r.code, r.code, 2024, i % 7 <> 6,
            '健身路径' || i, 'FITNESS_GARDEN', 'COMPLETED', 1, 1000 * i, date '2024-03-01'
     from generate_series(0, ?) as i, lateral (select (?::text[])[1 + i % 40] as code) as r`,
    [ids, ROWS - 1, codes],
  );
  await app.sql(
    `insert into event (batch_id, sheet, row, region_code, scope_region_code, year, current,
                        name, category, start_date)
     select (?::int[])[1 + i % 2], '赛事活动', 3 + i, r.code, r.code, 2024, true,
            '健步走' || i, 'MASS_FITNESS', date '2024-05-01'
     from generate_series(0, ?) as i, lateral (select (?::text[])[1 + i % 40] as code) as r`,
    [ids, ROWS - 1, codes],
  );
});

afterAll(async () => {
  await app?.stop();
});

/**
 * A request's statements with the ORM's batch load of sources read as its shape: it lists the
 * batches the page happens to hold (`in (1, 2)`), which is data, not the number of regions.
 */
const shapes = (statements: string[]) =>
  statements.map((sql) => sql.replace(/ in \([\d, ]+\)/, ' in (…)'));

const page = (regions: string[], first: number, total = false) => ({
  filter: { regions },
  first,
  total,
});

describe('statements of a list request', () => {
  it('sends the same statements for one district as for forty', async () => {
    const one = await app.statements(() =>
      app.gql(FacilityPageWithRegionsDocument, page([districts[0].code], 10)),
    );
    const forty = await app.statements(() =>
      app.gql(
        FacilityPageWithRegionsDocument,
        page(
          districts.map((d) => d.code),
          10,
        ),
      ),
    );
    expect(shapes(forty)).toEqual(shapes(one));
    expect(one.length).toBeLessThanOrEqual(MAX_STATEMENTS);
    // the subtree is one binding, never a literal list in the text
    expect(one.join('\n')).not.toContain(districts[0].code);
  });

  it('sends the same statements for a page of 10 rows as for one of 500, regions and sources included', async () => {
    const all = districts.map((d) => d.code);
    const few = await app.statements(() => app.gql(FacilityPageWithRegionsDocument, page(all, 10)));
    let nodes: { id: string; regionFullName: string | null }[] = [];
    const many = await app.statements(async () => {
      const { facilities } = await app.gql(FacilityPageWithRegionsDocument, page(all, 500));
      nodes = facilities!.nodes;
      const byCode = new Map(districts.map((d) => [d.code, d]));
      for (const node of facilities!.nodes) {
        const district = byCode.get(node.region.code)!;
        expect(node).toMatchObject({
          regionCode: district.code,
          regionFullName: district.fullName,
          regionLevelLabel: '县级',
          cityCode: district.cityCode,
          provinceCode: district.provinceCode,
          completedOn: '2024-03-01',
          typeLabel: '健身园',
          approximateFields: [],
        });
        expect(node.region.name).toBe(node.regionName);
        expect(node.source.batch.fileName).toMatch(/^[甲乙]场地设施台账\.xlsx$/);
      }
    });
    expect(nodes).toHaveLength(500);
    expect(shapes(many)).toEqual(shapes(few));
    const ids = nodes.map((node) => Number(node.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('counts the total only when totalCount is asked', async () => {
    const codes = districts.slice(0, 5).map((d) => d.code);
    const without = await app.statements(() =>
      app.gql(FacilityPageWithRegionsDocument, page(codes, 20)),
    );
    let total: number | null | undefined;
    const withTotal = await app.statements(async () => {
      const { facilities } = await app.gql(FacilityPageWithRegionsDocument, page(codes, 20, true));
      total = facilities!.totalCount;
    });
    expect(without.some((sql) => /count\(/i.test(sql))).toBe(false);
    expect(withTotal).toHaveLength(without.length + 1);
    const [expected] = await app.sql<{ n: number }>(
      'select count(*)::int as n from facility where current and region_code = any(?::text[])',
      [codes],
    );
    expect(total).toBe(expected.n);
  });

  it('pages through a province with exact keyset cursors in constant statements', async () => {
    const province = districts[0].provinceCode;
    const expected = await app.sql<{ id: number }>(
      `select e.id from event e join region r on r.code = e.region_code
       where e.current and r.province_code = ? order by e.id`,
      [province],
    );
    const seen: number[] = [];
    const counts = new Set<number>();
    let after: string | null = null;
    do {
      const statements = await app.statements(async () => {
        const { events } = await app.gql(EventPageWithRegionsDocument, {
          filter: { regions: [province] },
          first: 7,
          after,
        });
        seen.push(...events!.nodes.map((node) => Number(node.id)));
        expect(events!.nodes.every((node) => node.provinceCode === province)).toBe(true);
        after = events!.pageInfo.hasNextPage ? events!.pageInfo.endCursor : null;
      });
      counts.add(statements.length);
    } while (after);
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(counts.size).toBe(1);
  });
});
