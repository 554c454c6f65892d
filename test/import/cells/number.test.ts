import { MEASURE_WORDS, parseCount, parseDecimal } from '../../../src/import/parse/cells';
import { failedWith, parsedAs } from './parsed';

describe('parseCount', () => {
  it.each([
    [1114, 1114],
    ['1114', 1114],
    ['1,114', 1114],
    ['１１１４', 1114],
    ['１，１１４', 1114],
    [' 81 ', 81],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCount(raw)).toEqual(parsedAs(value));
  });

  it.each([
    ['八十一', 81],
    ['一千零四十', 1040],
    ['两千', 2000],
    ['两百', 200],
    ['十二', 12],
    ['一十二', 12],
    ['十', 10],
    ['零', 0],
    ['〇', 0],
    ['二〇二一', 2021],
    ['二零二一', 2021],
    ['一千零十', 1010],
    ['三百五', 350],
    ['一万二', 12000],
    ['两万五千', 25000],
    ['二十万零三', 200003],
  ])('reads the Chinese numeral %s as %d', (raw, value) => {
    expect(parseCount(raw)).toEqual(parsedAs(value));
  });

  it.each(MEASURE_WORDS.map((word) => [`12${word}`, word]))(
    'drops the measure word in %s',
    (raw) => {
      expect(parseCount(raw)).toEqual(parsedAs(12));
    },
  );

  it('reads 300人次 as 300, not as 300人 followed by 次', () => {
    expect(parseCount('300人次')).toEqual(parsedAs(300));
  });

  it('reads 1.2万人次 as 12000', () => {
    expect(parseCount('1.2万人次')).toEqual(parsedAs(12000));
  });

  it.each([
    ['5400余件', 5400],
    ['约200', 200],
    ['100多场', 100],
    ['200+', 200],
    ['200余个', 200],
    ['大约300人', 300],
    ['近千人', 1000],
    ['200人左右', 200],
    ['一百多人', 100],
  ])('reads %s as %d, approximate', (raw, value) => {
    expect(parseCount(raw)).toEqual(parsedAs(value, true));
  });

  it('reads 第八名 as 8', () => {
    expect(parseCount('第八名')).toEqual(parsedAs(8));
    expect(parseCount('第3名')).toEqual(parsedAs(3));
  });

  it('rounds Excel float noise away', () => {
    expect(parseCount(80.00000000001)).toEqual(parsedAs(80));
  });

  it.each([null, '', '—', '-', '/', '无', '不详', '暂无', '－', '——', '―'])(
    'reads %j as not reported, never 0',
    (raw) => {
      expect(parseCount(raw)).toEqual(parsedAs(null));
    },
  );

  it('rejects a fraction', () => {
    expect(parseCount(3.5)).toEqual(failedWith('NOT_AN_INTEGER', '"3.5" is not a whole number'));
    expect(parseCount('3.5件')).toEqual(failedWith('NOT_AN_INTEGER', /"3\.5件"/));
  });

  it.each([-5, '-5', '负五'])('rejects the negative number %j', (raw) => {
    expect(parseCount(raw)).toEqual(failedWith('NEGATIVE_NUMBER', /^".+" is negative/));
  });

  it('rejects words that are not a number, quoting them', () => {
    expect(parseCount('待定')).toEqual(failedWith('NOT_A_NUMBER', '"待定" is not a number'));
  });

  it.each(['1,11', '十十', '一千零', '5 6', '12公斤', 'abc', true])('rejects %j', (raw) => {
    expect(parseCount(raw)).toEqual(failedWith('NOT_A_NUMBER'));
  });

  it('rejects a date in a count column', () => {
    expect(parseCount(new Date(Date.UTC(2021, 6, 1)))).toEqual(
      failedWith('NOT_A_NUMBER', '"2021-07-01" is not a number'),
    );
  });

  it("passes on the formula's problems", () => {
    expect(parseCount({ formula: 'B2/C2', result: { error: '#DIV/0!' } })).toEqual(
      failedWith('CELL_ERROR_VALUE'),
    );
    expect(parseCount({ formula: 'SUM(B2:B9)', result: 1040 })).toEqual(parsedAs(1040));
  });
});

describe('parseDecimal', () => {
  it.each([
    ['4086.5', 4086.5],
    [0.5, 0.5],
    ['0.25枚', 0.25],
    ['1,114.75', 1114.75],
    ['三点五', 3.5],
    [12, 12],
  ])('reads %j as %d', (raw, value) => {
    expect(parseDecimal(raw)).toEqual(parsedAs(value));
  });

  it('keeps approximate markers', () => {
    expect(parseDecimal('约4086.5')).toEqual(parsedAs(4086.5, true));
  });

  it('rounds to 10 decimals', () => {
    expect(parseDecimal(0.1 + 0.2)).toEqual(parsedAs(0.3));
  });

  it('rejects negative numbers', () => {
    expect(parseDecimal(-0.5)).toEqual(failedWith('NEGATIVE_NUMBER'));
  });

  it('reads an empty marker as not reported', () => {
    expect(parseDecimal('—')).toEqual(parsedAs(null));
  });
});
