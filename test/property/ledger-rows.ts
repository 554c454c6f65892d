import fc from 'fast-check';
import type { EnumTable } from '../../src/modules/common/enums';
import { fullWidth } from './cell-arbitraries';

// Ledger rows for round trips: each row is generated as what it means (a fact) and then written
// in one of the notations clerks use for it, so a property can say "whatever the notation, the
// importer stores this fact".

/** A cell's content together with the stored value it stands for. */
export interface Written<T> {
  cell: unknown;
  value: T;
  approximate: boolean;
}

const written = <T>(cell: unknown, value: T, approximate = false): Written<T> => ({
  cell,
  value,
  approximate,
});

/** An exact decimal text of `units / 10^shift`: 1234, 2 → "12.34", with no binary noise. */
export function decimalText(units: number, shift: number): string {
  const digits = String(units).padStart(shift + 1, '0');
  const whole = digits.slice(0, digits.length - shift);
  const fraction = digits.slice(digits.length - shift).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** 1–99 in Chinese numerals, as a clerk writes them: 八, 十二, 四十. */
export function chineseNumber(n: number): string {
  const digit = (d: number) => '零一二三四五六七八九'[d];
  if (n < 10) {
    return digit(n);
  }
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digit(tens)}十${n % 10 === 0 ? '' : digit(n % 10)}`;
}

/** A word of an enumeration table (any of its spellings) with the value it stands for. */
export function enumWord<T extends string>(table: EnumTable<T>): fc.Arbitrary<Written<T>> {
  return fc
    .constantFrom(...Object.entries(table.words))
    .map(([word, value]) => written(word, value));
}

/** A cell left blank (not reported) or filled as `arb` writes it. */
export function optional<T>(arb: fc.Arbitrary<Written<T>>): fc.Arbitrary<Written<T | null>> {
  return fc
    .option(arb, { nil: null })
    .map((w): Written<T | null> => w ?? { cell: null, value: null, approximate: false });
}

/** A count of 1–99 as a number, with a measure word, in full width or in Chinese numerals. */
export const countCell: fc.Arbitrary<Written<number>> = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('number', 'word', 'wide', 'chinese'))
  .map(([n, notation]) => {
    const cell = {
      number: n,
      word: `${n}个`,
      wide: fullWidth(String(n)),
      chinese: `${chineseNumber(n)}处`,
    }[notation];
    return written(cell, n);
  });

/** Money under a 万元 header: as a number, "12.5万元", "125000元", full width or "约12.5". */
export const moneyCell: fc.Arbitrary<Written<number>> = fc
  .tuple(
    fc.integer({ min: 0, max: 99_999_999 }),
    fc.constantFrom('number', 'wan', 'yuan', 'wide', 'about'),
  )
  .map(([cents, notation]) => {
    const wan = decimalText(cents, 2);
    const cell = {
      number: Number(wan),
      wan: `${wan}万元`,
      yuan: `${cents * 100}元`,
      wide: fullWidth(wan),
      about: `约${wan}`,
    }[notation];
    return written(cell, cents * 100, notation === 'about');
  });

/** Area under a 平方米 header: a number, "1234.5平方米", "1234.5㎡" or "0.12345万平方米". */
export const areaCell: fc.Arbitrary<Written<number>> = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom('number', 'm2', 'sign', 'wan'))
  .map(([centi, notation]) => {
    const m2 = decimalText(centi, 2);
    const cell = {
      number: Number(m2),
      m2: `${m2}平方米`,
      sign: `${m2}㎡`,
      wan: `${decimalText(centi, 6)}万平方米`,
    }[notation];
    return written(cell, Number(m2));
  });

/** Length under a 公里 header: a number, "2.5公里", "2500米" or "2.5km". */
export const lengthCell: fc.Arbitrary<Written<number>> = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('number', 'km', 'metres', 'latin'))
  .map(([metres, notation]) => {
    const km = decimalText(metres, 3);
    const cell = { number: Number(km), km: `${km}公里`, metres: `${metres}米`, latin: `${km}km` }[
      notation
    ];
    return written(cell, Number(km));
  });

export interface DayOf {
  year: number;
  month: number;
  day: number;
}

const iso = ({ year, month, day }: DayOf) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A day of `year`, from January to November so that a range can still end in the same year. */
export const dayIn = (year: number): fc.Arbitrary<DayOf> =>
  fc
    .date({
      min: new Date(Date.UTC(year, 0, 1)),
      max: new Date(Date.UTC(year, 10, 30)),
      noInvalidDate: true,
    })
    .map((d) => ({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

export interface StoredDate {
  date: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}

/** A completion date: an Excel date, 2021年7月1日, 2021/7/1, 2021.7.1, 2021年7月 or 2021年. */
export const completedCell = (year: number): fc.Arbitrary<Written<StoredDate>> =>
  fc
    .tuple(dayIn(year), fc.constantFrom('excel', 'cn', 'slash', 'dots', 'month', 'year'))
    .map(([d, notation]) => {
      const day = { date: iso(d), precision: 'DAY' as const };
      switch (notation) {
        case 'excel':
          return written(new Date(Date.UTC(d.year, d.month - 1, d.day)), day);
        case 'cn':
          return written(`${d.year}年${d.month}月${d.day}日`, day);
        case 'slash':
          return written(`${d.year}/${d.month}/${d.day}`, day);
        case 'dots':
          return written(`${d.year}.${d.month}.${d.day}`, day);
        case 'month':
          return written(`${d.year}年${d.month}月`, {
            date: iso({ ...d, day: 1 }),
            precision: 'MONTH',
          });
        default:
          return written(`${d.year}年`, { date: `${d.year}-01-01`, precision: 'YEAR' as const });
      }
    });

export interface StoredRange {
  startDate: string;
  startPrecision: 'DAY' | 'MONTH';
  endDate: string | null;
}

const plusDays = (d: DayOf, days: number): DayOf => {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: d.year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** An event's time: one day, a month, or a range written as clerks do ("5月8日至16日"). */
export const eventTimeCell = (year: number): fc.Arbitrary<Written<StoredRange>> =>
  fc
    .tuple(dayIn(year), fc.integer({ min: 0, max: 20 }), fc.nat(3))
    .map(([start, span, notation]) => {
      const { month: m, day: d } = start;
      if (span === 0) {
        const day = { startDate: iso(start), startPrecision: 'DAY' as const, endDate: null };
        const cells = [new Date(Date.UTC(year, m - 1, d)), `${year}年${m}月${d}日`, `${m}月${d}日`];
        return notation < 3
          ? written(cells[notation], day)
          : written(`${year}年${m}月`, {
              ...day,
              startDate: iso({ ...start, day: 1 }),
              startPrecision: 'MONTH',
            });
      }
      const end = plusDays(start, span);
      const range = { startDate: iso(start), startPrecision: 'DAY' as const, endDate: iso(end) };
      const cells = [
        `${year}.${m}.${d}-${year}.${end.month}.${end.day}`,
        `${m}月${d}日至${end.month}月${end.day}日`,
        `${year}年${m}月${d}日至${year}年${end.month}月${end.day}日`,
        end.month === m
          ? `${year}年${m}月${d}日-${end.day}日`
          : `${year}/${m}/${d}~${year}/${end.month}/${end.day}`,
      ];
      return written(cells[notation], range);
    });
