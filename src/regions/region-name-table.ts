import { shortNameOf } from './region-names';
import type { RegionTree } from './region-tree';
import type { RetiredRegion } from './retired-regions';

/** A region a written name or code points to; viaRetired when reached through a retired one. */
export interface NameMatch {
  code: string;
  viaRetired?: { code: string; name: string };
}

interface NamePart {
  name: string;
  shortName: string;
}

/** Current official names, then retired official names, then anything using a short name. */
const EXACT = 0;
const RETIRED = 1;
const SHORT = 2;

/**
 * Every way a clerk may write a region, precomputed: its code, and each tail of the chain of
 * names from the province down (山东省临沂市河东区, 临沂市河东区, 河东区) with each part official
 * or short (天津河东区, 临沂河东, 河东). About fifteen keys per region; a lookup is three map reads.
 */
export class RegionNameTable {
  private readonly tiers = [EXACT, RETIRED, SHORT].map(() => new Map<string, NameMatch[]>());
  constructor(
    private readonly tree: RegionTree,
    retired: readonly RetiredRegion[],
  ) {
    for (const region of tree.codes().map((code) => tree.get(code)!)) {
      this.add(EXACT, region.code, { code: region.code });
      this.addChain(this.chain(region.code), { code: region.code }, EXACT);
    }
    for (const old of retired) {
      if (this.tree.get(old.successorCode)) {
        const match = { code: old.successorCode, viaRetired: { code: old.code, name: old.name } };
        const part = { name: old.name, shortName: shortNameOf(old.name) };
        this.add(RETIRED, old.code, match);
        this.addChain([...this.chain(this.formerParentCode(old)), part], match, RETIRED);
      }
    }
  }

  /** Matches per tier, best tier first; the caller decides which tier wins. */
  lookup(text: string): NameMatch[][] {
    return this.tiers.map((tier) => tier.get(text) ?? []);
  }

  /** The region and its ancestors, province first. */
  private chain(code: string | null): NamePart[] {
    const region = code ? this.tree.get(code) : undefined;
    return region ? [...this.tree.ancestors(region.code)].reverse().concat(region) : [];
  }

  // The parent it had when the code was current, if that still exists (资阳市 for 简阳市 512081);
  // otherwise its successor's parent (天津市 for 蓟县 120225).
  private formerParentCode(old: RetiredRegion): string | null {
    const isCounty = !old.code.endsWith('00');
    const parentCode = isCounty ? old.code.slice(0, 4) + '00' : old.code.slice(0, 2) + '0000';
    if (this.tree.get(parentCode)) {
      return parentCode;
    }
    return this.tree.get(old.successorCode)?.parentCode ?? null;
  }

  private addChain(chain: NamePart[], match: NameMatch, officialTier: number): void {
    for (let start = 0; start < chain.length; start++) {
      for (const [key, allOfficial] of spellings(chain.slice(start))) {
        this.add(allOfficial ? officialTier : SHORT, key, match);
      }
    }
  }

  private add(tier: number, key: string, match: NameMatch): void {
    const matches = this.tiers[tier].get(key);
    if (!matches) {
      this.tiers[tier].set(key, [match]);
    } else if (!matches.some((m) => m.code === match.code)) {
      matches.push(match);
    }
  }
}

/** Each concatenation of the parts, each part official or short, with whether all are official. */
function spellings(parts: NamePart[]): Map<string, boolean> {
  let spelled = new Map<string, boolean>([['', true]]);
  for (const part of parts) {
    const next = new Map<string, boolean>();
    for (const [prefix, allOfficial] of spelled) {
      next.set(prefix + part.shortName, next.get(prefix + part.shortName) ?? false);
      next.set(prefix + part.name, allOfficial || (next.get(prefix + part.name) ?? false));
    }
    spelled = next;
  }
  return spelled;
}
