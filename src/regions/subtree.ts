import type { RegionIndex } from './region-index';

/** A region and every region below it, from the in-memory tree. */
export function subtree(regions: RegionIndex, code: string): string[] {
  const codes = [code];
  for (let i = 0; i < codes.length; i += 1) {
    codes.push(...regions.children(codes[i]).map((child) => child.code));
  }
  return codes;
}
