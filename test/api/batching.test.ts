import {
  FacilitySourcesDocument,
  RegionPageDocument,
  RegionTreeDocument,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

// Districts of several provinces, a municipality's district among them, and a city itself.
const REGIONS = ['120102', '371312', '140702', '140781', '110105', '440305', '140700', '510104'];
const MAX_STATEMENTS = 8;

beforeAll(async () => {
  app = await startTestApp();
  const batches = await app.sql<{ id: number }>(
    `insert into import_batch (file_name, sha256, status, created_at, report)
     select name, repeat('0', 64), 'COMMITTED', now(), '{"sheets":[],"errors":[],"warnings":[]}'
     from unnest(array['晋中市场地设施台账.xlsx', '天津市河东区场地设施台账.xlsx']) as name
     returning id`,
  );
  await app.sql(
    `insert into facility (batch_id, sheet, row, region_code, scope_region_code, year, current,
                           name, type, status, quantity)
     select (?::int[])[1 + i % 2], '场地设施', 3 + i, r.code, r.code, 2024, true,
            '健身路径' || i, 'FITNESS_GARDEN', 'COMPLETED', 1
     from generate_series(0, 299) as i, lateral (select (?::text[])[1 + i % ?] as code) as r`,
    [batches.map((batch) => batch.id), REGIONS, REGIONS.length],
  );
});

afterAll(async () => {
  await app?.stop();
});

describe('batched loading', () => {
  it('lists 1000 regions with grandparents and children in as many statements as 10', async () => {
    // The small page starts inside 晋中市, so it too loads parents, grandparents and children.
    const { regions: jinzhong } = await app.gql(RegionPageDocument, { parent: '140700', first: 1 });
    const small = { level: 'DISTRICT' as const, first: 10, after: jinzhong!.pageInfo.endCursor };
    const few = await app.countStatements(async () => {
      const { regions } = await app.gql(RegionTreeDocument, small);
      expect(regions!.nodes[0]).toMatchObject({
        code: '140703',
        parent: { parent: { name: '山西省' } },
      });
    });
    let nodes = 0;
    const many = await app.countStatements(async () => {
      const { regions } = await app.gql(RegionTreeDocument, { level: 'DISTRICT', first: 1000 });
      nodes = regions!.nodes.length;
    });
    expect(nodes).toBe(1000);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('lists provinces with their children in a constant number of statements', async () => {
    const count = await app.countStatements(async () => {
      const { regions } = await app.gql(RegionTreeDocument, { level: 'PROVINCE', first: 1000 });
      expect(regions!.nodes).toHaveLength(31);
      const tianjin = regions!.nodes.find((node) => node.code === '120000');
      expect(tianjin?.children!.map((child) => child.name)).toContain('河东区');
      expect(regions!.nodes.every((node) => node.parent === null)).toBe(true);
    });
    expect(count).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('lists 300 facilities with regions and sources in as many statements as 3', async () => {
    const few = await app.countStatements(() => app.gql(FacilitySourcesDocument, { first: 3 }));
    let rows = 0;
    const many = await app.countStatements(async () => {
      const { facilities } = await app.gql(FacilitySourcesDocument, { first: 300 });
      rows = facilities!.nodes.length;
      const hedong = facilities!.nodes.find((node) => node.region.name === '河东区');
      expect(hedong?.region.parent?.name).toMatch(/^(天津市|临沂市)$/);
      const files = new Set(facilities!.nodes.map((node) => node.source.batch.fileName));
      expect(files).toEqual(new Set(['晋中市场地设施台账.xlsx', '天津市河东区场地设施台账.xlsx']));
      expect(facilities!.nodes[0].source).toMatchObject({ sheet: '场地设施', row: 3 });
    });
    expect(rows).toBe(300);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
