const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * `--expires`: a lifetime from now (90d, 12w, 24h) or a date (2027-06-30, meaning its start in
 * UTC, or a full ISO time). Null when it is neither, or not in the future.
 */
export function parseExpiry(text: string, now: Date): Date | null {
  const lifetime = /^(\d{1,5})([hdw])$/.exec(text.trim());
  const at = lifetime
    ? new Date(now.getTime() + Number(lifetime[1]) * UNIT_MS[lifetime[2]])
    : /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())
      ? new Date(text.trim())
      : null;
  return at && !Number.isNaN(at.getTime()) && at > now ? at : null;
}
