import { registerEnumType } from 'type-graphql';

/**
 * How precisely a ledger gave a date. A date is stored as the first day of the period given, so
 * without this 2022年3月 (2022-03-01, MONTH) would pass for the first of March.
 */
export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a ledger gave a date; the date itself is the first day of it.',
  valuesConfig: {
    DAY: { description: 'A day: 2022年3月5日.' },
    MONTH: { description: 'A month: 2022年3月 (stored as 2022-03-01).' },
    YEAR: { description: 'A year: 2022年, or 建成年份 2019 (stored as 2019-01-01).' },
  },
});
