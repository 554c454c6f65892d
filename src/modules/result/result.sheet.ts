import { LedgerKind } from '../common/enums';
import { competitionGroupWords } from '../common/enum-words';
import { CompetitionGroup } from '../common/enums';
import type { CellValue, RowProblems, SheetDefinition } from '../common/sheet-definition';
import { dateRangeCells } from '../common/sheet-dates';
import { fieldValues } from '../common/sheet-values';
import { recordsetParts } from '../common/sheet-sql';

const FIELDS = [
  ['competition', 'competition_name', 'text'],
  ['group', 'group', 'text'],
  ['sport', 'sport', 'text'],
  ['athletes', 'athletes', 'int'],
  ['gold', 'gold', 'float8'],
  ['silver', 'silver', 'float8'],
  ['bronze', 'bronze', 'float8'],
  ['medals', 'medals', 'float8'],
  ['points', 'points', 'float8'],
  ['medalRank', 'medal_rank', 'int'],
  ['goldRank', 'gold_rank', 'int'],
  ['pointsRank', 'points_rank', 'int'],
  ['placement', 'placement', 'int'],
  ['honors', 'honors', 'text'],
  ['startDate', 'start_date', 'date'],
  ['startPrecision', 'start_precision', 'text'],
  ['endDate', 'end_date', 'date'],
  ['notes', 'notes', 'text'],
] as const;
const FIELD_KEYS = FIELDS.map(([key]) => key);

const medal = (key: string, header: string, short: string) => ({
  key,
  headers: [header],
  type: 'decimal' as const,
  underGroup: { group: ['奖牌'], headers: [short] },
  meaning: { words: [header] },
});

/** 竞赛成绩台账: ledger-spec §2 "results". */
export const resultSheet: SheetDefinition = {
  kind: LedgerKind.RESULTS,
  sheetNameWords: ['成绩', '奖牌', '获奖'],
  table: 'result',
  columns: [
    {
      key: 'competition',
      headers: ['赛事名称', '比赛名称', '运动会', '赛事'],
      type: 'text',
      required: true,
      // a 市运会 results table often names its competition only in the title
      fromTitle: true,
      meaning: { words: ['赛事', '比赛名称', '运动会', '锦标赛', '联赛'] },
    },
    {
      key: 'region',
      headers: ['代表队', '参赛单位', '地区', '代表地区'],
      type: 'region',
      meaning: { words: ['代表队', '代表团', '参赛单位', '单位', '地区', '队名', '区划代码'] },
    },
    {
      key: 'group',
      headers: ['组别'],
      type: 'enum',
      enumTable: competitionGroupWords,
      enumWhenEmpty: CompetitionGroup.ALL,
      meaning: { words: ['组别'] },
    },
    { key: 'sport', headers: ['项目', '运动项目'], type: 'text', meaning: { words: ['项目'] } },
    {
      key: 'athletes',
      headers: ['运动员人数', '参赛人数', '参赛运动员'],
      type: 'count',
      meaning: { words: ['运动员', '人数'], units: ['人', '名'] },
    },
    medal('gold', '金牌', '金'),
    medal('silver', '银牌', '银'),
    medal('bronze', '铜牌', '铜'),
    {
      key: 'medals',
      headers: ['奖牌总数', '奖牌数', '合计奖牌'],
      type: 'decimal',
      underGroup: { group: ['奖牌'], headers: ['合计', '总数', '小计', '总计'] },
      meaning: { words: ['奖牌总数', '奖牌合计', '奖牌数', '奖牌'] },
    },
    {
      key: 'points',
      headers: ['团体总分', '总分', '积分'],
      type: 'decimal',
      meaning: { words: ['总分', '积分', '得分'] },
    },
    {
      key: 'medalRank',
      headers: ['奖牌榜排名', '名次', '排名'],
      type: 'count',
      meaning: { words: ['排名', '名次', '奖牌榜'] },
    },
    {
      key: 'goldRank',
      headers: ['金牌榜排名'],
      type: 'count',
      meaning: { words: ['金牌榜', '金牌排名'] },
    },
    {
      key: 'pointsRank',
      headers: ['团体总分排名', '总分排名'],
      type: 'count',
      meaning: { words: ['总分排名', '积分排名'] },
    },
    {
      key: 'placement',
      headers: ['成绩', '最好名次'],
      type: 'count',
      meaning: { words: ['成绩', '最好名次'] },
    },
    {
      key: 'honors',
      headers: ['荣誉', '获得荣誉', '称号'],
      type: 'text',
      meaning: { words: ['荣誉', '称号', '奖项'] },
    },
    {
      key: 'startDate',
      headers: ['比赛时间', '比赛日期'],
      type: 'dateRange',
      meaning: { words: ['时间', '日期'] },
    },
    { key: 'notes', headers: ['备注'], type: 'text', meaning: { words: ['备注', '说明'] } },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dbColumns: FIELDS.map(([, name, type]) => ({ name, type })),
  totalColumns: ['athletes', 'gold', 'silver', 'bronze', 'medals', 'points'],
  toRows(cells: ReadonlyMap<string, CellValue>, problems: RowProblems) {
    checkMedalTotal(cells, problems);
    const derived = {
      ...dateRangeCells(cells.get('startDate'), undefined),
      medals: medalTotal(cells),
      // enumWhenEmpty covers a blank cell; a ledger without a 组别 column reports whole delegations
      group: { value: cells.get('group')?.value ?? CompetitionGroup.ALL, approximate: false },
    };
    return [fieldValues(FIELD_KEYS, cells, derived, resultSheet.columns)];
  },
  // Competitions are shared by ledgers: create the ones this batch names, then point at them.
  insertSql: (table, columns) => {
    const { from, expr } = recordsetParts(columns);
    const stored = columns.filter((c) => c.name !== 'competition_name');
    const [name, year] = [expr('competition_name'), expr('year')];
    return [
      `insert into competition (name, year) select distinct ${name}, ${year} from ${from}
       on conflict (name, year) do nothing`,
      `insert into "${table}" (${stored.map((c) => `"${c.name}"`).join(', ')}, "competition_id")
       select ${stored.map((c) => expr(c.name)).join(', ')}, c.id
       from ${from} join competition c on c.name = ${name} and c.year = ${year}`,
    ];
  },
};

/**
 * The medal total as given; without one, gold + silver + bronze when the ledger gives all three
 * (a 金/银/铜 table with no 合计 column still has a total), approximate when any part is.
 */
function medalTotal(cells: ReadonlyMap<string, CellValue>): CellValue {
  const given = cells.get('medals');
  const parts = ['gold', 'silver', 'bronze'].map((k) => cells.get(k));
  if ((given?.value ?? null) !== null || parts.some((p) => (p?.value ?? null) === null)) {
    return given ?? { value: null, approximate: false };
  }
  return {
    value: parts.reduce((sum, p) => sum + (p!.value as number), 0),
    approximate: parts.some((p) => p!.approximate),
  };
}

/** ledger-spec §2: a medal total, when given, must equal gold + silver + bronze. */
function checkMedalTotal(cells: ReadonlyMap<string, CellValue>, problems: RowProblems): void {
  const total = cells.get('medals')?.value as number | null | undefined;
  if (total === null || total === undefined) {
    return;
  }
  const parts = ['gold', 'silver', 'bronze'].map(
    (k) => (cells.get(k)?.value as number | null) ?? 0,
  );
  const sum = parts.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - total) > 1e-9) {
    problems.error(
      'medals',
      'MEDAL_TOTAL_MISMATCH',
      `medal total ${total} is not gold + silver + bronze = ${parts.join(' + ')} = ${sum}`,
    );
  }
}
