import type { CorpusEntry } from '../corpus-entry';
import { xlsxEntry } from '../build/entry';
import { smallLedger } from '../build/small-ledger';

const missingType = xlsxEntry({
  name: 'a facilities sheet without its required 设施类型 column',
  modelledOn: 'a 场地设施 sheet copied from a budget list that never had a type column',
  fileName: '歙县2022年场地设施台账.xlsx',
  sheets: [
    smallLedger(
      '场地设施',
      '歙县2022年场地设施台账',
      '歙县文化旅游体育局',
      ['序号', '项目名称', '数量', '投资额（万元）'],
      [
        [1, '歙县城区健身步道', 1, 260],
        [2, '深渡镇全民健身广场', 1, 55],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '场地设施', row: 3, column: null, code: 'MISSING_COLUMN' }],
  },
});

/** 人均体育场地面积 is a ratio the platform computes; the catalog does not take it as a metric. */
const unknownMetric = xlsxEntry({
  name: 'an indicators sheet reporting 人均体育场地面积, a metric the catalog does not have',
  modelledOn: '牟定县 体育事业发展情况统计 (人均体育场地面积2.67平方米 among the figures)',
  fileName: '牟定县2023年体育事业统计.xlsx',
  sheets: [
    smallLedger(
      '体育事业统计',
      '牟定县2023年体育事业发展情况统计',
      '牟定县体育局',
      ['指标名称', '数值', '单位'],
      [
        ['社会体育指导员', 560, '人'],
        ['人均体育场地面积', 2.67, '平方米'],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '体育事业统计', row: 5, column: 'A', code: 'UNKNOWN_METRIC' }],
  },
});

const otherDistrictsRow = xlsxEntry({
  name: "a 河东区 ledger with a row of 和平区's, outside the bureau's region",
  modelledOn: 'seed ledger hedong-2022 with a row pasted from a neighbouring district',
  fileName: '河东区2024年场地设施台账.xlsx',
  sheets: [
    smallLedger(
      '场地设施',
      '河东区2024年场地设施台账',
      '天津市河东区体育局',
      ['序号', '所属地区', '项目名称', '设施类型', '投资额（万元）'],
      [
        [1, '河东区', '大王庄街道健身园', '健身园', 30],
        [2, '和平区', '劝业场街道健身园', '健身园', 28],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '场地设施', row: 5, column: 'B', code: 'REGION_OUTSIDE_SCOPE' }],
  },
});

const medalTotalWrong = xlsxEntry({
  name: 'a medal table whose 奖牌总数 is not 金 + 银 + 铜',
  modelledOn: '晋中市运动会 奖牌榜 with a total typed by hand',
  fileName: '晋中市第五届运动会奖牌榜.xlsx',
  sheets: [
    smallLedger(
      '奖牌榜',
      '晋中市第五届运动会奖牌榜',
      '晋中市体育局',
      ['代表团', '赛事名称', '金牌', '银牌', '铜牌', '奖牌总数'],
      [
        ['介休市代表团', '晋中市第五届运动会', 70, 66, 71, 207],
        ['祁县代表团', '晋中市第五届运动会', 35, 30, 41, 100],
      ],
    ),
  ],
  upload: { year: 2018 },
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '奖牌榜', row: 5, column: 'F', code: 'MEDAL_TOTAL_MISMATCH' }],
  },
});

/** A visible sheet of numbers that is no ledger: refused rather than silently dropped. */
const unrecognisedSheet = xlsxEntry({
  name: 'a workbook with a visible 人员名单 sheet of numbers that is no ledger kind',
  modelledOn: "a bureau's workbook that also carries the 社会体育指导员 roster (姓名、年龄、等级)",
  fileName: '平遥县2023年赛事活动台账.xlsx',
  sheets: [
    smallLedger(
      '赛事活动',
      '平遥县2023年赛事活动台账',
      '平遥县体育局',
      ['活动名称', '举办时间', '参与人数'],
      [['平遥古城国际马拉松', '2023年10月15日', 20000]],
    ),
    {
      name: '人员名单',
      rows: [
        ['姓名', '年龄', '等级', '证书编号'],
        ['王某', 46, 2, 'SX2021-0031'],
        ['李某', 39, 3, 'SX2022-0107'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '人员名单', row: null, column: null, code: 'UNRECOGNISED_SHEET' }],
  },
});

/** 河东区 is both 120102 (天津) and 371312 (临沂): nothing in the workbook says which. */
const ambiguousRegion = xlsxEntry({
  name: 'a ledger that names 河东区 with no 填报单位 or upload region to say which 河东区',
  modelledOn: 'an events list without preamble, its 地区 column naming 河东区 only',
  fileName: 'events-2023.xlsx',
  sheets: [
    {
      name: '赛事活动',
      rows: [
        ['活动名称', '地区', '举办时间', '参与人数'],
        ['沂河健身跑', '河东区', '2023年4月', 800],
      ],
    },
  ],
  upload: { year: 2023 },
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '赛事活动', row: 2, column: 'B', code: 'REGION_AMBIGUOUS' }],
  },
});

/** Names filled in, values not yet ('—', 暂无): rows read, nothing to store. */
const noFigures = xlsxEntry({
  name: 'an indicators sheet whose metrics are listed but every value is — or 暂无',
  modelledOn: 'a 主要指标 template returned before the year-end figures were in',
  fileName: '祁县2024年主要指标.xlsx',
  sheets: [
    smallLedger(
      '主要指标',
      '祁县2024年体育工作主要指标',
      '祁县体育局',
      ['指标名称', '单位', '数值'],
      [
        ['社会体育指导员', '人', '—'],
        ['经常参加体育锻炼人数比例', '%', '暂无'],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '主要指标', row: 3, column: null, code: 'SHEET_WITHOUT_FACTS' }],
  },
});

export const structureRefusalEntries: CorpusEntry[] = [
  missingType,
  unknownMetric,
  otherDistrictsRow,
  medalTotalWrong,
  unrecognisedSheet,
  ambiguousRegion,
  noFigures,
];
