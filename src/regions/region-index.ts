import type { RegionRecord } from './region-data';
import { type NameMatch, RegionNameTable } from './region-name-table';
import { normalizeCell, stripBureauSuffix } from './region-names';
import { RegionTree } from './region-tree';
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
 * All regions in memory, for the importer (a million cells per ledger) and the API's search: the
 * region rules of RegionTree, and the name tables that resolve what a ledger cell says.
 * Built once per process; every method reads prebuilt maps.
 */
export class RegionIndex extends RegionTree {
  private readonly successorOf: Map<string, string>;
  private readonly names: RegionNameTable;
  private readonly haystacks: [code: string, text: string][];
  private readonly cache = new Map<string, RegionResolution>();

  constructor(regions: readonly RegionRecord[], retired: readonly RetiredRegion[] = []) {
    super(regions);
    this.successorOf = new Map(retired.map((old) => [old.code, old.successorCode]));
    this.names = new RegionNameTable(this, retired);
    this.haystacks = regions.map((r) => [r.code, `${r.name}\n${r.fullName}\n${r.pinyin}`]);
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
    return code && this.get(code) ? code : null;
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
      return { ok: true, region: this.get(code)!, ...(viaRetired && { viaRetired }) };
    }
    const candidates = matches
      .map((m) => ({ code: m.code, fullName: this.get(m.code)!.fullName }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const listed = candidates.map((c) => `${c.fullName} (${c.code})`).join(', ');
    const message = `"${cell.trim()}" is ambiguous: ${listed}`;
    return { ok: false, code: 'REGION_AMBIGUOUS', message, candidates };
  }
}

function notFound(message: string): RegionResolution {
  return { ok: false, code: 'REGION_NOT_FOUND', message, candidates: [] };
}
