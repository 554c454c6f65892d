import {
  AREA_UNITS,
  LENGTH_UNITS,
  MONEY_UNITS,
  normalizeText,
  splitHeaderUnit,
} from '../parse/cells';

/** A header cell as the matcher reads it. */
export interface HeaderText {
  /** The header without marks, glosses and unit: "投资总额". */
  name: string;
  /** The unit it names, as written ("万元"), if any. */
  unit: string | null;
  /** `name` compared: no spaces, lower case, no leading numbering. */
  key: string;
  /** `key` without any bracketed words: "名称（全称）" → "名称". */
  bare: string;
}

export type UnitClass = 'money' | 'area' | 'length' | 'percent' | 'count' | null;

const CJK = /[\u3400-\u9fff]/;
// Marks a form prints beside a required field; after normalizeText ＊ is already *.
const REQUIRED_MARK = /[*※★]|[([【]\s*(必填|必填项|选填|可选)\s*[)\]】]/g;
const BRACKET_PAIRS: readonly [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['【', '】'],
  ['〔', '〕'],
];
const LATIN_WORD = /^[a-z][a-z.'&,-]*$/i;

/**
 * Reads a header as a clerk may have typed it — "*投资总额\n（万元", "项目 名称 Project name" (a full-width space),
 * "1.场地面积(㎡)" — into its name, unit and comparison key. Forms print required marks, English
 * glosses and line breaks; none of them changes what the column means.
 */
export function readHeader(text: string): HeaderText {
  let clean = closeBrackets(normalizeText(text).replace(REQUIRED_MARK, '').trim());
  if (CJK.test(clean)) {
    clean = withoutGloss(clean);
  }
  const { name, unit } = splitHeaderUnit(clean);
  const key = compareKey(name);
  return { name, unit, key, bare: compareKey(name.replace(/[([【〔][^)\]】〕]*[)\]】〕]/g, '')) };
}

/** A header as compared: no spaces, lower case, no leading numbering or trailing colon. */
export function compareKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^(\d+|[一二三四五六七八九十]+)[、.．)]/, '')
    .replace(/^\(\d+\)/, '')
    .replace(/[:：]$/, '');
}

/** Which kind of figure a header's unit announces. */
export function unitClass(unit: string | null): UnitClass {
  if (!unit) {
    return null;
  }
  const word = unit.replace(/\s+/g, '').toLowerCase();
  const tables = [
    ['money', MONEY_UNITS],
    ['area', AREA_UNITS],
    ['length', LENGTH_UNITS],
  ] as const;
  for (const [kind, table] of tables) {
    if (Object.keys(table.factors).some((f) => f.toLowerCase() === word)) {
      return kind;
    }
  }
  if (/^[%‰]$|^百分比$/.test(word)) {
    return 'percent';
  }
  return /^(万)?(个|座|处|条|块|片|人|人次|场|次|项|枚|名|支|家|件|套|所)$/.test(word)
    ? 'count'
    : null;
}

// "投资总额（万元" lost its closing bracket to a line break or a narrow column.
function closeBrackets(text: string): string {
  let closed = text;
  for (const [open, close] of BRACKET_PAIRS) {
    const opened = closed.split(open).length - closed.split(close).length;
    if (opened > 0) {
      closed += close.repeat(opened);
    } else if (opened < 0 && closed.endsWith(close) && !closed.includes(open)) {
      closed = closed.slice(0, -1); // "万元）" with its opening bracket on the line above
    }
  }
  return closed;
}

/** Drops the English words a bilingual form prints beside the Chinese: "(Investment)", "Name". */
function withoutGloss(text: string): string {
  const bracketsDropped = text.replace(/\s*[([]([^()[\]]*)[)\]]/g, (group, inner: string) =>
    CJK.test(inner) || isUnitWord(inner) || !/[a-z]/i.test(inner) ? group : '',
  );
  return (
    bracketsDropped
      .split(' ')
      .filter((word) => !LATIN_WORD.test(word) || isUnitWord(word))
      .join('')
      // "（公里）(km)": the unit glossed again in English
      .replace(/([)\]】〕])[([][^()[\]\u3400-\u9fff]*[)\]]$/, '$1')
  );
}

function isUnitWord(word: string): boolean {
  return splitHeaderUnit(`x(${word.trim()})`).unit !== null;
}
