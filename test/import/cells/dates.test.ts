import { lastDayOf, parseDate, parseDateRange } from '../../../src/import/parse/cells';
import type { DatePrecision } from '../../../src/import/parse/cells';
import { failedWith, parsedAs } from './parsed';

const day = (date: string) => ({ date, precision: 'DAY' as DatePrecision });
const month = (date: string) => ({ date, precision: 'MONTH' as DatePrecision });
const year = (date: string) => ({ date, precision: 'YEAR' as DatePrecision });

describe('parseDate', () => {
  it.each([
    '2021-07-01',
    '2021/7/1',
    '2021.7.1',
    '2021年7月1日',
    '2021年7月1号',
    '２０２１年７月１日',
    '2021 年 7 月 1 日',
    '二〇二一年七月一日',
    '2021/07/01 09:30',
    '20210701',
  ])('reads %s as 2021-07-01', (raw) => {
    expect(parseDate(raw, null)).toEqual(parsedAs(day('2021-07-01')));
  });

  it('takes the UTC day of an Excel date', () => {
    expect(parseDate(new Date(Date.UTC(2021, 6, 1)), null)).toEqual(parsedAs(day('2021-07-01')));
  });

  it('reads the Excel serial 44378 as 2021-07-01', () => {
    expect(parseDate(44378, null)).toEqual(parsedAs(day('2021-07-01')));
    expect(parseDate(44378.75, null)).toEqual(parsedAs(day('2021-07-01')));
  });

  it('reads a formula that yields a date', () => {
    const raw = { formula: 'DATE(2021,7,1)', result: new Date(Date.UTC(2021, 6, 1)) };
    expect(parseDate(raw, null)).toEqual(parsedAs(day('2021-07-01')));
  });

  it('completes 7月1日 with the default year', () => {
    expect(parseDate('7月1日', 2022)).toEqual(parsedAs(day('2022-07-01')));
  });

  it('rejects 7月1日 when no year is known', () => {
    expect(parseDate('7月1日', null)).toEqual(
      failedWith('YEAR_UNKNOWN', /^"7月1日" names no year/),
    );
  });

  it('keeps month precision for 2022年2月', () => {
    expect(parseDate('2022年2月', null)).toEqual(parsedAs(month('2022-02-01')));
    expect(parseDate('2022-02', null)).toEqual(parsedAs(month('2022-02-01')));
  });

  it('keeps year precision for 2022年, "2022" and the number 2022', () => {
    expect(parseDate('2022年', null)).toEqual(parsedAs(year('2022-01-01')));
    expect(parseDate('2022', null)).toEqual(parsedAs(year('2022-01-01')));
    expect(parseDate(2022, null)).toEqual(parsedAs(year('2022-01-01')));
  });

  it('reads the number 2021.7, as Excel stores a typed 2021.7, as July 2021', () => {
    expect(parseDate(2021.7, null)).toEqual(parsedAs(month('2021-07-01')));
  });

  it('rejects the number 2021.1, which may have been typed as 2021.10', () => {
    expect(parseDate(2021.1, null)).toEqual(failedWith('AMBIGUOUS_DATE'));
  });

  it.each(['2021年13月5日', '2021年2月30日', '2023-2-29', '2021.4.31'])(
    'rejects the impossible date %s',
    (raw) => {
      expect(parseDate(raw, null)).toEqual(
        failedWith('INVALID_DATE', `"${raw}" is not a valid calendar date`),
      );
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('2024年2月29日', null)).toEqual(parsedAs(day('2024-02-29')));
  });

  it.each(['明天', '上半年', '16', '5日', true])('rejects %j as not a date', (raw) => {
    expect(parseDate(raw, 2021)).toEqual(failedWith('NOT_A_DATE'));
  });

  it.each([5, 1000000, new Date(Date.UTC(1899, 11, 30, 8))])(
    'rejects %j as outside plausible Excel dates',
    (raw) => {
      expect(parseDate(raw, null)).toEqual(failedWith('DATE_OUT_OF_RANGE'));
    },
  );

  it('rejects a range where a single date is expected', () => {
    expect(parseDate('2021年5月8日-16日', null)).toEqual(
      failedWith('DATE_RANGE_NOT_ALLOWED', /^"2021年5月8日-16日" is a range/),
    );
  });

  it.each([null, '', '—', '/', '不详'])('reads %j as not reported', (raw) => {
    expect(parseDate(raw, 2021)).toEqual(parsedAs(null));
  });

  it('passes on a cell error', () => {
    expect(parseDate({ error: '#REF!' }, null)).toEqual(failedWith('CELL_ERROR_VALUE'));
  });
});

describe('parseDateRange', () => {
  const may8to16 = { start: day('2021-05-08'), end: day('2021-05-16') };

  it.each([
    '2021年5月8日-16日',
    '2021年5月8日—16日',
    '2021年5月8日——16日',
    '2021年5月8日－16日',
    '2021年5月8日~16日',
    '2021年5月8日至16日',
    '2021年5月8日到5月16日',
    '2021.5.8-2021.5.16',
    '2021.5.8-5.16',
    '2021-5-8-2021-5-16',
    '2021/5/8 ~ 2021/5/16',
    '2021年5月8日-16',
  ])('reads %s as 8 to 16 May 2021', (raw) => {
    expect(parseDateRange(raw, null)).toEqual(parsedAs(may8to16));
  });

  it('completes 5月8日至5月16日 with the default year', () => {
    expect(parseDateRange('5月8日至5月16日', 2021)).toEqual(parsedAs(may8to16));
  });

  it('reads 6-12月 as June to December of the default year, by month', () => {
    expect(parseDateRange('6-12月', 2022)).toEqual(
      parsedAs({ start: month('2022-06-01'), end: month('2022-12-01') }),
    );
  });

  it('reads a single date as a range without an end', () => {
    expect(parseDateRange('2021-07-01', null)).toEqual(
      parsedAs({ start: day('2021-07-01'), end: null }),
    );
  });

  it('puts an end without a year that falls before the start into the next year', () => {
    expect(parseDateRange('2021年12月28日至1月3日', null)).toEqual(
      parsedAs({ start: day('2021-12-28'), end: day('2022-01-03') }),
    );
  });

  it('rejects a range whose explicit end comes before its start', () => {
    expect(parseDateRange('2022年1月3日-2021年12月28日', null)).toEqual(
      failedWith('DATE_RANGE_REVERSED', /ends before it starts/),
    );
  });

  it('rejects a range with an impossible end', () => {
    expect(parseDateRange('2021年2月8日-30日', null)).toEqual(failedWith('INVALID_DATE'));
  });

  it('rejects a range without a year when none is known', () => {
    expect(parseDateRange('5月8日至16日', null)).toEqual(failedWith('YEAR_UNKNOWN'));
  });
});

describe('lastDayOf', () => {
  it('gives the last day of a month, a year, or the day itself', () => {
    expect(lastDayOf(month('2024-02-01'))).toBe('2024-02-29');
    expect(lastDayOf(month('2022-12-01'))).toBe('2022-12-31');
    expect(lastDayOf(year('2022-01-01'))).toBe('2022-12-31');
    expect(lastDayOf(day('2022-07-01'))).toBe('2022-07-01');
  });
});
