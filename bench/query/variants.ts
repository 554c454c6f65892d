/** A uniform draw in [0, 1), seeded so that a run's first asks are the same each time. */
export type Random = () => number;

/** mulberry32: small, fast and good enough to pick benchmark arguments. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomOf<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

/** `n` distinct values of `values` (all of them when there are fewer), in their order there. */
export function sample<T>(random: Random, values: readonly T[], n: number): T[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(n, values.length)) {
    picked.add(Math.floor(random() * values.length));
  }
  return [...picked].sort((a, b) => a - b).map((i) => values[i]);
}

/** The values in a random order (Fisher–Yates). */
export function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const FACILITY_TYPES = `FITNESS_GARDEN FITNESS_TRAIL BASKETBALL_COURT COMMUNITY_SPORTS_PARK
  MULTI_COURT CAGE_FOOTBALL POCKET_PARK SPORTS_PARK FOOTBALL_FIELD FITNESS_CENTER TENNIS_COURT
  GYMNASIUM SWIMMING STADIUM AIR_DOME ICE_RINK TRAINING_BASE SKI_RESORT OTHER`.split(/\s+/);
export const EVENT_CATEGORIES = ['MASS_FITNESS', 'COMPETITIVE', 'YOUTH', 'ESPORTS', 'OTHER'];
export const GROUPS = ['ALL', 'YOUTH', 'ADULT', 'MASS', 'DISABLED', 'WORKERS'];
