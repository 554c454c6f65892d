import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import { day, fx } from '../build/grid';

const shexian = factsOf('项目进度', '341021', 2023);

const progressLedger = xlsxEntry({
  name: 'a 项目建设进度台账 with 建设性质, 进展情况 and 完成时间 at day, month and year precision',
  modelledOn:
    '黄山市体育局 2023年重点工作完成情况 (进展情况 / 完成状态) as a county project-progress ledger',
  fileName: '歙县2023年体育项目建设进度台账.xlsx',
  sheets: [
    {
      name: '项目进度',
      rows: [
        ['歙县2023年体育项目建设进度台账'],
        ['填报单位：歙县文化旅游体育局'],
        [
          '序号',
          '项目名称',
          '设施类型',
          '建设性质',
          '进展情况',
          '投资（万元）',
          '完成时间',
          '备注',
        ],
        [1, '歙县全民健身中心', '全民健身中心', '新建', '在建', 5600, null, '预计2024年底完工'],
        [2, '徽州古城定向运动公园', '体育公园', '提档升级', '已完成', 320, '2023年5月', null],
        [3, '歙县体育场', '体育场', '维修', '已验收', 85, '2023.8.18', null],
        [4, '新安江龙舟训练基地', '训练基地', '扩建', '招投标', 1200, '2024年', '计划'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        shexian.facility(4, {
          name: '歙县全民健身中心',
          type: 'FITNESS_CENTER',
          projectType: 'NEW',
          status: 'UNDER_CONSTRUCTION',
          investmentYuan: wan(5600),
          notes: '预计2024年底完工',
        }),
        shexian.facility(5, {
          name: '徽州古城定向运动公园',
          type: 'SPORTS_PARK',
          projectType: 'RENOVATION',
          status: 'COMPLETED',
          investmentYuan: wan(320),
          completedOn: '2023-05-01',
          completedOnPrecision: 'MONTH',
        }),
        shexian.facility(6, {
          name: '歙县体育场',
          type: 'STADIUM',
          projectType: 'REPAIR',
          status: 'ACCEPTED',
          investmentYuan: wan(85),
          completedOn: '2023-08-18',
        }),
        shexian.facility(7, {
          name: '新安江龙舟训练基地',
          type: 'TRAINING_BASE',
          projectType: 'EXPANSION',
          status: 'UNDER_CONSTRUCTION',
          investmentYuan: wan(1200),
          completedOn: '2024-01-01',
          completedOnPrecision: 'YEAR',
          notes: '计划',
        }),
      ],
    },
  },
});

const pingyao = factsOf('场地设施', '140728', 2023);

/** Clerks type =120*3 into a cell; Excel saves the formula with its result. */
const formulas = xlsxEntry({
  name: 'an Excel ledger whose 投资额 cells are formulas with cached results, a SUM 合计 row and Excel dates',
  modelledOn: "平遥县's facility ledger computed in Excel (=120*3, =SUM(E5:E7))",
  fileName: '平遥县2023年体育设施建设台账.xlsx',
  sheets: [
    {
      name: '场地设施',
      rows: [
        ['平遥县2023年体育设施建设台账'],
        ['填报单位：平遥县体育局'],
        [],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '竣工日期'],
        [1, '平遥古城健身步道', '健身步道', 1, fx('120*3', 360), day('2023-06-30')],
        [2, '社区健身园', '健身园', 15, fx('15*4.2', 63), day('2023-09-15')],
        [3, '平遥县游泳馆', '游泳馆', 1, 1580, day('2023-12-26')],
        ['合计', null, null, fx('SUM(D5:D7)', 17), fx('SUM(E5:E7)', 2003), null],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        pingyao.facility(5, {
          name: '平遥古城健身步道',
          type: 'FITNESS_TRAIL',
          quantity: 1,
          investmentYuan: wan(360),
          completedOn: '2023-06-30',
        }),
        pingyao.facility(6, {
          name: '社区健身园',
          type: 'FITNESS_GARDEN',
          quantity: 15,
          investmentYuan: wan(63),
          completedOn: '2023-09-15',
        }),
        pingyao.facility(7, {
          name: '平遥县游泳馆',
          type: 'SWIMMING',
          quantity: 1,
          investmentYuan: wan(1580),
          completedOn: '2023-12-26',
        }),
      ],
    },
  },
});

const xishan = factsOf('设施台账', '320205', 2022);

/** Rows hidden by a filter are still the ledger's rows; the hidden column is an identifier. */
const hiddenRowsAndColumns = xlsxEntry({
  name: 'a WPS ledger with a hidden 内部编号 column and rows hidden by a filter',
  modelledOn:
    'a district facility ledger after the clerk filtered it and hid the internal-number column',
  fileName: '锡山区2022年体育设施台账.xlsx',
  application: 'WPS Office',
  sheets: [
    {
      name: '设施台账',
      rows: [
        ['锡山区2022年体育设施台账'],
        ['填报单位：无锡市锡山区体育局'],
        ['序号', '内部编号', '项目名称', '设施类型', '数量', '投资额（万元）', '面积（㎡）'],
        [1, 'XS-2022-001', '锡山区体育中心网球场', '网球场', 4, 260, 2700],
        [2, 'XS-2022-002', '东港镇健身步道', '健身步道', 1, 150, 6000],
        [3, 'XS-2022-003', '安镇街道社区健身园', '健身园', 10, 50, 1500],
        [4, 'XS-2022-004', '锡北镇气膜馆', '气膜馆', 1, 900, 3200],
      ],
      hiddenRows: [5, 6],
      hiddenColumns: ['B'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        xishan.facility(4, {
          name: '锡山区体育中心网球场',
          type: 'TENNIS_COURT',
          quantity: 4,
          investmentYuan: wan(260),
          areaM2: 2700,
        }),
        xishan.facility(5, {
          name: '东港镇健身步道',
          type: 'FITNESS_TRAIL',
          quantity: 1,
          investmentYuan: wan(150),
          areaM2: 6000,
        }),
        xishan.facility(6, {
          name: '安镇街道社区健身园',
          type: 'FITNESS_GARDEN',
          quantity: 10,
          investmentYuan: wan(50),
          areaM2: 1500,
        }),
        xishan.facility(7, {
          name: '锡北镇气膜馆',
          type: 'AIR_DOME',
          quantity: 1,
          investmentYuan: wan(900),
          areaM2: 3200,
        }),
      ],
    },
  },
});

export const projectEntries: CorpusEntry[] = [progressLedger, formulas, hiddenRowsAndColumns];
