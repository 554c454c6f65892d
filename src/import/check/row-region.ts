import type { RegionIndex } from '../../regions/region-index';
import type { RegionRecord } from '../../regions/region-data';

export type RowRegion =
  { ok: true; region: RegionRecord } | { ok: false; code: string; message: string };

/**
 * A row's region (ledger-spec §6): its region cell resolved within the workbook's region, which
 * it must lie inside; a blank cell means the workbook's region.
 */
export function rowRegion(
  regions: RegionIndex,
  cell: string | null,
  scope: RegionRecord | null,
): RowRegion {
  const key = `${scope?.code ?? ''}|${cell ?? ''}`;
  let cached = CACHE.get(regions)?.get(key);
  if (!cached) {
    cached = resolveRowRegion(regions, cell, scope);
    const cache = CACHE.get(regions) ?? new Map<string, RowRegion>();
    CACHE.set(regions, cache);
    if (cache.size < 50000) {
      cache.set(key, cached);
    }
  }
  return cached;
}

// Region cells repeat down a ledger; their resolution depends only on the text and the scope.
const CACHE = new WeakMap<RegionIndex, Map<string, RowRegion>>();

function resolveRowRegion(
  regions: RegionIndex,
  cell: string | null,
  scope: RegionRecord | null,
): RowRegion {
  if (!cell) {
    return scope
      ? { ok: true, region: scope }
      : {
          ok: false,
          code: 'REGION_REQUIRED',
          message:
            'no region: give one in this column, in the 填报单位 line, or as the upload region',
        };
  }
  const resolved = regions.resolve(cell, scope?.code ?? null);
  if (resolved.ok) {
    if (scope && !regions.isWithin(resolved.region.code, scope.code)) {
      return outside(`"${cell}" is ${resolved.region.fullName} (${resolved.region.code})`, scope);
    }
    return { ok: true, region: resolved.region };
  }
  if (scope && resolved.code === 'REGION_AMBIGUOUS') {
    const listed = resolved.candidates.map((c) => `${c.fullName} (${c.code})`).join(', ');
    return outside(`"${cell}" is ${listed}`, scope);
  }
  return { ok: false, code: resolved.code, message: resolved.message };
}

function outside(what: string, scope: RegionRecord): RowRegion {
  return {
    ok: false,
    code: 'REGION_OUTSIDE_SCOPE',
    message: `${what}, outside the workbook's region ${scope.fullName} (${scope.code}); a ledger reports only on its own region`,
  };
}
