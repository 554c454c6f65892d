import type { RegionRecord } from './region-data';
import { type NameMatch, RegionNameTable } from './region-name-table';
import { normalizeCell, stripBureauSuffix } from './region-names';
import type { RetiredRegion } from './retired-regions';

export interface RegionCandidate {
  code: string;
  fullName: string;
}

export type RegionResolution =
  | { ok: true; region: RegionRecord; viaRetired?: { code: string; name: string } }
  | {
      ok: false;
      code: 'REGION_NOT_FOUND' | 'REGION_AMBIGUOUS';
      message: string;
      candidates: RegionCandidate[];
    };

// A code as Excel may hand it over: 120102, 120102.0, or the 12-digit statistical 120102000000.
const CODE_CELL = /^(\d{6})(?:\.0+|000000)?$/;
// Distinct (cell, scope) pairs in one import are few; the bound only guards a runaway process.
const CACHE_LIMIT = 100_000;

/**
 * All regions in memory, for the importer (a million cells per ledger) and the API's search.
 * Built once per process; every method reads prebuilt maps.
 */
export class RegionIndex {
  private readonly byCode: Map<string, RegionRecord>;
  private readonly childrenOf = new Map<string, RegionRecord[]>();
  private readonly ancestorsOf = new Map<string, RegionRecord[]>();
  private readonly successorOf: Map<string, string>;
  private readonly names: RegionNameTable;
  private readonly haystacks: [code: string, text: string][];
  private readonly cache = new Map<string, RegionResolution>();

  constructor(regions: readonly RegionRecord[], retired: readonly RetiredRegion[] = []) {
    this.byCode = new Map(regions.map((region) => [region.code, region]));
    for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
      this.ancestorsOf.set(region.code, this.walkUp(region));
      if (region.parentCode) {
        const siblings = this.childrenOf.get(region.parentCode) ?? [];
        this.childrenOf.set(region.parentCode, [...siblings, region]);
      }
    }
    this.successorOf = new Map(retired.map((old) => [old.code, old.successorCode]));
    this.names = new RegionNameTable(regions, retired);
    this.haystacks = regions.map((r) => [r.code, `${r.name}\n${r.fullName}\n${r.pinyin}`]);
  }

  /** Every current region code. */
  codes(): string[] {
    return [...this.byCode.keys()];
  }

  get(code: string): RegionRecord | undefined {
    return this.byCode.get(code);
  }

  /** Regions whose parent is this one, by code; a municipality's are its districts. */
  children(code: string): RegionRecord[] {
    return this.childrenOf.get(code) ?? [];
  }

  /** Parent first, province last; empty for a province or an unknown code. */
  ancestors(code: string): RegionRecord[] {
    return this.ancestorsOf.get(code) ?? [];
  }

  /** Whether code lies in ancestorCode's subtree; a region lies within itself. */
  isWithin(code: string, ancestorCode: string): boolean {
    return code === ancestorCode || this.ancestors(code).some((a) => a.code === ancestorCode);
  }

  /**
   * The region a ledger cell names: a code (current or retired), a full name or a tail of it,
   * a name, a short name, a bureau name (河东区体育局) or a retired name (太谷县 → 太谷区).
   * Names shared across China are narrowed to scopeCode's subtree (a retired scope counts as
   * its successor, an unknown one as no scope). When nothing inside the scope matches but
   * something outside does, that region is returned with ok: the caller checks isWithin and
   * reports "outside the workbook's region" itself, which says more than "not found".
   */
  resolve(cell: string, scopeCode: string | null): RegionResolution {
    const key = `${scopeCode ?? ''}\u0000${cell}`;
    let resolution = this.cache.get(key);
    if (!resolution) {
      if (this.cache.size >= CACHE_LIMIT) {
        this.cache.clear();
      }
      resolution = this.resolveUncached(cell, scopeCode);
      this.cache.set(key, resolution);
    }
    return resolution;
  }

  /** Codes of regions whose name, full name or pinyin contains text, case-insensitively. */
  search(text: string): string[] {
    const needle = normalizeCell(text).toLowerCase().replace(/ü/g, 'v');
    if (!needle) {
      return [];
    }
    return this.haystacks.filter(([, hay]) => hay.includes(needle)).map(([code]) => code);
  }

  private resolveUncached(cell: string, scopeCode: string | null): RegionResolution {
    const text = normalizeCell(cell);
    const code = CODE_CELL.exec(text)?.[1];
    let tiers = this.names.lookup(code ?? text);
    if (!code && tiers.every((t) => t.length === 0)) {
      tiers = this.names.lookup(stripBureauSuffix(text));
    }
    const resolution = this.choose(tiers, this.scope(scopeCode), cell);
    if (code && !resolution.ok) {
      return notFound(`"${cell.trim()}" is not a GB/T 2260 region code`);
    }
    return resolution;
  }

  // A retired scope counts as its successor, an unknown one as no scope.
  private scope(scopeCode: string | null): string | null {
    const code = scopeCode && (this.successorOf.get(scopeCode) ?? scopeCode);
    return code && this.byCode.has(code) ? code : null;
  }

  // The best tier with a match inside the scope wins; with none inside, the best tier at all.
  private choose(tiers: NameMatch[][], scope: string | null, cell: string): RegionResolution {
    const scoped = scope ? tiers.map((t) => t.filter((m) => this.isWithin(m.code, scope))) : tiers;
    const matches = scoped.find((t) => t.length > 0) ?? tiers.find((t) => t.length > 0);
    if (!matches) {
      return notFound(`"${cell.trim()}" names no region; expected a code, a name or a bureau name`);
    }
    if (matches.length === 1) {
      const [{ code, viaRetired }] = matches;
      return { ok: true, region: this.byCode.get(code)!, ...(viaRetired && { viaRetired }) };
    }
    const candidates = matches
      .map((m) => ({ code: m.code, fullName: this.byCode.get(m.code)!.fullName }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const listed = candidates.map((c) => `${c.fullName} (${c.code})`).join(', ');
    const message = `"${cell.trim()}" is ambiguous: ${listed}`;
    return { ok: false, code: 'REGION_AMBIGUOUS', message, candidates };
  }

  private walkUp(region: RegionRecord): RegionRecord[] {
    const chain: RegionRecord[] = [];
    for (let r = region; r.parentCode && this.byCode.has(r.parentCode);) {
      r = this.byCode.get(r.parentCode)!;
      chain.push(r);
    }
    return chain;
  }
}

function notFound(message: string): RegionResolution {
  return { ok: false, code: 'REGION_NOT_FOUND', message, candidates: [] };
}
