/** Lists longer than this are sized from this many of their members, evenly spaced. */
const SAMPLED = 64;

/**
 * About how many bytes `value` takes as JSON (a Buffer: its length), counted by walking it rather
 * than by serializing it, and given up on as soon as it passes `limit` (Infinity is returned):
 * sizing a 250 MB answer must not build a 250 MB string just to learn it is too big to keep.
 * A long list is sized from a sample of its members (the rows of an answer are alike), so that
 * sizing a 2,847-row answer costs what 64 rows do; the walk goes depth first, so it stops soon
 * after passing `limit`. Escapes inside strings are not counted; the budget is a guard, not an
 * invoice.
 */
export function answerSize(value: unknown, limit: number): number {
  let total = 0;
  const frames: Frame[] = [{ members: [value], next: 0, weight: 1 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.members.length) {
      frames.pop();
      continue;
    }
    total += frame.weight * shallowSize(frame.members[frame.next++], frame.weight, frames);
    if (total > limit) {
      return Infinity;
    }
  }
  return Math.ceil(total);
}

/** A list (or an object's values) being walked, how far, and how many members each stands for. */
interface Frame {
  members: readonly unknown[];
  next: number;
  weight: number;
}

/** The bytes of `value` itself; its members become a frame to be walked in turn. */
function shallowSize(value: unknown, weight: number, frames: Frame[]): number {
  if (value === null || value === undefined) {
    return 4;
  }
  if (typeof value === 'string') {
    return Buffer.byteLength(value) + 2;
  }
  if (typeof value !== 'object') {
    return String(value).length;
  }
  if (Buffer.isBuffer(value)) {
    return value.length;
  }
  if (Array.isArray(value)) {
    const members = value.length > SAMPLED ? sample(value) : value;
    frames.push({
      members,
      next: 0,
      weight: (weight * value.length) / Math.max(members.length, 1),
    });
    return 2 + value.length;
  }
  let size = 2;
  const members: unknown[] = [];
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) {
      size += key.length + 4;
      members.push((value as Record<string, unknown>)[key]);
    }
  }
  frames.push({ members, next: 0, weight });
  return size;
}

function sample(values: readonly unknown[]): unknown[] {
  const step = values.length / SAMPLED;
  return Array.from({ length: SAMPLED }, (_, i) => values[Math.floor(i * step)]);
}
