import { parseCount, parseDate, parseDateRange } from '../../../src/import/parse/cells';
import { readPreamble, regionOfTitle, yearOfTitle } from '../../../src/import/locate/preamble';
import { metricOfName } from '../../../src/modules/indicator/metric-lookup';
import { stripBureauSuffix } from '../../../src/regions/region-names';
import { failedWith, parsedAs } from './parsed';

// Notations careful clerks write that the importer must read (issue "real bureau ledgers").
describe('a shared place', () => {
  it.each(['并列3', '并列第三名', '第3名（并列）', '并列 3'])('reads %s as place 3', (text) => {
    expect(parseCount(text)).toEqual(parsedAs(3));
  });

  it('still refuses 并列 without a place', () => {
    expect(parseCount('并列')).toEqual(failedWith('NOT_A_NUMBER'));
  });
});

describe('an Excel date serial written as text (a CSV saved by Excel)', () => {
  it('reads five digits in a date column as the serial they are: 44652 is 2022-04-01', () => {
    expect(parseDate('44652', null)).toEqual(parsedAs({ date: '2022-04-01', precision: 'DAY' }));
    expect(parseDateRange(' 44652 ', 2021)).toEqual(
      parsedAs({ start: { date: '2022-04-01', precision: 'DAY' }, end: null }),
    );
  });

  it('refuses five digits that are no plausible ledger date', () => {
    expect(parseDate('99999', null)).toEqual(failedWith('DATE_OUT_OF_RANGE'));
  });
});

describe('a title year in Chinese numerals', () => {
  it.each([
    ['河东区二〇二三年度体育赛事活动台账', 2023],
    ['二零二三年全民健身活动台账', 2023],
    ['晋中市二〇二一年体育场地设施建设台账', 2021],
    ['河东区2022年体育赛事活动台账', 2022],
  ])('finds the year of %s', (title, year) => {
    expect(yearOfTitle(title)).toBe(year);
  });

  it('names no year in a title without one', () => {
    expect(yearOfTitle('天津市第十五届运动会成绩册')).toBeNull();
  });

  it('takes the region before a year in Chinese numerals', () => {
    expect(regionOfTitle('河东区二〇二三年度体育赛事活动台账')).toBe('河东区');
  });

  it('reads 年度：二〇二三 in the preamble', () => {
    const preamble = readPreamble([{ number: 2, cells: ['年度：二〇二三'] }]);
    expect(preamble.year).toBe(2023);
  });
});

describe('a delegation, bureau or institution named for its region', () => {
  it.each([
    ['河东区代表队', '河东区'],
    ['和平区代表团', '和平区'],
    ['河东区体育代表团', '河东区'],
    ['河东区体育局', '河东区'],
    ['平遥县文化和旅游局', '平遥县'],
    ['灵石县体育事业发展中心', '灵石县'],
    ['太原市体育总会', '太原市'],
    ['河东区民政局', '河东区民政局'],
    ['河东区教育局', '河东区教育局'],
    ['代表队', '代表队'],
  ])('reads %s as %s', (cell, region) => {
    expect(stripBureauSuffix(cell)).toBe(region);
  });
});

describe('a unit inside a metric name', () => {
  it('finds the metric and its unit: 经常参加体育锻炼人数比例（%）', () => {
    expect(metricOfName('经常参加体育锻炼人数比例（%）')).toMatchObject({
      metric: { key: 'REGULAR_EXERCISE_RATE', unit: '%' },
      unit: '%',
    });
    expect(metricOfName('常住人口(万人)')).toMatchObject({
      metric: { key: 'POPULATION' },
      unit: '万人',
    });
  });

  it('leaves a bracketed remark that is no unit of the metric to the unit column', () => {
    expect(metricOfName('常住人口（年末）')).toMatchObject({
      metric: { key: 'POPULATION' },
      unit: null,
    });
  });

  it('knows no metric in a name the catalog lacks', () => {
    expect(metricOfName('幸福指数（分）')).toBeUndefined();
  });
});
