import { parseArea, parseLength, parseMoney } from '../../../src/import/parse/cells';
import { failedWith, parsedAs } from './parsed';

describe('parseMoney', () => {
  it.each([
    [345, '元', 345],
    [345, '万元', 3450000],
    [1.5, '亿元', 150000000],
    ['12,000', '元', 12000],
  ])('reads %j under a header in %s as %d yuan', (raw, unit, yuan) => {
    expect(parseMoney(raw, unit)).toEqual(parsedAs(yuan));
  });

  it('reads 749.44 万元 as exactly 7494400 yuan', () => {
    expect(parseMoney(749.44, '万元')).toEqual(parsedAs(7494400));
    expect(parseMoney('749.44万元', null)).toEqual(parsedAs(7494400));
  });

  it('rounds to cents', () => {
    expect(parseMoney(0.123456, '万元')).toEqual(parsedAs(1234.56));
    expect(parseMoney('1.005元', null)).toEqual(parsedAs(1.01));
  });

  it("lets the cell's unit win over the header's", () => {
    expect(parseMoney('345万元', '元')).toEqual(parsedAs(3450000));
    expect(parseMoney('8000元', '万元')).toEqual(parsedAs(8000));
    expect(parseMoney('1.23亿元', '万元')).toEqual(parsedAs(123000000));
  });

  it('reads 345万 as 万元', () => {
    expect(parseMoney('345万', null)).toEqual(parsedAs(3450000));
  });

  it('assumes 万元 when neither cell nor header names a unit, with a warning', () => {
    expect(parseMoney(345, null)).toEqual({
      ok: true,
      value: 3450000,
      approximate: false,
      warnings: [{ code: 'UNIT_ASSUMED', message: expect.stringContaining('"345"') }],
    });
  });

  it('keeps approximate markers', () => {
    expect(parseMoney('约200万元', null)).toEqual(parsedAs(2000000, true));
    expect(parseMoney('5万余元', null)).toEqual(parsedAs(50000, true));
  });

  it('rejects a header unit that is not money', () => {
    expect(parseMoney(5, '个')).toEqual(failedWith('UNKNOWN_UNIT', /"个" is not a money unit/));
  });

  it('rejects negative amounts and words', () => {
    expect(parseMoney(-5, '万元')).toEqual(failedWith('NEGATIVE_NUMBER'));
    expect(parseMoney('待定', '万元')).toEqual(
      failedWith('NOT_A_NUMBER', '"待定" is not a number'),
    );
  });

  it('reads an empty marker as not reported, without a warning', () => {
    expect(parseMoney('—', null)).toEqual(parsedAs(null));
  });
});

describe('parseArea', () => {
  it.each([
    ['3000平方米', 3000],
    ['3000㎡', 3000],
    ['3000m²', 3000],
    ['3000m2', 3000],
    ['3000 M2', 3000],
    ['3000平米', 3000],
    ['15亩', 10000],
    ['1亩', 666.67],
    ['2公顷', 20000],
    ['1.2万平方米', 12000],
    [3000, 3000],
  ])('reads %j as %d m²', (raw, squareMetres) => {
    expect(parseArea(raw, null)).toEqual(parsedAs(squareMetres));
  });

  it('uses the header unit when the cell has none', () => {
    expect(parseArea(30, '亩')).toEqual(parsedAs(20000));
    expect(parseArea(1.5, '万平方米')).toEqual(parsedAs(15000));
  });

  it('reads 约5万平方米 as 50000, approximate', () => {
    expect(parseArea('约5万平方米', null)).toEqual(parsedAs(50000, true));
  });

  it('rejects a length unit in the header', () => {
    expect(parseArea(5, '公里')).toEqual(failedWith('UNKNOWN_UNIT'));
  });
});

describe('parseLength', () => {
  it.each([
    ['3.5公里', 3.5],
    ['3.5千米', 3.5],
    ['3.5km', 3.5],
    ['3.5KM', 3.5],
    ['800米', 0.8],
    ['800m', 0.8],
    [12, 12],
  ])('reads %j as %d km', (raw, km) => {
    expect(parseLength(raw, null)).toEqual(parsedAs(km));
  });

  it('uses the header unit when the cell has none', () => {
    expect(parseLength(1500, '米')).toEqual(parsedAs(1.5));
    expect(parseLength(1500, 'm')).toEqual(parsedAs(1.5));
  });

  it('reads 200余公里 as 200, approximate', () => {
    expect(parseLength('200余公里', null)).toEqual(parsedAs(200, true));
  });
});
