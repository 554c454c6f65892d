import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';

const SHANXI_GAMES = '山西省第十六届运动会';
const shanxi = (region: string) => factsOf('奖牌统计', region, 2022);

/** Shared medals count as halves and quarters at provincial games (524.5 枚, 120.75 枚 金牌). */
const sharedMedalsAndTies = xlsxEntry({
  name: 'a 省运会 medal table with shared medals (120.75 枚), tied ranks 并列3 and 获得荣誉',
  modelledOn:
    '省运会 奖牌榜 (江西省运会: 南昌 524.5 枚奖牌, 景德镇 120.75 枚金牌), for 山西省第十六届运动会',
  fileName: '山西省第十六届运动会奖牌统计表.xlsx',
  sheets: [
    {
      name: '奖牌统计',
      rows: [
        ['山西省第十六届运动会奖牌统计表'],
        ['填报单位：山西省体育局', null, null, null, '年度：2022'],
        [
          '赛事名称',
          '代表团',
          '金牌',
          '银牌',
          '铜牌',
          '奖牌总数',
          '金牌榜排名',
          '团体总分排名',
          '获得荣誉',
        ],
        [SHANXI_GAMES, '太原市代表团', 120.75, 98.5, 88, 307.25, 1, 1, '体育道德风尚奖'],
        [null, '大同市代表团', 80, 75.5, 70, 225.5, 2, 3, null],
        [null, '晋中市代表团', 62.5, 70, 66.5, 199, '并列3', 2, '优秀组织奖'],
        [null, '长治市代表团', 62.5, 58, 61, 181.5, '并列3', 4, null],
      ],
      merges: ['A4:A7'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        shanxi('140100').result(4, {
          competition: SHANXI_GAMES,
          gold: 120.75,
          silver: 98.5,
          bronze: 88,
          medals: 307.25,
          goldRank: 1,
          pointsRank: 1,
          honors: '体育道德风尚奖',
        }),
        shanxi('140200').result(5, {
          competition: SHANXI_GAMES,
          gold: 80,
          silver: 75.5,
          bronze: 70,
          medals: 225.5,
          goldRank: 2,
          pointsRank: 3,
        }),
        shanxi('140700').result(6, {
          competition: SHANXI_GAMES,
          gold: 62.5,
          silver: 70,
          bronze: 66.5,
          medals: 199,
          goldRank: 3,
          pointsRank: 2,
          honors: '优秀组织奖',
        }),
        shanxi('140400').result(7, {
          competition: SHANXI_GAMES,
          gold: 62.5,
          silver: 58,
          bronze: 61,
          medals: 181.5,
          goldRank: 3,
          pointsRank: 4,
        }),
      ],
    },
  },
});

const TIANJIN_GAMES = '天津市第十六届运动会';
const hedong = factsOf('竞赛成绩', '120102', 2022);

const groupsAndDates = xlsxEntry({
  name: 'a 竞赛成绩台账 by 组别 and 项目 with 最好名次 第八名 and 比赛时间 2022年8月 / 2022.9.3-9.6',
  modelledOn: '天津市河东区 2022年工作总结 (市运会 青少年组 / 成人组 results) as a 竞赛成绩台账',
  fileName: '河东区2022年竞赛成绩台账.xlsx',
  sheets: [
    {
      name: '竞赛成绩',
      rows: [
        ['河东区2022年竞技体育成绩台账'],
        ['填报单位：天津市河东区体育局'],
        [
          '序号',
          '赛事名称',
          '组别',
          '运动项目',
          '参赛运动员',
          '金牌',
          '银牌',
          '铜牌',
          '最好名次',
          '比赛时间',
          '备注',
        ],
        [1, TIANJIN_GAMES, '青少年组', '游泳', 24, 5, 3, 2, null, '2022年8月', null],
        [2, TIANJIN_GAMES, '成人组', '乒乓球', 8, 0, 1, 0, null, '2022.9.3-9.6', null],
        [
          3,
          TIANJIN_GAMES,
          '青少年组',
          '田径',
          30,
          null,
          null,
          null,
          '第八名',
          '2022年7月',
          '男子4×100米接力',
        ],
        [4, TIANJIN_GAMES, '残疾人组', '举重', 3, 1, 0, 0, null, '2022年10月', null],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      results: [
        hedong.result(4, {
          competition: TIANJIN_GAMES,
          group: 'YOUTH',
          sport: '游泳',
          athletes: 24,
          gold: 5,
          silver: 3,
          bronze: 2,
          startDate: '2022-08-01',
          datePrecision: 'MONTH',
        }),
        hedong.result(5, {
          competition: TIANJIN_GAMES,
          group: 'ADULT',
          sport: '乒乓球',
          athletes: 8,
          gold: 0,
          silver: 1,
          bronze: 0,
          startDate: '2022-09-03',
          endDate: '2022-09-06',
        }),
        hedong.result(6, {
          competition: TIANJIN_GAMES,
          group: 'YOUTH',
          sport: '田径',
          athletes: 30,
          placement: 8,
          startDate: '2022-07-01',
          datePrecision: 'MONTH',
          notes: '男子4×100米接力',
        }),
        hedong.result(7, {
          competition: TIANJIN_GAMES,
          group: 'DISABLED',
          sport: '举重',
          athletes: 3,
          gold: 1,
          silver: 0,
          bronze: 0,
          startDate: '2022-10-01',
          datePrecision: 'MONTH',
        }),
      ],
    },
  },
});

export const resultNotationEntries: CorpusEntry[] = [sharedMedalsAndTies, groupsAndDates];
