import { LedgerKind } from '../common/enums';
import { eventCategoryWords, eventFormatWords, eventLevelWords } from '../common/enum-words';
import type { CellValue, SheetDefinition } from '../common/sheet-definition';
import { dateRangeCells } from '../common/sheet-dates';
import { fieldValues } from '../common/sheet-values';

const FIELDS = [
  ['name', 'name', 'text'],
  ['startDate', 'start_date', 'date'],
  ['startPrecision', 'start_precision', 'text'],
  ['endDate', 'end_date', 'date'],
  ['level', 'level', 'text'],
  ['category', 'category', 'text'],
  ['sport', 'sport', 'text'],
  ['format', 'format', 'text'],
  ['organizer', 'organizer', 'text'],
  ['participants', 'participants', 'int'],
  ['teams', 'teams', 'int'],
  ['notes', 'notes', 'text'],
] as const;
const FIELD_KEYS = FIELDS.map(([key]) => key);

/** 赛事活动台账: ledger-spec §2 "events". */
export const eventSheet: SheetDefinition = {
  kind: LedgerKind.EVENTS,
  sheetNameWords: ['赛事', '活动'],
  table: 'event',
  columns: [
    {
      key: 'name',
      headers: ['活动名称', '赛事名称', '赛事活动名称', '名称', '项目名称'],
      type: 'text',
      required: true,
      meaning: { words: ['名称'] },
    },
    {
      key: 'region',
      headers: ['所属地区', '地区', '区县', '举办地', '承办地区'],
      type: 'region',
      meaning: { words: ['地区', '区县', '县区', '举办地', '承办地', '区划代码'] },
    },
    {
      key: 'startDate',
      headers: ['开始日期', '举办时间', '时间', '日期', '举办日期'],
      type: 'dateRange',
      meaning: { words: ['时间', '日期'] },
    },
    {
      key: 'endDate',
      headers: ['结束日期'],
      type: 'date',
      meaning: { words: ['结束时间', '结束日期', '截止时间', '截止日期'] },
    },
    {
      key: 'level',
      headers: ['级别', '赛事级别', '活动级别'],
      type: 'enum',
      enumTable: eventLevelWords,
      meaning: { words: ['级别', '层级'] },
    },
    {
      key: 'category',
      headers: ['类别', '活动类别', '赛事类别', '类型'],
      type: 'enum',
      enumTable: eventCategoryWords,
      meaning: { words: ['类别', '类型'] },
    },
    {
      key: 'sport',
      headers: ['项目', '运动项目', '体育项目'],
      type: 'text',
      meaning: { words: ['项目'] },
    },
    {
      key: 'format',
      headers: ['形式', '举办形式', '线上/线下'],
      type: 'enum',
      enumTable: eventFormatWords,
      meaning: { words: ['形式', '方式'] },
    },
    {
      key: 'organizer',
      headers: ['主办单位', '承办单位', '组织单位'],
      type: 'text',
      meaning: { words: ['主办', '承办', '组织', '单位'] },
    },
    {
      key: 'participants',
      headers: ['参与人数', '参赛人数', '参加人数', '人数', '人次'],
      type: 'count',
      meaning: { words: ['人数', '人次'], units: ['人', '人次'] },
    },
    {
      key: 'teams',
      headers: ['参赛队伍数', '队伍数', '代表队数'],
      type: 'count',
      meaning: { words: ['队伍', '队数'], units: ['支', '队'] },
    },
    { key: 'notes', headers: ['备注', '说明'], type: 'text', meaning: { words: ['备注', '说明'] } },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dbColumns: FIELDS.map(([, name, type]) => ({ name, type })),
  totalColumns: ['participants', 'teams'],
  toRows(cells: ReadonlyMap<string, CellValue>) {
    const derived = dateRangeCells(cells.get('startDate'), cells.get('endDate'));
    return [fieldValues(FIELD_KEYS, cells, derived, eventSheet.columns)];
  },
};
