import { MEASURE_WORDS } from './number';
import { normalizeText } from './text';
import { AREA_UNITS, LENGTH_UNITS, MONEY_UNITS } from './units';

const OTHER_UNITS = ['%', '‰', '万人', '万人次', '个数', '元/平方米'];

const KNOWN_UNITS = new Set(
  [
    ...[MONEY_UNITS, AREA_UNITS, LENGTH_UNITS].flatMap((table) => Object.keys(table.factors)),
    ...MEASURE_WORDS,
    ...OTHER_UNITS,
  ].map((unit) => unit.toLowerCase()),
);

// After normalizeText, full-width （）［］： are already ASCII; 【】 and 〔〕 have no ASCII twin.
const BRACKETED = /^(.*?)\s*[([【〔]\s*(单位\s*:\s*)?([^()[\]【】〔〕]+?)\s*[)\]】〕]$/;
const SLASHED = /^(.+?)\s*\/\s*([^/]+)$/;

/**
 * Splits "投资额（万元）", "长度/公里", "面积【单位：㎡】" into the column's name and its unit.
 * Only a known unit word (or one introduced by 单位：) counts, so "线上/线下" and "名称（全称）"
 * stay whole: guessing a unit there would silently scale every figure in the column.
 */
export function splitHeaderUnit(header: string): { name: string; unit: string | null } {
  const text = normalizeText(header);
  const bracketed = BRACKETED.exec(text);
  if (bracketed && bracketed[1] && (bracketed[2] || isUnit(bracketed[3]))) {
    return { name: bracketed[1], unit: bracketed[3] };
  }
  const slashed = SLASHED.exec(text);
  if (slashed && isUnit(slashed[2])) {
    return { name: slashed[1], unit: slashed[2] };
  }
  return { name: text, unit: null };
}

function isUnit(word: string): boolean {
  return KNOWN_UNITS.has(word.replace(/ /g, '').toLowerCase());
}
