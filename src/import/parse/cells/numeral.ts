import Nzh from 'nzh';

/**
 * Rounds away binary noise: Excel stores 80 as 80.00000000001 after some arithmetic, and
 * 749.44 × 10000 is 7494400.000000001 in floating point. Shifting through the decimal exponent
 * keeps 1.005 → 1.01 where `Math.round(1.005 * 100)` would give 1.00.
 */
export function roundTo(value: number, digits: number): number {
  // Shifted past 1e21 a number prints in exponent form and the shift below would give NaN; a
  // double that large has no digits left below 10^-digits, so it is already rounded.
  if (!Number.isFinite(value) || Math.abs(value) * 10 ** digits >= 1e21) {
    return value;
  }
  const text = String(value);
  if (text.includes('e')) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
  }
  return Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
}

export function formatNumber(value: number): string {
  return String(roundTo(value, 10));
}

const ARABIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const MAGNITUDES: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CN_DIGITS = '零一二三四五六七八九';
const CN_NUMERAL = /^负?[零〇一二三四五六七八九十百千万亿两]+(点[零〇一二三四五六七八九]+)?$/;
// 三百五 means 350, not 305 as nzh reads it: a digit straight after a unit is one unit lower.
const LOWER_UNIT: Record<string, string> = { 百: '十', 千: '百', 万: '千', 亿: '千万' };

/**
 * Reads a whole string as a number: "1,114", "4086.5", "1.2万", "八十一", "两千", "二〇二一".
 * Returns null for anything else; the text must already be normalized and free of spaces.
 */
export function parseNumeral(text: string): number | null {
  const magnitude = MAGNITUDES[text.slice(-1)];
  if (magnitude && ARABIC.test(text.slice(0, -1))) {
    return roundTo(arabic(text.slice(0, -1)) * magnitude, 10);
  }
  if (ARABIC.test(text)) {
    return arabic(text);
  }
  // nzh takes seconds on a cell of thousands of 亿; the longest numeral a ledger holds has ~30.
  return text.length <= 64 && CN_NUMERAL.test(text) ? chinese(text) : null;
}

function arabic(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function chinese(text: string): number | null {
  // nzh skips characters it does not know, so 两千 would read as 0 and 〇 would vanish;
  // a leading 千 ("近千人") means 一千.
  const plain = text
    .replace(/两/g, '二')
    .replace(/〇/g, '零')
    .replace(/^([百千万亿])/, '一$1');
  if (/^[零一二三四五六七八九]{2,}$/.test(plain)) {
    return Number([...plain].map((ch) => CN_DIGITS.indexOf(ch)).join(''));
  }
  const full = plain.replace(/([百千万亿])([一二三四五六七八九])$/, (_, unit: string, digit) => {
    return `${unit}${digit}${LOWER_UNIT[unit]}`;
  });
  // nzh's typings say decodeS returns a string; it returns a number.
  const value = Nzh.cn.decodeS(full) as unknown as number;
  if (!Number.isFinite(value)) {
    return null; // 亿亿亿…: nzh gives Infinity, and encodeS then no string
  }
  // nzh also reads nonsense (十十 → 100), so accept only what it writes back the same way.
  const written = Nzh.cn.encodeS(value, { tenMin: false });
  return canonical(written) === canonical(full) ? value : null;
}

/** 十二 and 一十二, 一千零十 and 一千零一十 are the same number. */
function canonical(numeral: string): string {
  return numeral.replace(/(^|零|负)一十/g, '$1十');
}
