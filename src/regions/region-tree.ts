import { isMunicipality, type RegionRecord } from './region-data';

/** A level a region's rows can be added up to; a district's is the region itself. */
export type RollupLevel = RegionRecord['level'];

interface Place {
  province: string;
  city: string | null;
}

/**
 * The region rules over the GB/T 2260 tree: children, ancestors, subtrees, containment and the
 * city and province a region rolls up to. Built once (the importer asks per row, the seed at
 * start without the name tables RegionIndex adds); every method reads prebuilt maps.
 */
export class RegionTree {
  private readonly byCode: Map<string, RegionRecord>;
  private readonly childrenOf = new Map<string, RegionRecord[]>();
  private readonly ancestorsOf = new Map<string, RegionRecord[]>();
  private readonly placeOf = new Map<string, Place>();

  constructor(regions: readonly RegionRecord[]) {
    this.byCode = new Map(regions.map((region) => [region.code, region]));
    for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
      const ancestors = this.walkUp(region);
      this.ancestorsOf.set(region.code, ancestors);
      this.placeOf.set(region.code, placeOf(region, ancestors));
      if (region.parentCode) {
        const siblings = this.childrenOf.get(region.parentCode) ?? [];
        this.childrenOf.set(region.parentCode, [...siblings, region]);
      }
    }
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
    if (code === ancestorCode) {
      return true;
    }
    for (const ancestor of this.ancestors(code)) {
      if (ancestor.code === ancestorCode) {
        return true;
      }
    }
    return false;
  }

  /** The region and every region below it, level by level; an unknown code is its own subtree. */
  subtree(code: string): string[] {
    const codes = [code];
    for (let i = 0; i < codes.length; i += 1) {
      for (const child of this.children(codes[i])) {
        codes.push(child.code);
      }
    }
    return codes;
  }

  /** 北京, 天津, 上海 and 重庆: provinces whose districts lie directly under them. */
  isMunicipality(code: string): boolean {
    return isMunicipality(code);
  }

  /** The province a current region lies in; a province's is itself. */
  provinceOf(code: string): string {
    return this.place(code).province;
  }

  /**
   * The city a current region rolls up to: its prefecture-level city; for a municipality and its
   * districts the municipality; for a county-level city directly under a province, itself.
   * Null for a province that is not a municipality.
   */
  cityOf(code: string): string | null {
    return this.place(code).city;
  }

  /**
   * The region a region's rows are added into at a level: its province; its city (a province
   * without one counts as its own); at district level, or with no level, itself.
   */
  rollUp(code: string, level: RollupLevel | null): string {
    if (!level || level === 'DISTRICT') {
      return code;
    }
    return level === 'PROVINCE' ? this.provinceOf(code) : (this.cityOf(code) ?? code);
  }

  private place(code: string): Place {
    const place = this.placeOf.get(code);
    if (!place) {
      throw new RangeError(`"${code}" is not a current GB/T 2260 region code`);
    }
    return place;
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

function placeOf(region: RegionRecord, ancestors: readonly RegionRecord[]): Place {
  const province = ancestors[ancestors.length - 1] ?? region;
  const city = [region, ...ancestors].find((r) => r.level === 'CITY');
  if (city) {
    return { province: province.code, city: city.code };
  }
  if (isMunicipality(province.code)) {
    return { province: province.code, city: province.code };
  }
  return { province: province.code, city: region.level === 'PROVINCE' ? null : region.code };
}
