import { answerSize } from '../../src/modules/comparison/answer-size';

// The answer cache's budget sizes each answer by walking it (answer-size.ts); a long list is
// sized from a sample of its rows, so the estimate must stay close to the JSON's real length.

/** A country-wide summary's rows: alike in shape, unlike in values. */
function rows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    regionCode: String(110000 + i * 37),
    region: { code: String(110000 + i * 37), name: `区${'县'.repeat(i % 5)}`, level: 'DISTRICT' },
    type: i % 3 === 0 ? null : 'FITNESS_GARDEN',
    count: i * 13,
    investmentYuan: i % 7 === 0 ? null : i * 1234.5,
  }));
}

it('sizes a 3,000-row answer within a tenth of its JSON length', () => {
  const answer = { data: { facilitySummary: rows(3_000) } };
  const json = Buffer.byteLength(JSON.stringify(answer));

  const size = answerSize(answer, Number.POSITIVE_INFINITY);

  expect(Math.abs(size - json) / json).toBeLessThan(0.1);
});

it('sizes a short list exactly as it walks it, a Buffer by its length', () => {
  expect(answerSize([1, 'ab', null], 1_000)).toBe(2 + 3 + 1 + 4 + 4);
  expect(answerSize(Buffer.alloc(500), 1_000)).toBe(500);
});

it('gives up (Infinity) on an answer larger than the limit', () => {
  const answer = rows(20_000);
  expect(answerSize(answer, 100_000)).toBe(Number.POSITIVE_INFINITY);
  expect(answerSize(answer, 100_000_000)).toBeLessThan(100_000_000);
});
