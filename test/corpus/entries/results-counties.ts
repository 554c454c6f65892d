import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';

const WENZHOU_GAMES = '温州市第十八届运动会';
const wenzhou = (region: string) => factsOf('市运会成绩', region, 2023);

/** No 奖牌总数 column: results.medals is gold + silver + bronze. */
const medalsWithoutTotal = xlsxEntry({
  name: 'a results sheet by 参赛单位 giving 金牌 / 银牌 / 铜牌 and 总分 but no 奖牌总数',
  modelledOn: '温州市运动会 各县（市、区）成绩 (金牌、银牌、铜牌、总分)',
  fileName: '温州市第十八届运动会成绩.xlsx',
  sheets: [
    {
      name: '市运会成绩',
      rows: [
        ['温州市第十八届运动会各县（市、区）成绩'],
        ['填报单位：温州市体育局', null, null, '年度：2023'],
        ['参赛单位', '比赛名称', '金牌', '银牌', '铜牌', '总分'],
        ['鹿城区', WENZHOU_GAMES, 45, 40, 38, 1860],
        ['瑞安市', WENZHOU_GAMES, 52, 47, 41, 2104],
        ['乐清市', WENZHOU_GAMES, 38, 42, 45, 1712.5],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        wenzhou('330302').result(4, {
          competition: WENZHOU_GAMES,
          gold: 45,
          silver: 40,
          bronze: 38,
          points: 1860,
        }),
        wenzhou('330381').result(5, {
          competition: WENZHOU_GAMES,
          gold: 52,
          silver: 47,
          bronze: 41,
          points: 2104,
        }),
        wenzhou('330382').result(6, {
          competition: WENZHOU_GAMES,
          gold: 38,
          silver: 42,
          bronze: 45,
          points: 1712.5,
        }),
      ],
    },
  },
});

const jiexiu = factsOf('竞技成绩', '140781', 2023);

/** 二〇二三年度 is the year; the error must not then ask for a year the title has. */
const chineseNumeralTitle = xlsxEntry({
  name: 'a 成绩台账 whose title year is 二〇二三年度 and whose medals are written 八十一, 二百六十四',
  modelledOn: '介休市竞技体育成绩台账 (seed ledger) retitled with the year in Chinese numerals',
  fileName: '介休市竞技体育成绩台账.xlsx',
  sheets: [
    {
      name: '竞技成绩',
      rows: [
        ['介休市二〇二三年度竞技体育成绩台账'],
        ['填报单位：介休市体育局'],
        ['序号', '赛事名称', '代表队', '金牌', '银牌', '铜牌', '奖牌总数'],
        [1, '山西省第十七届运动会（青少年部）', '介休市代表队', '八', '十二', '十五', '三十五'],
        [2, '晋中市青少年锦标赛', '介休市代表队', '八十一', '九十一', '九十二', '二百六十四'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        jiexiu.result(4, {
          competition: '山西省第十七届运动会(青少年部)',
          gold: 8,
          silver: 12,
          bronze: 15,
          medals: 35,
        }),
        jiexiu.result(5, {
          competition: '晋中市青少年锦标赛',
          gold: 81,
          silver: 91,
          bronze: 92,
          medals: 264,
        }),
      ],
    },
  },
});

export const countyResultEntries: CorpusEntry[] = [medalsWithoutTotal, chineseNumeralTitle];
