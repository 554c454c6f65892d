import type { CorpusEntry } from '../corpus-entry';
import { xlsxEntry } from '../build/entry';
import { fmt, fx } from '../build/grid';
import { smallLedger } from '../build/small-ledger';

// Refusals: each names the cells the import must point at, and nothing of the workbook is written.

/** 42.5 typed into a cell already formatted 0.0% shows 4250.0%: not a rate. */
const rateOutOfRange = xlsxEntry({
  name: 'a rate typed as 42.5 into a 0.0% cell, which Excel shows as 4250.0%',
  modelledOn: '年度工作主要指标 of 平遥县, the percent format applied before typing',
  fileName: '平遥县2023年主要指标.xlsx',
  sheets: [
    smallLedger(
      '主要指标',
      '平遥县2023年体育工作主要指标',
      '平遥县体育局',
      ['指标名称', '单位', '数值'],
      [
        ['社会体育指导员', '人', 1650],
        ['经常参加体育锻炼人数比例', '%', fmt(42.5, '0.0%')],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '主要指标', row: 5, column: 'C', code: 'RATE_OUT_OF_RANGE' }],
  },
});

/** The issue's =E9/0: saving again cannot help, the formula itself divides by zero. */
const cachedDivisionByZero = xlsxEntry({
  name: 'a facilities ledger whose 投资额 formula =E9/0 was saved with #DIV/0!',
  modelledOn:
    "a county facility ledger where the clerk's per-area formula divides by an empty cell",
  fileName: '灵石县2023年场地设施台账.xlsx',
  sheets: [
    {
      name: '场地设施',
      rows: [
        ['灵石县2023年场地设施台账'],
        ['填报单位：灵石县体育局'],
        ['年度：2023'],
        ['序号', '项目名称', '设施类型', '数量', '面积（㎡）', '投资额（万元）'],
        [1, '静升镇全民健身广场', '健身广场', 1, 3200, 85],
        [2, '翠峰镇健身步道', '健身步道', 1, 5600, 120],
        [3, '两渡镇笼式足球场', '笼式足球场', 1, 1050, 60],
        [4, '南关镇社区健身园', '健身园', 6, 900, 18],
        [5, '段纯镇多功能运动场', '多功能球场', 2, 1200, fx('E9/0', { error: '#DIV/0!' })],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '场地设施', row: 9, column: 'F', code: 'CELL_ERROR_VALUE' }],
  },
});

const negativeInvestment = xlsxEntry({
  name: 'a facilities ledger with a negative 投资额 (-20, a refund typed as a project)',
  modelledOn: 'a district facility ledger where a 退回资金 line was typed among the projects',
  fileName: '屯溪区2022年场地设施台账.xlsx',
  sheets: [
    smallLedger(
      '场地设施',
      '屯溪区2022年场地设施台账',
      '黄山市屯溪区文化旅游体育局',
      ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
      [
        [1, '黎阳镇健身广场', '健身广场', 1, 45],
        [2, '老街社区健身路径', '健身路径', 3, -20],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '场地设施', row: 5, column: 'E', code: 'NEGATIVE_NUMBER' }],
  },
});

const impossibleDate = xlsxEntry({
  name: 'an events ledger with the impossible date 2023年2月30日',
  modelledOn: "a district events ledger with a clerk's typo in 举办时间",
  fileName: '徽州区2023年赛事活动台账.xlsx',
  sheets: [
    smallLedger(
      '赛事活动',
      '徽州区2023年赛事活动台账',
      '黄山市徽州区文化旅游体育局',
      ['序号', '活动名称', '举办时间', '参与人数'],
      [
        [1, '呈坎古村健步走', '2023年2月30日', 600],
        [2, '丰乐湖龙舟赛', '2023年6月22日', 320],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '赛事活动', row: 4, column: 'C', code: 'INVALID_DATE' }],
  },
});

/** 待定 is not one of the 'not reported' markers (—, /, 无, 暂无): it is not a number either. */
const placeholderText = xlsxEntry({
  name: 'a facilities ledger with 待定 in its 投资额 column',
  modelledOn: 'a project ledger filled before the budget was approved (投资额 “待定”)',
  fileName: '休宁县2024年场地设施台账.xlsx',
  sheets: [
    smallLedger(
      '场地设施',
      '休宁县2024年场地设施台账',
      '休宁县文化旅游体育局',
      ['序号', '项目名称', '设施类型', '投资额（万元）'],
      [
        [1, '休宁县体育馆', '体育馆', '待定'],
        [2, '万安镇健身步道', '健身步道', 80],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '场地设施', row: 4, column: 'D', code: 'NOT_A_NUMBER' }],
  },
});

export const cellRefusalEntries: CorpusEntry[] = [
  rateOutOfRange,
  cachedDivisionByZero,
  negativeInvestment,
  impossibleDate,
  placeholderText,
];
