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
  ['endDate', 'end_date', 'date'],
  ['notes', 'notes', 'text'],
] as const;
const FIELD_KEYS = FIELDS.map(([key]) => key);

const medal = (key: string, header: string, short: string) => ({
  key,
  headers: [header],
  type: 'decimal' as const,
  underGroup: { group: ['奖牌'], headers: [short] },
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
    },
    { key: 'region', headers: ['代表队', '参赛单位', '地区', '代表地区'], type: 'region' },
    {
      key: 'group',
      headers: ['组别'],
      type: 'enum',
      enumTable: competitionGroupWords,
      enumWhenEmpty: CompetitionGroup.ALL,
    },
    { key: 'sport', headers: ['项目', '运动项目'], type: 'text' },
    { key: 'athletes', headers: ['运动员人数', '参赛人数', '参赛运动员'], type: 'count' },
    medal('gold', '金牌', '金'),
    medal('silver', '银牌', '银'),
    medal('bronze', '铜牌', '铜'),
    { key: 'medals', headers: ['奖牌总数', '奖牌数', '合计奖牌'], type: 'decimal' },
    { key: 'points', headers: ['团体总分', '总分', '积分'], type: 'decimal' },
    { key: 'medalRank', headers: ['奖牌榜排名', '名次', '排名'], type: 'count' },
    { key: 'goldRank', headers: ['金牌榜排名'], type: 'count' },
    { key: 'pointsRank', headers: ['团体总分排名', '总分排名'], type: 'count' },
    { key: 'placement', headers: ['成绩', '最好名次'], type: 'count' },
    { key: 'honors', headers: ['荣誉', '获得荣誉', '称号'], type: 'text' },
    { key: 'startDate', headers: ['比赛时间', '比赛日期'], type: 'dateRange' },
    { key: 'notes', headers: ['备注'], type: 'text' },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dbColumns: FIELDS.map(([, name, type]) => ({ name, type })),
  totalColumns: ['athletes', 'gold', 'silver', 'bronze', 'medals', 'points'],
  toRows(cells: ReadonlyMap<string, CellValue>, problems: RowProblems) {
    checkMedalTotal(cells, problems);
    const derived = {
      ...dateRangeCells(cells.get('startDate'), undefined),
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
