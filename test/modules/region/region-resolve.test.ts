import { loadRegions } from '../../../src/regions/region-data';
import { RegionIndex, type RegionResolution } from '../../../src/regions/region-index';
import { RegionNameTable } from '../../../src/regions/region-name-table';
import { RETIRED_REGIONS } from '../../../src/regions/retired-regions';

const index = new RegionIndex(loadRegions(), RETIRED_REGIONS);
const codeOf = (resolution: RegionResolution) => (resolution.ok ? resolution.region.code : null);
const TIANJIN = '120000';
const LINYI = '371300';

describe('RegionIndex.resolve', () => {
  it.each([
    ['120102', '120102'],
    ['１２０１０２', '120102'],
    ['120102.0', '120102'],
    ['140727', '140727'],
    ['山东省临沂市河东区', '371312'],
    ['临沂市河东区', '371312'],
    ['天津市河东区', '120102'],
    ['天津河东区', '120102'],
    ['天津 市 河东区', '120102'],
    ['平遥县', '140728'],
    ['介休市', '140781'],
    ['祁县', '140727'],
    ['晋中市', '140700'],
    ['晋中', '140700'],
    ['山西省晋中市祁县', '140727'],
    ['天津', TIANJIN],
    ['天津市', TIANJIN],
    ['广西', '450000'],
    ['延边', '222400'],
  ])('resolves %s to %s wherever the workbook is', (cell, code) => {
    expect(codeOf(index.resolve(cell, null))).toBe(code);
  });

  it('resolves every region by its full name and by its code to itself', () => {
    const misses = loadRegions().filter(
      (r) =>
        codeOf(index.resolve(r.fullName, null)) !== r.code ||
        codeOf(index.resolve(r.code, null)) !== r.code,
    );
    expect(misses.map((r) => r.fullName)).toEqual([]);
  });

  it.each([
    ['河东区体育局', TIANJIN, '120102'],
    ['晋中市体育局', null, '140700'],
    ['天津市河东区体育局', null, '120102'],
    ['天津市河东区体育局（盖章）', null, '120102'],
    ['河东区文化和旅游体育局', LINYI, '371312'],
    ['河东区文体局', TIANJIN, '120102'],
    ['河东区教育体育局', LINYI, '371312'],
    ['河东区文体广电局 (章)', TIANJIN, '120102'],
    ['填报单位：天津市河东区体育局', null, '120102'],
  ])('resolves the bureau name %s (scope %s) to its region %s', (cell, scope, code) => {
    expect(codeOf(index.resolve(cell, scope))).toBe(code);
  });

  it('reports a name shared across China as ambiguous, listing each candidate with its code', () => {
    expect(index.resolve('河东区', null)).toEqual({
      ok: false,
      code: 'REGION_AMBIGUOUS',
      message: '"河东区" is ambiguous: 天津市河东区 (120102), 山东省临沂市河东区 (371312)',
      candidates: [
        { code: '120102', fullName: '天津市河东区' },
        { code: '371312', fullName: '山东省临沂市河东区' },
      ],
    });
    expect(index.resolve('河东', null)).toMatchObject({ ok: false, code: 'REGION_AMBIGUOUS' });
  });

  it("resolves an ambiguous name within the workbook's region", () => {
    expect(codeOf(index.resolve('河东区', TIANJIN))).toBe('120102');
    expect(codeOf(index.resolve('河东区', LINYI))).toBe('371312');
    expect(codeOf(index.resolve('河东区', '370000'))).toBe('371312');
    expect(codeOf(index.resolve('河东', '120102'))).toBe('120102');
  });

  it('stays ambiguous when the scope holds none of the candidates', () => {
    const resolution = index.resolve('河东区', '140700');
    expect(resolution).toMatchObject({ ok: false, code: 'REGION_AMBIGUOUS' });
  });

  it('returns the single match outside the scope, for the caller to reject with isWithin', () => {
    const resolution = index.resolve('平遥县', TIANJIN);
    expect(codeOf(resolution)).toBe('140728');
    expect(index.isWithin('140728', TIANJIN)).toBe(false);
  });

  it('stays ambiguous when several candidates lie inside the scope', () => {
    expect(index.resolve('吉林', '220000')).toMatchObject({
      ok: false,
      code: 'REGION_AMBIGUOUS',
      candidates: [{ code: '220000' }, { code: '220200' }],
    });
    expect(codeOf(index.resolve('吉林市', '220000'))).toBe('220200');
    expect(codeOf(index.resolve('海南', '630000'))).toBe('632500');
  });

  describe('when one region is named exactly and another by its short name', () => {
    const region = (code: string, name: string, shortName: string, parentCode: string | null) => ({
      code,
      name,
      shortName,
      parentCode,
      fullName: name,
      level: parentCode ? ('DISTRICT' as const) : ('PROVINCE' as const),
      pinyin: 'x',
    });
    const small = new RegionIndex([
      region('100000', '甲省', '甲省', null),
      region('100101', '河东', '河东', '100000'),
      region('200000', '乙省', '乙省', null),
      region('200101', '河东区', '河东', '200000'),
    ]);

    it('prefers the exact name', () => {
      expect(codeOf(small.resolve('河东', null))).toBe('100101');
    });

    it('prefers the short name when only it lies inside the scope', () => {
      expect(codeOf(small.resolve('河东', '200000'))).toBe('200101');
    });
  });

  it('resolves a code whatever the scope, leaving the scope check to the caller', () => {
    expect(codeOf(index.resolve('371312', TIANJIN))).toBe('371312');
    expect(codeOf(index.resolve('371312000000', TIANJIN))).toBe('371312');
  });

  it.each(['441901', '710100', '999999', '祁', '河东区民政局', '体育局', ''])(
    'reports %p as not found, with no candidates',
    (cell) => {
      expect(index.resolve(cell, null)).toMatchObject({
        ok: false,
        code: 'REGION_NOT_FOUND',
        candidates: [],
      });
    },
  );

  it('answers a repeated cell and scope from its cache without looking the name up again', () => {
    const lookup = jest.spyOn(RegionNameTable.prototype, 'lookup');
    const first = index.resolve('天津市河东区体育局（章）', TIANJIN);
    const calls = lookup.mock.calls.length;
    for (let i = 0; i < 100_000; i++) {
      expect(index.resolve('天津市河东区体育局（章）', TIANJIN)).toBe(first);
    }
    expect(lookup.mock.calls.length).toBe(calls);
    expect(index.resolve('天津市河东区体育局（章）', LINYI)).not.toBe(first);
    lookup.mockRestore();
  });
});
