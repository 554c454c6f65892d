import { loadRegions, type RegionRecord } from '../../../src/regions/region-data';

const regions = loadRegions();
const byCode = new Map(regions.map((r) => [r.code, r]));
const at = (code: string): RegionRecord => {
  const region = byCode.get(code);
  if (!region) {
    throw new Error(`no region ${code}`);
  }
  return region;
};
const countOf = (level: RegionRecord['level']) => regions.filter((r) => r.level === level).length;

describe('loadRegions', () => {
  it('loads 31 provinces, about 330 prefecture cities and about 2,850 county-level divisions', () => {
    expect(countOf('PROVINCE')).toBe(31);
    expect(countOf('CITY')).toBeGreaterThanOrEqual(325);
    expect(countOf('CITY')).toBeLessThanOrEqual(340);
    expect(countOf('DISTRICT')).toBeGreaterThanOrEqual(2800);
    expect(countOf('DISTRICT')).toBeLessThanOrEqual(2900);
  });

  it('lists every code once, sorted, and every parent exists one level up', () => {
    expect(byCode.size).toBe(regions.length);
    expect(regions.map((r) => r.code)).toEqual([...byCode.keys()].sort());
    for (const region of regions) {
      const parentLevel = region.parentCode ? at(region.parentCode).level : null;
      const expected = { PROVINCE: [null], CITY: ['PROVINCE'], DISTRICT: ['PROVINCE', 'CITY'] };
      expect(expected[region.level]).toContain(parentLevel);
    }
  });

  it('gives 河东区 120102 its municipality 天津市 as parent and 天津市河东区 as full name', () => {
    expect(at('120102')).toEqual({
      code: '120102',
      name: '河东区',
      fullName: '天津市河东区',
      level: 'DISTRICT',
      parentCode: '120000',
      pinyin: 'hedongqu',
      shortName: '河东',
    });
    expect(at('120000')).toMatchObject({ fullName: '天津市', level: 'PROVINCE', parentCode: null });
  });

  it('makes the four municipalities provinces whose districts and counties sit directly below', () => {
    for (const code of ['110000', '120000', '310000', '500000']) {
      const districts = regions.filter(
        (r) => r.code.startsWith(code.slice(0, 2)) && r.code !== code,
      );
      expect(at(code).level).toBe('PROVINCE');
      expect(districts.length).toBeGreaterThan(10);
      expect(districts.every((d) => d.parentCode === code && d.level === 'DISTRICT')).toBe(true);
    }
    expect(at('500229')).toMatchObject({ name: '城口县', parentCode: '500000' });
    expect(['110100', '120100', '310100', '500100', '500200'].filter((c) => byCode.has(c))).toEqual(
      [],
    );
  });

  it('puts county-level divisions that a province administers directly under the province', () => {
    expect(at('429004')).toMatchObject({ name: '仙桃市', parentCode: '420000', level: 'DISTRICT' });
    expect(at('419001')).toMatchObject({ name: '济源市', parentCode: '410000' });
    expect(at('469001')).toMatchObject({ parentCode: '460000', fullName: '海南省五指山市' });
    expect(at('659001')).toMatchObject({ name: '石河子市', parentCode: '650000' });
    expect(['419000', '429000', '469000', '659000'].filter((c) => byCode.has(c))).toEqual([]);
  });

  it('leaves out Hong Kong, Macao and Taiwan', () => {
    expect(regions.filter((r) => /^(71|81|82)/.test(r.code))).toEqual([]);
  });

  it('leaves out the towns and development zones the package lists as counties', () => {
    const pseudo = ['441901', '442001', '460401', '620290', '130171', '130390', '320112', '232761'];
    expect(pseudo.filter((c) => byCode.has(c))).toEqual([]);
    const serials = regions
      .filter((r) => r.level === 'DISTRICT')
      .map((r) => Number(r.code.slice(4)));
    expect(serials.filter((s) => (s >= 71 && s <= 79) || s >= 90)).toEqual([]);
    const townParents = ['441900', '442000', '460400', '620200'];
    expect(regions.filter((r) => townParents.includes(r.parentCode ?? ''))).toEqual([]);
    expect(
      regions.filter((r) => /(镇|街道|开发区|工业园区|管理区|管委会|委员会)$/.test(r.name)),
    ).toEqual([]);
  });

  it('keeps 东莞, 中山, 儋州 and 嘉峪关 as prefecture cities', () => {
    for (const code of ['441900', '442000', '460400', '620200']) {
      expect(at(code).level).toBe('CITY');
    }
  });

  it('chains full names from the province down', () => {
    expect(at('140727').fullName).toBe('山西省晋中市祁县');
    expect(at('371312').fullName).toBe('山东省临沂市河东区');
    expect(at('140700').fullName).toBe('山西省晋中市');
  });

  it('spells pinyin in lower case without tones or spaces, ü as v', () => {
    expect(at('140700').pinyin).toBe('jinzhongshi');
    expect(at('500000').pinyin).toBe('chongqingshi');
    expect(at('141100').pinyin).toBe('lvliangshi');
    expect(regions.filter((r) => !/^[a-z]+$/.test(r.pinyin))).toEqual([]);
  });

  it.each([
    ['120102', '河东'],
    ['140700', '晋中'],
    ['150000', '内蒙古'],
    ['450000', '广西'],
    ['650000', '新疆'],
    ['222400', '延边'],
    ['652700', '博尔塔拉'],
    ['140727', '祁县'],
    ['140302', '城区'],
    ['230751', '金林'],
    ['140109', '万柏林'],
    ['429021', '神农架'],
    ['150724', '鄂温克'],
    ['632324', '河南'],
  ])('shortens %s to %s, never below two characters', (code, shortName) => {
    expect(at(code).shortName).toBe(shortName);
    expect(regions.filter((r) => r.shortName.length < 2)).toEqual([]);
  });
});
