import type { ColumnDef, ColumnType, SheetDefinition } from '../../modules/common/sheet-definition';
import { unitClass, type HeaderText, type UnitClass } from './header-text';

/** What the words and unit of an unfamiliar header say it means, within one ledger kind. */
export type Meaning =
  | { def: ColumnDef; candidates?: undefined }
  /** No single column: the ones it could be (none when its words name nothing). */
  | { def?: undefined; candidates: ColumnDef[] };

/**
 * Headers that name an identifier or a note (decisions §1 a): a column under one of them carries
 * nothing to store, unless a column of the kind claims the word (a facility's 地址).
 */
const IDENTIFIER_WORDS = [
  '序号',
  '编号',
  '代码',
  '电话',
  '手机',
  '邮编',
  '邮政编码',
  '身份证',
  '联系人',
  '负责人',
  '地址',
  '备注',
  '说明',
];

/** A header opening 其中/含/包括 names a part of another column (其中财政投资), never the whole. */
const BREAKDOWN = /^(其中|含|包括|内含|包含)[:：]?/;

export function breakdownRest(name: string): string | null {
  const m = BREAKDOWN.exec(name);
  return m && name.length > m[0].length ? name.slice(m[0].length) : null;
}

/** The identifier or note word a header holds, unless a column of the kind claims that word. */
export function identifierWord(definition: SheetDefinition, key: string): string | null {
  const word = IDENTIFIER_WORDS.find((w) => key.includes(w));
  if (!word) {
    return null;
  }
  const claimed = definition.columns.some((c) => c.meaning?.words.some((w) => w.includes(word)));
  return claimed ? null : word;
}

/**
 * The column an unfamiliar header means. Its words decide first, the last one winning (a Chinese
 * noun phrase ends in its head: 建成面积 is an area, 面积建成时间 a date); a unit must fit the
 * column's type. A unit alone places a header when one column of the kind takes it.
 */
export function meaningOf(definition: SheetDefinition, text: HeaderText): Meaning {
  const unit = unitClass(text.unit);
  const byWord = lastWordHits(definition.columns, text.key).filter((c) => fits(c, unit));
  if (byWord.length === 1) {
    return { def: byWord[0] };
  }
  if (byWord.length > 1) {
    return { candidates: byWord };
  }
  const byUnit = definition.columns.filter((c) => takesUnit(c, unit, text.unit));
  return byUnit.length === 1 ? { def: byUnit[0] } : { candidates: byUnit };
}

/** The columns whose word ends last in the key; of those, the ones with the longest word. */
function lastWordHits(columns: readonly ColumnDef[], key: string): ColumnDef[] {
  let best: { def: ColumnDef; end: number; length: number }[] = [];
  for (const def of columns) {
    for (const word of def.meaning?.words ?? []) {
      const at = key.lastIndexOf(word);
      if (at < 0) {
        continue;
      }
      const hit = { def, end: at + word.length, length: word.length };
      const top = best[0];
      if (!top || hit.end > top.end || (hit.end === top.end && hit.length > top.length)) {
        best = [hit];
      } else if (hit.end === top.end && hit.length === top.length && top.def !== def) {
        best.push(hit);
      }
    }
  }
  return [...new Set(best.map((b) => b.def))];
}

const TYPE_OF_CLASS: Record<Exclude<UnitClass, null>, readonly ColumnType[]> = {
  money: ['money'],
  area: ['area'],
  length: ['length'],
  count: ['count', 'decimal'],
  percent: [],
};

function fits(def: ColumnDef, unit: UnitClass): boolean {
  return unit === null || TYPE_OF_CLASS[unit].includes(def.type);
}

/** A money, area or length column takes its type's units; a count column the units it lists. */
function takesUnit(def: ColumnDef, unit: UnitClass, word: string | null): boolean {
  if (unit === 'money' || unit === 'area' || unit === 'length') {
    return def.type === unit;
  }
  return unit === 'count' && word !== null && (def.meaning?.units ?? []).includes(word.trim());
}
