import type { CorpusEntry } from '../corpus-entry';
import { csvEntry, factsOf, wan } from '../build/entry';

// What Excel and WPS write when a clerk saves as CSV: Excel's "CSV UTF-8" has a BOM, the plain
// "CSV" of a Chinese Windows is GBK; a cell Excel shows as a date may be written as its serial.

const tianhe = factsOf('天河区2022年赛事活动', '440106', 2022);

const excelSerial = csvEntry({
  name: 'a CSV saved by Excel (UTF-8 with BOM) whose 举办日期 came out as the date serial 44652',
  modelledOn: "天河区's events ledger exported by Excel as CSV UTF-8",
  fileName: '天河区2022年赛事活动.csv',
  encoding: 'utf-8-bom',
  rows: [
    ['活动名称', '举办日期', '级别', '参与人数'],
    ['天河区全民健身运动会开幕式', '44652', '区级', '2800'],
    ['天河区青少年足球联赛', '2022/6/18', '区级', '960'],
    ['“羊城杯”围棋邀请赛', '2022年10月', '市级', '320'],
  ],
  upload: { region: '440106', year: 2022 },
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        tianhe.event(2, {
          name: '天河区全民健身运动会开幕式',
          startDate: '2022-04-01',
          level: 'DISTRICT',
          participants: 2800,
        }),
        tianhe.event(3, {
          name: '天河区青少年足球联赛',
          startDate: '2022-06-18',
          level: 'DISTRICT',
          participants: 960,
        }),
        tianhe.event(4, {
          name: '“羊城杯”围棋邀请赛',
          startDate: '2022-10-01',
          datePrecision: 'MONTH',
          level: 'MUNICIPAL',
          participants: 320,
        }),
      ],
    },
  },
});

const yuexiu = factsOf('越秀区场地设施', '440104', 2023);

const gbkFacilities = csvEntry({
  name: 'a facilities CSV in GBK, as WPS on a Chinese Windows writes it',
  modelledOn: "越秀区's facility ledger saved as CSV by WPS (GBK)",
  fileName: '越秀区场地设施.csv',
  encoding: 'gbk',
  rows: [
    ['项目名称', '设施类型', '数量', '投资额（万元）', '面积（平方米）', '建成日期'],
    ['越秀山体育场改造', '体育场', '1', '5600', '32000', '2023年11月'],
    ['社区健身路径', '健身路径', '25', '75', '', '2023/6/30'],
    ['二沙岛网球场', '网球场', '6', '180', '4300', '2023.9.1'],
  ],
  upload: { region: '440104', year: 2023 },
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        yuexiu.facility(2, {
          name: '越秀山体育场改造',
          type: 'STADIUM',
          quantity: 1,
          investmentYuan: wan(5600),
          areaM2: 32000,
          completedOn: '2023-11-01',
          completedOnPrecision: 'MONTH',
        }),
        yuexiu.facility(3, {
          name: '社区健身路径',
          type: 'FITNESS_GARDEN',
          quantity: 25,
          investmentYuan: wan(75),
          completedOn: '2023-06-30',
        }),
        yuexiu.facility(4, {
          name: '二沙岛网球场',
          type: 'TENNIS_COURT',
          quantity: 6,
          investmentYuan: wan(180),
          areaM2: 4300,
          completedOn: '2023-09-01',
        }),
      ],
    },
  },
});

const wuhou = factsOf('wuhou-indicators', '510107', 2023);

const utf8Indicators = csvEntry({
  name: 'an indicators CSV in UTF-8 without BOM, with 地区 and 年度 columns and a rate written 46.2%',
  modelledOn: "武侯区's indicator table written by a script as plain UTF-8 CSV",
  fileName: 'wuhou-indicators.csv',
  encoding: 'utf-8',
  rows: [
    ['地区', '年度', '指标名称', '数值', '单位'],
    ['武侯区', '2023', '常住人口', '120.5', '万人'],
    ['武侯区', '2023', '经常参加体育锻炼人数比例', '46.2%', '%'],
    ['武侯区', '2023', '社会体育指导员', '3,860', '人'],
  ],
  upload: { region: '510107' },
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        wuhou.indicator(2, { metric: 'POPULATION', value: 1205000 }),
        wuhou.indicator(3, { metric: 'REGULAR_EXERCISE_RATE', value: 46.2 }),
        wuhou.indicator(4, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 3860 }),
      ],
    },
  },
});

const yueqing = factsOf('乐清市活动', '330382', 2023);

const quotedGbkEvents = csvEntry({
  name: 'an events CSV in GBK with a quoted note holding a comma and a 合计 line',
  modelledOn: "乐清市's activity ledger saved as CSV from Excel on a Chinese Windows",
  fileName: '乐清市活动.csv',
  encoding: 'gbk',
  rows: [
    ['序号', '活动名称', '举办时间', '参与人数', '备注'],
    ['1', '乐清市全民健身节', '2023.10.1-10.7', '6000', '含线上,线下两部分'],
    ['2', '雁荡山登山大会', '2023年4月', '约1500', ''],
    ['合计', '', '', '7500', ''],
  ],
  upload: { region: '330382', year: 2023 },
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        yueqing.event(2, {
          name: '乐清市全民健身节',
          startDate: '2023-10-01',
          endDate: '2023-10-07',
          participants: 6000,
          notes: '含线上,线下两部分',
        }),
        yueqing.event(3, {
          name: '雁荡山登山大会',
          startDate: '2023-04-01',
          datePrecision: 'MONTH',
          participants: 1500,
          approximateFields: ['participants'],
        }),
      ],
    },
  },
});

export const csvEntries: CorpusEntry[] = [
  excelSerial,
  gbkFacilities,
  utf8Indicators,
  quotedGbkEvents,
];
