import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';
import { fmt } from '../build/grid';

const tianjin = (region: string) => factsOf('各区主要指标', region, 2022);

/** One row per district, one column per metric, the unit inside each metric's header. */
const wideWithPercentText = xlsxEntry({
  name: "a city's wide 主要指标 table: rates written 42.5% and 45.1％, units inside the metric names, a 合计 row",
  modelledOn:
    '天津市各区全民健身主要指标 (经常参加体育锻炼人数比例（%）、社会体育指导员（人）、常住人口（万人）)',
  fileName: '天津市2022年各区全民健身主要指标.xlsx',
  sheets: [
    {
      name: '各区主要指标',
      rows: [
        ['天津市2022年各区全民健身主要指标'],
        ['填报单位：天津市体育局'],
        [
          '地区',
          '常住人口（万人）',
          '经常参加体育锻炼人数比例（%）',
          '社会体育指导员（人）',
          '健身器材巡检（件）',
        ],
        ['河东区', 85.8, '42.5%', 1260, '5400余件'],
        ['和平区', 35.5, '45.1％', 980, 3200],
        ['河西区', 82.1, 44.8, 1420, '4,100'],
        ['合计', 203.4, null, 3660, 12700],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        tianjin('120102').indicator(4, { metric: 'POPULATION', value: 858000 }),
        tianjin('120102').indicator(4, { metric: 'REGULAR_EXERCISE_RATE', value: 42.5 }),
        tianjin('120102').indicator(4, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 1260 }),
        tianjin('120102').indicator(4, {
          metric: 'EQUIPMENT_INSPECTED',
          value: 5400,
          approximate: true,
        }),
        tianjin('120101').indicator(5, { metric: 'POPULATION', value: 355000 }),
        tianjin('120101').indicator(5, { metric: 'REGULAR_EXERCISE_RATE', value: 45.1 }),
        tianjin('120101').indicator(5, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 980 }),
        tianjin('120101').indicator(5, { metric: 'EQUIPMENT_INSPECTED', value: 3200 }),
        tianjin('120103').indicator(6, { metric: 'POPULATION', value: 821000 }),
        tianjin('120103').indicator(6, { metric: 'REGULAR_EXERCISE_RATE', value: 44.8 }),
        tianjin('120103').indicator(6, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 1420 }),
        tianjin('120103').indicator(6, { metric: 'EQUIPMENT_INSPECTED', value: 4100 }),
      ],
    },
  },
});

const huangshan = factsOf('指标完成情况', '341000', 2023);

/** 年度目标 and 完成率 are not facts of the year; the clerk says which column is the value. */
const targetsMapped = xlsxEntry({
  name: 'a 年度工作指标完成情况表 with 年度目标 / 完成值 / 完成率 columns, mapped by the clerk',
  modelledOn:
    '黄山市体育局 2023年重点工作完成情况 (目标任务、完成值、完成目标任务的%) as an indicator table',
  fileName: '黄山市2023年体育工作指标完成情况表.xlsx',
  sheets: [
    {
      name: '指标完成情况',
      rows: [
        ['黄山市2023年体育工作指标完成情况表'],
        ['填报单位：黄山市体育局'],
        ['序号', '指标名称', '单位', '年度目标', '完成值', '完成率'],
        [1, '全民健身活动场次', '场', 150, 196, fmt(1.3067, '0.00%')],
        [2, '社会体育指导员', '人', 5000, 5120, fmt(1.024, '0.00%')],
        [3, '经常参加体育锻炼人数比例', '%', 40, '41.2%', '103%'],
      ],
    },
  ],
  upload: {
    columnMap: [
      { header: '完成值', field: 'value' },
      { header: '年度目标', field: 'ignore' },
      { header: '完成率', field: 'ignore' },
    ],
  },
  expect: {
    status: 'COMMITTED',
    mappings: [{ header: '完成值', field: 'value', source: 'REQUEST' }],
    facts: {
      indicators: [
        huangshan.indicator(4, { metric: 'FITNESS_ACTIVITIES', value: 196 }),
        huangshan.indicator(5, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 5120 }),
        huangshan.indicator(6, { metric: 'REGULAR_EXERCISE_RATE', value: 41.2 }),
      ],
    },
  },
});

const counties = (region: string) => factsOf('基本情况', region, 2023);

/** The region by its GB/T 2260 code beside its name; area written with thousands separators. */
const wideWithRegionCodes = xlsxEntry({
  name: 'a 基本情况 sheet by county with a 行政区划代码 column, areas written 512,300',
  modelledOn:
    '晋中市 各县（市、区）体育基本情况 (行政区划代码、常住人口、体育场地面积、社区健身会数)',
  fileName: '晋中市2023年各县体育基本情况.xlsx',
  sheets: [
    {
      name: '基本情况',
      rows: [
        [
          '行政区划代码',
          '地区',
          '常住人口（万人）',
          '体育场地面积（平方米）',
          '社区健身会数（个）',
        ],
        ['140727', '祁县', 24.6, '512,300', 18],
        ['140728', '平遥县', 45.2, '806,500', 26],
        ['140729', '灵石县', 25.3, '468,000', 15],
      ],
    },
  ],
  upload: { region: '140700', year: 2023 },
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        counties('140727').indicator(2, { metric: 'POPULATION', value: 246000 }),
        counties('140727').indicator(2, { metric: 'VENUE_AREA', value: 512300 }),
        counties('140727').indicator(2, { metric: 'COMMUNITY_FITNESS_CLUBS', value: 18 }),
        counties('140728').indicator(3, { metric: 'POPULATION', value: 452000 }),
        counties('140728').indicator(3, { metric: 'VENUE_AREA', value: 806500 }),
        counties('140728').indicator(3, { metric: 'COMMUNITY_FITNESS_CLUBS', value: 26 }),
        counties('140729').indicator(4, { metric: 'POPULATION', value: 253000 }),
        counties('140729').indicator(4, { metric: 'VENUE_AREA', value: 468000 }),
        counties('140729').indicator(4, { metric: 'COMMUNITY_FITNESS_CLUBS', value: 15 }),
      ],
    },
  },
});

export const wideIndicatorEntries: CorpusEntry[] = [
  wideWithPercentText,
  targetsMapped,
  wideWithRegionCodes,
];
