import { loadRegions } from '../../../src/regions/region-data';
import { RegionIndex } from '../../../src/regions/region-index';
import { RETIRED_REGIONS } from '../../../src/regions/retired-regions';

const index = new RegionIndex(loadRegions(), RETIRED_REGIONS);
const codes = (regions: { code: string }[]) => regions.map((r) => r.code);

describe('RegionIndex', () => {
  it('gets a region by its code and nothing for a code that is not current', () => {
    expect(index.get('120102')).toMatchObject({ name: '河东区', fullName: '天津市河东区' });
    expect(index.get('140726')).toBeUndefined();
  });

  it('lists the eleven county-level divisions of 晋中市 by code', () => {
    expect(index.children('140700').map((r) => r.name)).toEqual([
      ...['榆次区', '太谷区', '榆社县', '左权县', '和顺县', '昔阳县', '寿阳县', '祁县', '平遥县'],
      ...['灵石县', '介休市'],
    ]);
  });

  it("lists a municipality's districts as its children, with no city level between", () => {
    const children = index.children('120000');
    expect(children).toHaveLength(16);
    expect(children.every((r) => r.level === 'DISTRICT')).toBe(true);
    expect(codes(children)).toContain('120102');
  });

  it('gives ancestors nearest first and none for a province', () => {
    expect(codes(index.ancestors('371312'))).toEqual(['371300', '370000']);
    expect(codes(index.ancestors('120102'))).toEqual(['120000']);
    expect(index.ancestors('370000')).toEqual([]);
  });

  it('counts a region within itself and its ancestors, not within siblings or descendants', () => {
    expect(index.isWithin('140727', '140727')).toBe(true);
    expect(index.isWithin('140727', '140700')).toBe(true);
    expect(index.isWithin('140727', '140000')).toBe(true);
    expect(index.isWithin('140727', '140728')).toBe(false);
    expect(index.isWithin('140700', '140727')).toBe(false);
    expect(index.isWithin('120102', '370000')).toBe(false);
  });

  it('finds both 河东区 by pinyin, case-insensitively, and by Chinese name', () => {
    expect(index.search('hedong')).toEqual(['120102', '371312']);
    expect(index.search('HeDong')).toEqual(['120102', '371312']);
    expect(index.search('河东区')).toEqual(['120102', '371312']);
  });

  it('searches full names, so a city name finds the city and everything in it', () => {
    const found = index.search('晋中市');
    expect(found).toHaveLength(12);
    expect(found).toEqual(expect.arrayContaining(['140700', '140727', '140781']));
    expect(index.search('天津市河东')).toEqual(['120102']);
  });

  it('finds nothing for blank or unknown text', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('xyzzy')).toEqual([]);
  });
});
