import { isMunicipality, loadRegions } from '../../../src/regions/region-data';
import { RegionIndex } from '../../../src/regions/region-index';
import { RegionTree } from '../../../src/regions/region-tree';
import { RETIRED_REGIONS } from '../../../src/regions/retired-regions';

const regions = loadRegions();
const index = new RegionIndex(regions, RETIRED_REGIONS);
const codes = (list: { code: string }[]) => list.map((r) => r.code);

describe('RegionIndex region rules', () => {
  it('gives a subtree starting at the region, level by level, with every region below it', () => {
    const subtree = index.subtree('140700');
    expect(subtree[0]).toBe('140700');
    expect(subtree).toHaveLength(12);
    expect(subtree).toContain('140702');
    expect(index.subtree('140000').indexOf('140700')).toBeLessThan(
      index.subtree('140000').indexOf('140702'),
    );
  });

  it("gives a municipality's subtree its districts and a district's only itself", () => {
    expect(index.subtree('120000')).toHaveLength(17);
    expect(index.subtree('120000')).toContain('120102');
    expect(index.subtree('120102')).toEqual(['120102']);
  });

  it('treats an unknown code as its own subtree, with no ancestors', () => {
    expect(index.subtree('999999')).toEqual(['999999']);
    expect(index.ancestors('999999')).toEqual([]);
  });

  it('orders ancestors from the parent up to the province', () => {
    expect(codes(index.ancestors('140702'))).toEqual(['140700', '140000']);
    expect(codes(index.ancestors('140700'))).toEqual(['140000']);
    expect(codes(index.ancestors('419001'))).toEqual(['410000']);
  });

  it('knows the four municipalities and nothing else as one', () => {
    expect(['110000', '120000', '310000', '500000'].every((c) => index.isMunicipality(c))).toBe(
      true,
    );
    expect(index.isMunicipality('140000')).toBe(false);
    expect(index.isMunicipality('120102')).toBe(false);
  });

  it('rolls 河东区 of 天津 up to the municipality as both its city and its province', () => {
    expect(index.cityOf('120102')).toBe('120000');
    expect(index.provinceOf('120102')).toBe('120000');
    expect(index.rollUp('120102', 'CITY')).toBe('120000');
    expect(index.rollUp('120102', 'PROVINCE')).toBe('120000');
    expect(index.cityOf('120000')).toBe('120000');
  });

  it('rolls 榆次区 up to 晋中市 and 山西省', () => {
    expect(index.cityOf('140702')).toBe('140700');
    expect(index.provinceOf('140702')).toBe('140000');
    expect(index.rollUp('140702', 'CITY')).toBe('140700');
    expect(index.rollUp('140702', 'PROVINCE')).toBe('140000');
    expect(index.cityOf('140700')).toBe('140700');
  });

  it('counts a county-level city directly under its province as its own city', () => {
    expect(index.cityOf('419001')).toBe('419001');
    expect(index.provinceOf('419001')).toBe('410000');
  });

  it('gives a province that is not a municipality no city, and rolls it up to itself', () => {
    expect(index.cityOf('140000')).toBeNull();
    expect(index.provinceOf('140000')).toBe('140000');
    expect(index.rollUp('140000', 'CITY')).toBe('140000');
  });

  it('keeps a region itself at district level or with no level', () => {
    expect(index.rollUp('140702', 'DISTRICT')).toBe('140702');
    expect(index.rollUp('140000', 'DISTRICT')).toBe('140000');
    expect(index.rollUp('140702', null)).toBe('140702');
    expect(index.rollUp('999999', null)).toBe('999999');
  });

  it('refuses to roll up a code that is not a current region', () => {
    expect(() => index.rollUp('999999', 'CITY')).toThrow(RangeError);
    expect(() => index.provinceOf('140726')).toThrow(RangeError);
  });

  it('answers the same without the name tables, as the seed asks', () => {
    const tree = new RegionTree(regions);
    for (const code of ['120102', '140702', '419001', '140000', '500000']) {
      expect([tree.provinceOf(code), tree.cityOf(code)]).toEqual([
        index.provinceOf(code),
        index.cityOf(code),
      ]);
    }
    expect(isMunicipality('310000')).toBe(true);
  });
});
