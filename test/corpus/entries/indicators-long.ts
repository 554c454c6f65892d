import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';
import { fmt } from '../build/grid';

const mouding = factsOf('体育事业统计', '532323', 2024);

/** 牟定县's published figures: 场地面积39.8780万平方米, 常住人口14.94万人, 指导员587人, 40.3%. */
const longFormUnits = xlsxEntry({
  name: 'a 体育事业发展情况统计表 in long form whose 单位 column says 万人 and 万平方米',
  modelledOn:
    '牟定县2024年第一季度体育事业发展情况统计 (场地面积39.8780万平方米、常住人口14.94万人、社会体育指导员587人、40.3%)',
  fileName: '牟定县2024年体育事业发展情况统计表.xlsx',
  sheets: [
    {
      name: '体育事业统计',
      rows: [
        ['牟定县2024年体育事业发展情况统计表'],
        ['填报单位：牟定县体育局', null, '年度：2024'],
        ['序号', '指标名称', '单位', '数值', '备注'],
        [1, '常住人口', '万人', 14.94, null],
        [2, '体育场地面积', '万平方米', 39.878, null],
        [3, '社会体育指导员', '人', 587, '每千人2.85名'],
        [4, '经常参加体育锻炼人数比例', '%', 40.3, null],
        [5, '单项体育协会', '个', 12, null],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        mouding.indicator(4, { metric: 'POPULATION', value: 149400 }),
        mouding.indicator(5, { metric: 'VENUE_AREA', value: 398780 }),
        mouding.indicator(6, {
          metric: 'SOCIAL_SPORTS_INSTRUCTORS',
          value: 587,
          notes: '每千人2.85名',
        }),
        mouding.indicator(7, { metric: 'REGULAR_EXERCISE_RATE', value: 40.3 }),
        mouding.indicator(8, { metric: 'SPORTS_ASSOCIATIONS', value: 12 }),
      ],
    },
  },
});

const qixian = factsOf('主要指标', '140727', 2022);

/** The first class: 0.425 shown as 42.5% was stored as 0.425 and ranked last. */
const percentFormat = xlsxEntry({
  name: 'a 主要指标 table whose rate is the number 0.425 shown through a 0.0% format',
  modelledOn:
    '年度工作主要指标完成情况表 (经常参加体育锻炼人数比例 typed as a percentage in Excel)',
  fileName: '祁县2022年主要指标.xlsx',
  sheets: [
    {
      name: '主要指标',
      rows: [
        ['祁县2022年体育工作主要指标'],
        ['填报单位：祁县体育局'],
        ['指标名称', '单位', '数值'],
        ['经常参加体育锻炼人数比例', '%', fmt(0.425, '0.0%')],
        ['社会体育指导员', '人', fmt(1114, '#,##0')],
        ['全民健身活动场次', '场', fmt(86, '0')],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        qixian.indicator(4, { metric: 'REGULAR_EXERCISE_RATE', value: 42.5 }),
        qixian.indicator(5, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 1114 }),
        qixian.indicator(6, { metric: 'FITNESS_ACTIVITIES', value: 86 }),
      ],
    },
  },
});

const jinzhong = (region: string, year: number) => factsOf('工作指标', region, year);

/** A year column carries 2021's actuals and 2022's targets; 太谷县 is now 太谷区. */
const multiYear = xlsxEntry({
  name: 'a 工作指标 sheet with a 年度 column (2021 actuals, 2022 targets) naming the retired 太谷县',
  modelledOn: '晋中市体育局 2021年工作总结及2022年工作计划 (seed ledger jinzhong-2021)',
  fileName: '晋中市工作指标（2021-2022）.xlsx',
  sheets: [
    {
      name: '工作指标',
      rows: [
        ['晋中市体育工作指标（2021年完成及2022年计划）'],
        ['填报单位：晋中市体育局'],
        ['地区', '年度', '指标名称', '数值', '单位'],
        ['晋中市', 2021, '社会体育指导员', 8650, '人'],
        ['晋中市', 2022, '社会体育指导员', 9000, '人'],
        ['祁县', 2021, '二级运动员', 46, '人次'],
        ['介休市', 2021, '全民健身活动场次', '一百二十', '场'],
        ['太谷县', 2021, '健身器材维修', '300多', '件'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        jinzhong('140700', 2021).indicator(4, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 8650 }),
        jinzhong('140700', 2022).indicator(5, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 9000 }),
        jinzhong('140727', 2021).indicator(6, { metric: 'LEVEL2_ATHLETES', value: 46 }),
        jinzhong('140781', 2021).indicator(7, { metric: 'FITNESS_ACTIVITIES', value: 120 }),
        jinzhong('140703', 2021).indicator(8, {
          metric: 'EQUIPMENT_REPAIRED',
          value: 300,
          approximate: true,
        }),
      ],
    },
  },
});

const hedong = factsOf('群众体育统计', '120102', 2023);

const countsWithUnits = xlsxEntry({
  name: 'a 群众体育工作统计 whose values read 1,114件, 八十一次, 5400余件, 约600 and 二十八',
  modelledOn:
    '天津市河东区 2022年工作总结 (12345热线办理1114件、信访接待81次、健身器材巡检5400余件)',
  fileName: '河东区2023年群众体育工作统计.xlsx',
  sheets: [
    {
      name: '群众体育统计',
      rows: [
        ['天津市河东区2023年群众体育工作统计'],
        ['填报单位：天津市河东区体育局'],
        ['指标名称', '数值', '单位', '备注'],
        ['12345热线办理', '1,114件', '件', null],
        ['信访接待', '八十一次', '次', null],
        ['健身器材巡检', '5400余件', '件', '含维修'],
        ['健身器材维修', '约600', '件', null],
        ['社区健身会', '39', '个', null],
        ['社区数', '二十八', '个', null],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        hedong.indicator(4, { metric: 'HOTLINE_CASES', value: 1114 }),
        hedong.indicator(5, { metric: 'PETITION_VISITS', value: 81 }),
        hedong.indicator(6, {
          metric: 'EQUIPMENT_INSPECTED',
          value: 5400,
          approximate: true,
          notes: '含维修',
        }),
        hedong.indicator(7, { metric: 'EQUIPMENT_REPAIRED', value: 600, approximate: true }),
        hedong.indicator(8, { metric: 'COMMUNITY_FITNESS_CLUBS', value: 39 }),
        hedong.indicator(9, { metric: 'COMMUNITIES', value: 28 }),
      ],
    },
  },
});

export const longIndicatorEntries: CorpusEntry[] = [
  longFormUnits,
  percentFormat,
  multiYear,
  countsWithUnits,
];
