import { loadRegions } from '../../../src/regions/region-data';
import { RETIRED_REGIONS } from '../../../src/regions/retired-regions';

const byCode = new Map(loadRegions().map((r) => [r.code, r]));

describe('RETIRED_REGIONS', () => {
  it('names only codes that are no longer in use, each once', () => {
    const codes = RETIRED_REGIONS.map((old) => old.code);
    expect(codes.filter((code) => byCode.has(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('points every retired division at a current successor of the level it had', () => {
    // 儋州 is the one promotion: a county-level city that became a prefecture city in 2015.
    const promoted = new Set(['469003']);
    for (const old of RETIRED_REGIONS) {
      const wasCounty = !old.code.endsWith('00') && !promoted.has(old.code);
      expect([old.code, byCode.get(old.successorCode)?.level]).toEqual([
        old.code,
        wasCounty ? 'DISTRICT' : 'CITY',
      ]);
      expect(old.until).toBeGreaterThanOrEqual(2010);
      expect(old.until).toBeLessThanOrEqual(new Date().getFullYear());
    }
  });

  it('records 太谷县 140726 as succeeded by 太谷区 140703 in 2019', () => {
    expect(RETIRED_REGIONS).toContainEqual({
      code: '140726',
      name: '太谷县',
      successorCode: '140703',
      until: 2019,
    });
    expect(byCode.get('140703')?.name).toBe('太谷区');
  });

  it("keeps every successor in the retired division's province", () => {
    const moved = RETIRED_REGIONS.filter((o) => o.code.slice(0, 2) !== o.successorCode.slice(0, 2));
    expect(moved).toEqual([]);
  });
});
