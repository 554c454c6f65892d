import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';

const tunxi = factsOf('赛事活动', '341002', 2023);

/** The issue's crash: a hidden list sheet has no required column; it is not a ledger at all. */
const hiddenListSheets = xlsxEntry({
  name: 'an events ledger with a hidden 字典 sheet of drop-down lists and a very hidden helper sheet',
  modelledOn: 'a WPS template of 屯溪区 with data-validation lists kept on hidden sheets',
  fileName: '屯溪区2023年赛事活动台账.xlsx',
  application: 'WPS Office',
  sheets: [
    {
      name: '赛事活动',
      rows: [
        ['屯溪区2023年赛事活动台账'],
        ['填报单位：黄山市屯溪区文化旅游体育局'],
        ['序号', '活动名称', '举办时间', '级别', '类别', '参与人数'],
        [1, '屯溪老街全民健步走', '2023年3月12日', '区级', '全民健身', 1800],
        [2, '新安江畔皮划艇邀请赛', '2023年7月', '市级', '竞技体育', 260],
      ],
    },
    {
      name: '字典',
      state: 'hidden',
      rows: [
        ['级别', '类别', '序号'],
        ['国际', '群众体育', 1],
        ['全国', '竞技体育', 2],
        ['省级', '青少年', 3],
        ['市级', '电子竞技', 4],
        ['区级', '其他', 5],
      ],
    },
    { name: 'dv_helper', state: 'veryHidden', rows: [['list1'], [1], [2], [3]] },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['字典', 'dv_helper'],
    facts: {
      events: [
        tunxi.event(4, {
          name: '屯溪老街全民健步走',
          startDate: '2023-03-12',
          level: 'DISTRICT',
          category: 'MASS_FITNESS',
          participants: 1800,
        }),
        tunxi.event(5, {
          name: '新安江畔皮划艇邀请赛',
          startDate: '2023-07-01',
          datePrecision: 'MONTH',
          level: 'MUNICIPAL',
          category: 'COMPETITIVE',
          participants: 260,
        }),
      ],
    },
  },
});

const xiuning = factsOf('场地设施', '341022', 2023);

const instructionsSheet = xlsxEntry({
  name: 'a facilities ledger behind a visible 填表说明 sheet of numbered instructions',
  modelledOn: 'a county bureau template whose first sheet is 填表说明 (numbered rules, units)',
  fileName: '休宁县2023年场地设施台账.xlsx',
  sheets: [
    {
      name: '填表说明',
      rows: [
        ['填表说明'],
        [1, '投资额单位为万元，保留两位小数。'],
        [2, '设施类型从下拉列表中选择。'],
        [3, '数量填写阿拉伯数字，如 12。'],
      ],
    },
    {
      name: '场地设施',
      rows: [
        ['休宁县2023年场地设施台账'],
        ['填报单位：休宁县文化旅游体育局'],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
        [1, '齐云山镇全民健身广场', '健身广场', 1, 65.5],
        [2, '海阳镇社区健身路径', '健身路径', 8, 24],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['填表说明'],
    facts: {
      facilities: [
        xiuning.facility(4, {
          name: '齐云山镇全民健身广场',
          type: 'FITNESS_GARDEN',
          quantity: 1,
          investmentYuan: wan(65.5),
        }),
        xiuning.facility(5, {
          name: '海阳镇社区健身路径',
          type: 'FITNESS_GARDEN',
          quantity: 8,
          investmentYuan: wan(24),
        }),
      ],
    },
  },
});

const huizhou = factsOf('场地设施', '341004', 2023);

/** The clerk fixed the red cell and uploaded the report again without deleting its list. */
const issuesSheetLeftIn = xlsxEntry({
  name: 'a corrected report workbook uploaded again with its 导入问题 sheet left in',
  modelledOn:
    "the importer's own report workbook (导入问题 sheet) after the clerk fixed the marked cell",
  fileName: '徽州区2023年场地设施台账-导入问题.xlsx',
  sheets: [
    {
      name: '场地设施',
      rows: [
        ['徽州区2023年场地设施台账'],
        ['填报单位：黄山市徽州区文化旅游体育局'],
        [],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
        [1, '呈坎村农民健身广场', '健身广场', 1, 20],
        [2, '岩寺镇笼式足球场', '笼式足球场', 2, 130],
      ],
    },
    {
      name: '导入问题',
      rows: [
        ['类型', '工作表', '行', '列', '表头', '值', '代码', '说明'],
        [
          '错误',
          '场地设施',
          5,
          'E',
          '投资额（万元）',
          '-20',
          'NEGATIVE_NUMBER',
          '投资额不能为负数',
        ],
        ['警告', '场地设施', 4, 'E', '投资额（万元）', null, 'UNIT_ASSUMED', '投资额单位按万元计'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['导入问题'],
    facts: {
      facilities: [
        huizhou.facility(5, {
          name: '呈坎村农民健身广场',
          type: 'FITNESS_GARDEN',
          quantity: 1,
          investmentYuan: wan(20),
        }),
        huizhou.facility(6, {
          name: '岩寺镇笼式足球场',
          type: 'CAGE_FOOTBALL',
          quantity: 2,
          investmentYuan: wan(130),
        }),
      ],
    },
  },
});

export const workbookSheetEntries: CorpusEntry[] = [
  hiddenListSheets,
  instructionsSheet,
  issuesSheetLeftIn,
];
