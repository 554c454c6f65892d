import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';

const GAMES = '晋中市第六届运动会';
const jinzhong = (region: string) => factsOf('奖牌榜', region, 2022);

/** Delegations named as the games name them: 介休市代表团, 祁县代表队, 太谷区. */
const delegationTable = xlsxEntry({
  name: 'a 市运会 medal table by 代表团 / 代表队 with 奖牌总数, 团体总分 and 名次',
  modelledOn:
    '晋中市第六届运动会 各代表团奖牌及总分统计 (金牌、银牌、铜牌、奖牌总数、团体总分、名次)',
  fileName: '晋中市第六届运动会奖牌榜.xlsx',
  sheets: [
    {
      name: '奖牌榜',
      rows: [
        ['晋中市第六届运动会各代表团奖牌及总分统计表'],
        ['填报单位：晋中市体育局', null, null, null, '年度：2022'],
        ['名次', '代表团', '赛事名称', '金牌', '银牌', '铜牌', '奖牌总数', '团体总分'],
        [1, '介休市代表团', GAMES, 81, 91, 92, 264, 4086.5],
        [2, '榆次区代表团', GAMES, 76, 70, 65, 211, 3650],
        [3, '祁县代表队', GAMES, 40, 38, 45, 123, 2210.5],
        [4, '太谷区', GAMES, 32, 41, 30, 103, 1980],
      ],
      merges: ['A1:H1'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        jinzhong('140781').result(4, {
          competition: GAMES,
          medalRank: 1,
          gold: 81,
          silver: 91,
          bronze: 92,
          medals: 264,
          points: 4086.5,
        }),
        jinzhong('140702').result(5, {
          competition: GAMES,
          medalRank: 2,
          gold: 76,
          silver: 70,
          bronze: 65,
          medals: 211,
          points: 3650,
        }),
        jinzhong('140727').result(6, {
          competition: GAMES,
          medalRank: 3,
          gold: 40,
          silver: 38,
          bronze: 45,
          medals: 123,
          points: 2210.5,
        }),
        jinzhong('140703').result(7, {
          competition: GAMES,
          medalRank: 4,
          gold: 32,
          silver: 41,
          bronze: 30,
          medals: 103,
          points: 1980,
        }),
      ],
    },
  },
});

const tianjin = (region: string) => factsOf('成绩统计', region, 2022);
const TIANJIN_GAMES = '天津市第十六届运动会';

/** No 赛事名称 column: the title names the games. medals = gold + silver + bronze. */
const competitionInTitle = xlsxEntry({
  name: 'a 市运会 results table that names its competition only in the title',
  modelledOn: '天津市第十六届运动会 各区代表团成绩统计 (the games named once, in the title)',
  fileName: '天津市第十六届运动会成绩统计表.xlsx',
  sheets: [
    {
      name: '成绩统计',
      rows: [
        ['天津市第十六届运动会成绩统计表'],
        ['填报单位：天津市体育局', null, null, '年度：2022'],
        ['代表团', '金牌', '银牌', '铜牌', '团体总分'],
        ['河东区代表团', 35, 28, 30, 1420],
        ['和平区代表团', 42, 39, 33, 1688.5],
        ['南开区代表团', 51, 44, 47, 2015],
      ],
      merges: ['A1:E1'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        tianjin('120102').result(4, {
          competition: TIANJIN_GAMES,
          gold: 35,
          silver: 28,
          bronze: 30,
          points: 1420,
        }),
        tianjin('120101').result(5, {
          competition: TIANJIN_GAMES,
          gold: 42,
          silver: 39,
          bronze: 33,
          points: 1688.5,
        }),
        tianjin('120104').result(6, {
          competition: TIANJIN_GAMES,
          gold: 51,
          silver: 44,
          bronze: 47,
          points: 2015,
        }),
      ],
    },
  },
});

const jiexiu = factsOf('成绩册', '140781', 2022);

/** 奖牌 over 金/银/铜; the games merged down; 团体总分 summed in a row merged across the medals. */
const teamTotalRow = xlsxEntry({
  name: "a delegation's 成绩册 by sport: 奖牌 merged over 金/银/铜 and a 团体总分 row merged across the medal columns",
  modelledOn: '介休市代表团参加晋中市第六届运动会成绩册 (seed ledger jinzhong-2021, per sport)',
  fileName: '介休市代表团成绩册.xlsx',
  sheets: [
    {
      name: '成绩册',
      rows: [
        ['介休市代表团参加晋中市第六届运动会成绩册'],
        ['填报单位：介休市体育局  年度：2022'],
        ['序号', '赛事名称', '项目', '奖牌', null, null, '团体总分'],
        [null, null, null, '金', '银', '铜', null],
        [1, GAMES, '田径', 12, 10, 9, 620],
        [2, null, '游泳', 8, 7, 11, 455.5],
        [3, null, '武术', 6, 5, 4, 310],
        [4, null, '举重', 3, 2, 2, 140],
        ['团体总分', null, null, 1525.5, null, null, null],
      ],
      merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'B5:B8', 'D9:F9'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        jiexiu.result(5, {
          competition: GAMES,
          sport: '田径',
          gold: 12,
          silver: 10,
          bronze: 9,
          points: 620,
        }),
        jiexiu.result(6, {
          competition: GAMES,
          sport: '游泳',
          gold: 8,
          silver: 7,
          bronze: 11,
          points: 455.5,
        }),
        jiexiu.result(7, {
          competition: GAMES,
          sport: '武术',
          gold: 6,
          silver: 5,
          bronze: 4,
          points: 310,
        }),
        jiexiu.result(8, {
          competition: GAMES,
          sport: '举重',
          gold: 3,
          silver: 2,
          bronze: 2,
          points: 140,
        }),
      ],
    },
  },
});

export const gamesEntries: CorpusEntry[] = [delegationTable, competitionInTitle, teamTotalRow];
