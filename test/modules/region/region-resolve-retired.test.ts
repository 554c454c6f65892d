import { loadRegions } from '../../../src/regions/region-data';
import { RegionIndex, type RegionResolution } from '../../../src/regions/region-index';
import { RETIRED_REGIONS } from '../../../src/regions/retired-regions';

const index = new RegionIndex(loadRegions(), RETIRED_REGIONS);
const codeOf = (resolution: RegionResolution) => (resolution.ok ? resolution.region.code : null);

describe('RegionIndex.resolve with retired divisions', () => {
  it('resolves a retired code to its successor and says which division it was', () => {
    expect(index.resolve('140726', null)).toMatchObject({
      ok: true,
      region: { code: '140703', name: '太谷区' },
      viaRetired: { code: '140726', name: '太谷县' },
    });
  });

  it.each([
    ['太谷县', '140703'],
    ['晋中市太谷县', '140703'],
    ['山西省晋中市太谷县体育局', '140703'],
    ['蓟县', '120119'],
    ['天津市静海县', '120118'],
    ['密云县', '110118'],
    ['长岛县', '370614'],
    ['南通市港闸区', '320613'],
  ])('resolves the retired name %s to its successor %s', (cell, code) => {
    const resolution = index.resolve(cell, null);
    expect(codeOf(resolution)).toBe(code);
    expect(resolution.ok && resolution.viaRetired?.name).toBeTruthy();
  });

  it('narrows within a retired scope as within its successor', () => {
    expect(codeOf(index.resolve('市中区', null))).toBeNull();
    expect(codeOf(index.resolve('市中区', '371200'))).toBe('370103');
  });

  it('does not mark a current name as retired', () => {
    expect(index.resolve('太谷区', null)).toEqual({ ok: true, region: index.get('140703') });
  });
});
