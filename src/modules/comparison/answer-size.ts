/**
 * About how many bytes `value` takes as JSON (a Buffer: its length), counted by walking it rather
 * than by serializing it, and given up on as soon as it passes `limit` (Infinity is returned):
 * sizing a 250 MB answer must not build a 250 MB string just to learn it is too big to keep.
 * Escapes inside strings are not counted; the budget is a guard, not an invoice.
 */
export function answerSize(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    total += shallowSize(stack.pop(), stack);
    if (total > limit) {
      return Infinity;
    }
  }
  return total;
}

/** The bytes of `value` itself; its members are pushed onto `stack` to be counted in turn. */
function shallowSize(value: unknown, stack: unknown[]): number {
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
    for (const member of value) {
      stack.push(member);
    }
    return 2 + value.length;
  }
  let size = 2;
  for (const [key, member] of Object.entries(value)) {
    size += Buffer.byteLength(key) + 4;
    stack.push(member);
  }
  return size;
}
