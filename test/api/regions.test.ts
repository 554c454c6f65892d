import {
  RegionByCodeDocument,
  RegionPageDocument,
  type RegionLevel,
  type RegionPageQuery,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

type Page = RegionPageQuery['regions'];

/** Every page of a level, `size` regions at a time, following endCursor. */
async function walk(level: RegionLevel, size: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const { regions }: RegionPageQuery = await app.gql(RegionPageDocument, {
      level,
      first: size,
      after,
    });
    pages.push(regions);
    after = regions!.pageInfo.hasNextPage ? regions!.pageInfo.endCursor : null;
  } while (after && pages.length < 100);
  return pages;
}

const errorCode = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.map((error) => error.extensions?.code);

describe('regions', () => {
  it('finds 120102 as 天津市河东区, a district of the municipality 天津市', async () => {
    const { region } = await app.gql(RegionByCodeDocument, { code: '120102' });
    expect(region).toMatchObject({
      code: '120102',
      name: '河东区',
      fullName: '天津市河东区',
      level: 'DISTRICT',
      parent: { code: '120000', name: '天津市' },
      children: [],
    });
  });

  it('returns null for a code that is no region', async () => {
    const { region } = await app.gql(RegionByCodeDocument, { code: '999999' });
    expect(region).toBeNull();
  });

  it.each(['河东区', 'hedong'])('finds both 河东区 when searching %s', async (search) => {
    const { regions } = await app.gql(RegionPageDocument, { search });
    expect(regions!.nodes.map((node) => node.code)).toEqual(['120102', '371312']);
    expect(regions!.nodes.map((node) => node.fullName)).toEqual([
      '天津市河东区',
      '山东省临沂市河东区',
    ]);
    expect(regions!.totalCount).toBe(2);
  });

  it('lists the 11 county-level children of 晋中市 by code, 榆次区 first', async () => {
    const { region } = await app.gql(RegionByCodeDocument, { code: '140700' });
    expect(region?.name).toBe('晋中市');
    expect(region?.level).toBe('CITY');
    expect(region!.children!).toHaveLength(11);
    expect(region!.children![0]).toEqual({ code: '140702', name: '榆次区', level: 'DISTRICT' });
    expect(region!.children!.every((child) => child.level === 'DISTRICT')).toBe(true);
    const codes = region!.children!.map((child) => child.code);
    expect(codes).toEqual([...codes].sort());

    const { regions } = await app.gql(RegionPageDocument, { parent: '140700' });
    expect(regions!.nodes.map((node) => node.code)).toEqual(codes);
  });

  it('counts 31 provinces and about 333 cities and 2847 districts', async () => {
    const count = async (level: RegionLevel) =>
      (await app.gql(RegionPageDocument, { level, first: 1 })).regions!.totalCount;
    expect(await count('PROVINCE')).toBe(31);
    const cities = await count('CITY');
    const districts = await count('DISTRICT');
    expect(cities).toBeGreaterThanOrEqual(333 * 0.95);
    expect(cities).toBeLessThanOrEqual(333 * 1.05);
    expect(districts).toBeGreaterThanOrEqual(2847 * 0.95);
    expect(districts).toBeLessThanOrEqual(2847 * 1.05);
  });

  it('walks every city exactly once, page after page, with a correct pageInfo', async () => {
    const pages = await walk('CITY', 100);
    const total = pages[0]!.totalCount;
    expect(pages).toHaveLength(Math.ceil(total / 100));
    const codes = pages.flatMap((page) => page!.nodes.map((node) => node.code));
    expect(codes).toHaveLength(total);
    expect(new Set(codes).size).toBe(total);
    expect(codes).toEqual([...codes].sort());
    pages.forEach((page, i) => {
      const last = i === pages.length - 1;
      expect(page!.totalCount).toBe(total);
      expect(page!.pageInfo.hasNextPage).toBe(!last);
      expect(page!.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page!.pageInfo.startCursor).toBe(page!.edges![0]!.cursor);
      expect(page!.pageInfo.endCursor).toBe(page!.edges![page!.edges!.length - 1]!.cursor);
      expect(page!.edges!.map((edge) => edge!.node!.code)).toEqual(page!.nodes.map((n) => n.code));
      expect(page!.nodes).toHaveLength(last ? total - 100 * i : 100);
    });
  });

  it('gives 100 regions when first is not given', async () => {
    const { regions } = await app.gql(RegionPageDocument, { level: 'DISTRICT' });
    expect(regions!.nodes).toHaveLength(100);
    expect(regions!.pageInfo.hasNextPage).toBe(true);
  });

  it('allows first: 1000', async () => {
    const { regions } = await app.gql(RegionPageDocument, { level: 'DISTRICT', first: 1000 });
    expect(regions!.nodes).toHaveLength(1000);
    expect(regions!.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first: 1001 with PAGE_LIMIT naming the cap, before running', async () => {
    const result = await app.gqlRaw(RegionPageDocument, { level: 'DISTRICT', first: 1001 });
    expect(result.data?.regions ?? null).toBeNull();
    expect(errorCode(result)).toEqual(['PAGE_LIMIT']);
    expect(result.errors?.[0].message).toMatch(/1000/);
  });

  it('rejects a negative first with BAD_USER_INPUT', async () => {
    const result = await app.gqlRaw(RegionPageDocument, { first: -1 });
    expect(errorCode(result)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of something else', Buffer.from('{"code":"110000"}').toString('base64url')],
    ['a cursor of a numeric key', Buffer.from('[17]').toString('base64url')],
  ])('rejects a malformed after cursor (%s) with BAD_CURSOR', async (_label, after) => {
    const result = await app.gqlRaw(RegionPageDocument, { level: 'CITY', after });
    expect(result.data?.regions ?? null).toBeNull();
    expect(errorCode(result)).toEqual(['BAD_CURSOR']);
  });
});
