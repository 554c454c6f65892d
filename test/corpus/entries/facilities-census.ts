import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';

// The national sports-venue survey (全国体育场地统计调查制度, 国家体育总局 2018): its 基层表
// 健身场地调查表 and 综合表 新增体育场地表, as county bureaus fill them in WPS and Excel.

const mouding = factsOf('健身场地', '532323', 2023);

/** Figures in the style of 牟定县's published 体育事业发展情况统计 (2024 Q1). */
const fitnessVenueSurvey = xlsxEntry({
  name: 'a 健身场地调查表 saved by WPS, with a hidden 下拉选项 sheet and the survey footer',
  modelledOn:
    '全国体育场地统计调查制度 基层表 4 健身场地调查表 (场地名称, 场地类型, 建成年份, 场地面积, 投资总额（万元）, 其中财政投资); 牟定县 2024 统计',
  fileName: '牟定县2023年健身场地调查表.xlsx',
  application: 'WPS Office',
  sheets: [
    {
      name: '健身场地',
      rows: [
        ['2023年度全国体育场地统计调查 健身场地调查表'],
        ['填报单位：牟定县体育局', null, null, null, null, null, '统计年度：2023年'],
        [
          '序号',
          '场地名称',
          '场地类型',
          '建成年份',
          '场地面积（平方米）',
          '投资总额（万元）',
          '其中财政投资（万元）',
          '详细地址',
          '备注',
        ],
        [1, '牟定县体育中心全民健身广场', '健身广场', 2019, 12500, 860, 600, '共和镇化佛路', null],
        [2, '龙川江健身步道', '健身步道', 2021, 9600, 320.5, 320.5, '共和镇龙川江畔', '长4.8公里'],
        [3, '新桥镇文体活动中心篮球场', '篮球场', 2022, 608, 45, 30, '新桥镇', null],
        [4, '江坡镇笼式足球场', '笼式足球场', 2023, 900, 68, 68, '江坡镇', null],
        [5, '凤屯镇社区健身路径', '健身路径', 2020, 300, 12, 12, '凤屯镇', null],
        [],
        ['单位负责人：', null, '统计负责人：', null, '填表人：', null, '报出日期：2024年1月15日'],
      ],
      merges: ['A1:I1'],
      frozen: { rows: 3 },
    },
    {
      name: '下拉选项',
      state: 'hidden',
      rows: [
        ['场地类型', '建成年份'],
        ['健身广场', 2019],
        ['健身步道', 2020],
        ['篮球场', 2021],
        ['笼式足球场', 2022],
        ['健身路径', 2023],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['下拉选项'],
    facts: {
      facilities: [
        mouding.facility(4, {
          name: '牟定县体育中心全民健身广场',
          type: 'FITNESS_GARDEN',
          completedOn: '2019-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 12500,
          investmentYuan: wan(860),
          address: '共和镇化佛路',
        }),
        mouding.facility(5, {
          name: '龙川江健身步道',
          type: 'FITNESS_TRAIL',
          completedOn: '2021-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 9600,
          investmentYuan: wan(320.5),
          address: '共和镇龙川江畔',
          notes: '长4.8公里',
        }),
        mouding.facility(6, {
          name: '新桥镇文体活动中心篮球场',
          type: 'BASKETBALL_COURT',
          completedOn: '2022-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 608,
          investmentYuan: wan(45),
          address: '新桥镇',
        }),
        mouding.facility(7, {
          name: '江坡镇笼式足球场',
          type: 'CAGE_FOOTBALL',
          completedOn: '2023-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 900,
          investmentYuan: wan(68),
          address: '江坡镇',
        }),
        mouding.facility(8, {
          name: '凤屯镇社区健身路径',
          type: 'FITNESS_GARDEN',
          completedOn: '2020-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 300,
          investmentYuan: wan(12),
          address: '凤屯镇',
        }),
      ],
    },
  },
});

const qixian = factsOf('新增体育场地', '140727', 2022);

const newVenuesTwoRowHeader = xlsxEntry({
  name: 'a 新增体育场地表 with 投资情况 merged over 投资总额 and 其中财政投资, frozen panes and a 合计 row',
  modelledOn: '全国体育场地统计调查制度 综合表 2 新增体育场地表, kept by 祁县 in Excel',
  fileName: '祁县2022年新增体育场地情况表.xlsx',
  sheets: [
    {
      name: '新增体育场地',
      rows: [
        ['祁县2022年新增体育场地情况表'],
        ['填报单位：祁县体育局', null, null, null, null, '填报日期：2023年1月10日'],
        [
          '序号',
          '场地名称',
          '场地类型',
          '建成年份',
          '场地面积\n（平方米）',
          '投资情况',
          null,
          '备注',
        ],
        [null, null, null, null, null, '投资总额（万元）', '其中财政投资（万元）', null],
        [1, '祁县昭馀体育公园', '体育公园', 2022, 35000, 1850, 1200, '一期'],
        [2, '东观镇农民健身广场', '健身广场', 2022, 2600, 48, 48, null],
        [3, '祁县第二中学体育场', '体育场', 2022, 14000, 560, 560, '学校场地'],
        [4, '古县镇冰雪运动场', '滑冰场', 2022, 1800, 95.5, 0, null],
        ['合计', null, null, null, 53400, 2553.5, 1808, null],
      ],
      merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:G3', 'H3:H4'],
      frozen: { rows: 4, columns: 2 },
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        qixian.facility(5, {
          name: '祁县昭馀体育公园',
          type: 'SPORTS_PARK',
          completedOn: '2022-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 35000,
          investmentYuan: wan(1850),
          notes: '一期',
        }),
        qixian.facility(6, {
          name: '东观镇农民健身广场',
          type: 'FITNESS_GARDEN',
          completedOn: '2022-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 2600,
          investmentYuan: wan(48),
        }),
        qixian.facility(7, {
          name: '祁县第二中学体育场',
          type: 'STADIUM',
          completedOn: '2022-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 14000,
          investmentYuan: wan(560),
          notes: '学校场地',
        }),
        qixian.facility(8, {
          name: '古县镇冰雪运动场',
          type: 'ICE_RINK',
          completedOn: '2022-01-01',
          completedOnPrecision: 'YEAR',
          areaM2: 1800,
          investmentYuan: wan(95.5),
        }),
      ],
    },
  },
});

export const censusEntries: CorpusEntry[] = [fitnessVenueSurvey, newVenuesTwoRowHeader];
