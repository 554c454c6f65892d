import fc from 'fast-check';
import { rowRegion } from '../../src/import/check/row-region';
import { parseText } from '../../src/import/parse/cells';
import { loadRegions } from '../../src/regions/region-data';
import { RegionIndex } from '../../src/regions/region-index';
import { RETIRED_REGIONS } from '../../src/regions/retired-regions';
import { anyCell, fullWidth } from './cell-arbitraries';

// A region cell is read as text and then resolved within the workbook's region: whatever the
// cell holds, the answer is a region inside that scope or an issue with a code.

const REGIONS = loadRegions();
const index = new RegionIndex(REGIONS, RETIRED_REGIONS);
const region = fc.constantFrom(...REGIONS);
const scope = fc.option(region, { nil: null });

describe('a region cell', () => {
  it('resolves any cell to a region inside the scope or to an issue, never throwing', () => {
    fc.assert(
      fc.property(anyCell, scope, (raw, within) => {
        const text = parseText(raw);
        const answer = rowRegion(index, text.ok ? text.value : null, within);
        if (answer.ok) {
          expect(within === null || index.isWithin(answer.region.code, within.code)).toBe(true);
        } else {
          expect(answer.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(answer.message).toEqual(expect.any(String));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the region its code or full name gives, in full width, spaced or as a bureau', () => {
    const written = fc.tuple(region, fc.nat(4)).map(([r, notation]) => {
      const cells = [
        r.code,
        fullWidth(r.code),
        ` ${r.code}\u3000`,
        r.fullName,
        `${r.fullName}体育局`,
      ];
      return { region: r, cell: cells[notation] };
    });
    fc.assert(
      fc.property(written, scope, ({ region: named, cell }, within) => {
        const text = parseText(cell);
        const answer = rowRegion(index, text.ok ? text.value : null, within);
        const inside = within === null || index.isWithin(named.code, within.code);
        expect(answer.ok ? answer.region.code : answer.code).toBe(
          inside ? named.code : 'REGION_OUTSIDE_SCOPE',
        );
      }),
      { numRuns: 2000 },
    );
  });
});
