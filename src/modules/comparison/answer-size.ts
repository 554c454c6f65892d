/**
 * About how many bytes `value` takes as JSON (a Buffer: its length), counted by walking it rather
 * than by serializing it, and given up on as soon as it passes `limit` (Infinity is returned):
 * sizing a 250 MB answer must not build a 250 MB string just to learn it is too big to keep, and
 * the walk goes depth first through lists lazily, so it stops after about `limit` bytes of work.
 * Escapes inside strings are not counted; the budget is a guard, not an invoice.
 */
export function answerSize(value: unknown, limit: number): number {
  let total = 0;
  const frames: Frame[] = [{ members: [value], next: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.members.length) {
      frames.pop();
      continue;
    }
    total += shallowSize(frame.members[frame.next++], frames);
    if (total > limit) {
      return Infinity;
    }
  }
  return total;
}

/** A list (or an object's values) being walked, and how far. */
interface Frame {
  members: readonly unknown[];
  next: number;
}

/** The bytes of `value` itself; its members become a frame to be walked in turn. */
function shallowSize(value: unknown, frames: Frame[]): number {
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
    frames.push({ members: value, next: 0 });
    return 2 + value.length;
  }
  let size = 2;
  const members: unknown[] = [];
  for (const [key, member] of Object.entries(value)) {
    size += Buffer.byteLength(key) + 4;
    members.push(member);
  }
  frames.push({ members, next: 0 });
  return size;
}
