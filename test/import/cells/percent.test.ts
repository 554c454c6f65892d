import {
  parseCount,
  parseDecimal,
  parseDecimalOrPercent,
  parseMoney,
  parsePercent,
} from '../../../src/import/parse/cells';
import { isPercentFormat, percentStyleIds } from '../../../src/import/read/number-formats';
import { toSheetRow } from '../../../src/import/read/xlsx-reader';
import { failedWith, parsedAs } from './parsed';

// ledger-spec §4 "percent": rates are stored in percent points, what the clerk saw.
describe('parsePercent', () => {
  it.each([
    ['42.5%', 42.5],
    ['93.1％', 93.1],
    [' 42.5 % ', 42.5],
    [42.5, 42.5],
    ['0%', 0],
    ['100%', 100],
  ])('reads %j as %d percent points', (raw, points) => {
    expect(parsePercent(raw)).toMatchObject({ ok: true, value: points });
  });

  it('reads a number Excel shows with a percent format (0.425 as 42.5%) as 42.5', () => {
    expect(parsePercent({ percent: 0.425 })).toMatchObject({
      ok: true,
      value: 42.5,
      percent: true,
    });
    expect(parsePercent({ formula: 'B4/C4', result: { percent: 0.931 } })).toMatchObject({
      ok: true,
      value: 93.1,
    });
  });

  it('refuses a rate above 100%', () => {
    expect(parsePercent('142%')).toEqual(failedWith('RATE_OUT_OF_RANGE', /"142%" is not a rate/));
    expect(parsePercent({ percent: 1.42 })).toEqual(failedWith('RATE_OUT_OF_RANGE'));
    expect(parsePercent(142)).toEqual(failedWith('RATE_OUT_OF_RANGE'));
  });

  it('refuses a negative rate', () => {
    expect(parsePercent('-3%')).toEqual(failedWith('NEGATIVE_NUMBER'));
  });

  it('reads a blank or an empty marker as not reported', () => {
    expect(parsePercent(null)).toEqual(parsedAs(null));
    expect(parsePercent('—')).toEqual(parsedAs(null));
  });
});

describe('parseDecimalOrPercent', () => {
  it('marks a percentage, leaving the sheet to decide whether its row takes a rate', () => {
    expect(parseDecimalOrPercent('42.5%')).toEqual({ ...parsedAs(42.5), percent: true });
    expect(parseDecimalOrPercent('5400余件')).toEqual(parsedAs(5400, true));
  });
});

describe('a percentage in a column that holds no rate', () => {
  it.each([
    ['parseCount', () => parseCount('12%')],
    ['parseDecimal', () => parseDecimal({ percent: 0.3 })],
    ['parseMoney', () => parseMoney('15%', '万元')],
  ])('is an error of its own in %s, not a silent number', (_, parse) => {
    expect(parse()).toEqual(failedWith('PERCENT_NOT_ALLOWED', /is a percentage/));
  });
});

describe('percent number formats', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
    ['[Red]0.00', false],
    ['yyyy"年"m"月"d"日"', false],
  ])('tells whether %s shows a percentage', (code, percent) => {
    expect(isPercentFormat(code)).toBe(percent);
  });

  it("finds the cell styles of xl/styles.xml whose format is a percentage, built-in or the workbook's own", () => {
    const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>
      <numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>
      <xf numFmtId="165"><alignment horizontal="center"/></xf><xf numFmtId="10"/><xf numFmtId="3"/>
      </cellXfs></styleSheet>`;
    expect(percentStyleIds(styles)).toEqual([1, 3]);
  });

  it('marks the reading thread’s cells of a percent style, keeping formulas and texts as they are', () => {
    const values = [undefined, 0.425, { formula: 'B2/C2', result: 0.5 }, '42.5%', 7];
    const percent = { numFmt: '0%' };
    const cells = [1, 2, 3].map((col) => ({ col, style: percent }));
    const row = toSheetRow({ number: 4, values: values as never[], _cells: cells }, true);
    expect(row.cells).toEqual([
      { percent: 0.425 },
      { formula: 'B2/C2', result: { percent: 0.5 } },
      '42.5%',
      7,
    ]);
  });
});
