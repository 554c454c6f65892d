import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { normalizeText } from '../parse/cells';

const YEAR = /((19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?/g;
const TABLE_WORDS =
  /(竞赛|比赛)?(成绩|奖牌|获奖|名次|团体总分|总分)+(统计|汇总|一览|登记)?(表|册|榜|台账|单|情况)*$/;
const COMPETITION = /(运动会|运动大会|赛|杯)$/;

/**
 * The competition a results table names only in its title: "2023年晋中市第六届运动会成绩表" →
 * "晋中市第六届运动会". Null when the title names no competition ("竞技体育成绩台账").
 */
export function competitionOfTitle(title: string | null): string | null {
  if (!title) {
    return null;
  }
  const name = normalizeText(title)
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]$/, '')
    .replace(YEAR, '')
    .replace(TABLE_WORDS, '');
  return name.length >= 3 && COMPETITION.test(name) ? name : null;
}

/**
 * A sheet's definition with the values its title gives (column key → value) set in every row,
 * as if each row had the column; nothing else of the kind changes.
 */
export function withTitleValues(
  definition: SheetDefinition,
  values: ReadonlyMap<string, string>,
): SheetDefinition {
  if (values.size === 0) {
    return definition;
  }
  return {
    ...definition,
    toRows(cells, problems, year) {
      const filled = new Map(cells);
      for (const [key, value] of values) {
        filled.set(key, { value, approximate: false });
      }
      return definition.toRows(filled, problems, year);
    },
  };
}

/** The values a sheet's title gives for the `fromTitle` columns it lacks. */
export function titleValues(
  definition: SheetDefinition,
  mapped: ReadonlySet<string>,
  title: string | null,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const column of definition.columns) {
    const value = column.fromTitle && !mapped.has(column.key) ? competitionOfTitle(title) : null;
    if (value) {
      values.set(column.key, value);
    }
  }
  return values;
}
