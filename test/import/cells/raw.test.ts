import { unwrapCell } from '../../../src/import/parse/cells';
import { failedWith, parsedAs } from './parsed';

describe('unwrapCell', () => {
  it('passes plain strings, numbers, booleans and dates through', () => {
    const date = new Date(Date.UTC(2021, 6, 1));
    expect(unwrapCell('河东区')).toEqual(parsedAs('河东区'));
    expect(unwrapCell(1114)).toEqual(parsedAs(1114));
    expect(unwrapCell(true)).toEqual(parsedAs(true));
    expect(unwrapCell(date)).toEqual(parsedAs(date));
  });

  it('reads a blank cell as not reported', () => {
    expect(unwrapCell(null)).toEqual(parsedAs(null));
    expect(unwrapCell(undefined)).toEqual(parsedAs(null));
  });

  it("uses a formula's cached result", () => {
    expect(unwrapCell({ formula: 'SUM(B2:B9)', result: 81 })).toEqual(parsedAs(81));
  });

  it("uses a shared formula's cached result", () => {
    expect(unwrapCell({ sharedFormula: 'C2', result: '5400余件' })).toEqual(parsedAs('5400余件'));
  });

  it('rejects a formula without a cached result', () => {
    expect(unwrapCell({ formula: 'SUM(B2:B9)' })).toEqual(
      failedWith('FORMULA_WITHOUT_RESULT', /=SUM\(B2:B9\) has no stored result/, {
        formula: 'SUM(B2:B9)',
      }),
    );
  });

  it.each([
    ['#REF!', 'a reference to cells that were deleted'],
    ['#DIV/0!', 'a division by zero'],
    ['#N/A', 'a lookup that found no value'],
  ])('rejects the error value %s, saying what it means', (error, meaning) => {
    expect(unwrapCell({ error })).toEqual(
      failedWith(
        'CELL_ERROR_VALUE',
        `cell holds the error value ${error} (${meaning}); type the figure instead`,
      ),
    );
  });

  it('rejects a formula whose result is an error value, naming both rather than asking to save again', () => {
    const parsed = unwrapCell({ formula: 'E9/0', result: { error: '#DIV/0!' } });
    expect(parsed).toEqual(
      failedWith(
        'CELL_ERROR_VALUE',
        /^formula =E9\/0 gives the error value #DIV\/0! \(a division by zero\)/,
        { formula: 'E9/0', error: '#DIV/0!' },
      ),
    );
    expect(parsed.ok || parsed.error.message).toMatch(/correct the formula or type the figure/);
  });

  it('rejects a formula whose cached result is no number, as an error value', () => {
    expect(unwrapCell({ formula: 'E9/0', result: Number.NaN })).toEqual(
      failedWith('CELL_ERROR_VALUE', /^formula =E9\/0 gives an error value/, { formula: 'E9/0' }),
    );
  });

  it('reads a number shown with a percent format as the percentage the clerk saw', () => {
    expect(unwrapCell({ percent: 0.425 })).toEqual(parsedAs('42.5%'));
    expect(unwrapCell({ formula: 'B2/C2', result: { percent: 0.931 } })).toEqual(parsedAs('93.1%'));
  });

  it('joins the runs of rich text', () => {
    const raw = { richText: [{ text: '河东区' }, { text: '体育局' }] };
    expect(unwrapCell(raw)).toEqual(parsedAs('河东区体育局'));
  });

  it('reads a hyperlink as its text', () => {
    const raw = { text: '体育公园', hyperlink: 'https://example.org/park' };
    expect(unwrapCell(raw)).toEqual(parsedAs('体育公园'));
  });

  it('rejects a value of an unknown shape', () => {
    const raw = { checkbox: true } as unknown as Parameters<typeof unwrapCell>[0];
    expect(unwrapCell(raw)).toEqual(failedWith('UNSUPPORTED_CELL_VALUE'));
  });
});
