import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';

const jinzhong = (region: string) => factsOf('场地设施统计', region, 2021);

/** A county's rows under its name merged down, 小计 per county, 合计, then the signature lines. */
const cityByCounty = xlsxEntry({
  name: "a city's facilities summary with each county merged down its rows, 小计 and 合计 rows and a signed footer",
  modelledOn:
    '晋中市体育局 2021年工作总结 facility figures laid out by county (seed ledger jinzhong-2021 restyled)',
  fileName: '晋中市2021年全民健身场地设施建设统计表.xlsx',
  sheets: [
    {
      name: '场地设施统计',
      rows: [
        ['晋中市2021年全民健身场地设施建设统计表'],
        ['填报单位：晋中市体育局'],
        ['年度：2021'],
        ['区县', '项目名称', '设施类型', '数量', '投资额（万元）', '建设状态'],
        ['祁县', '祁县全民健身中心', '全民健身中心', 1, 2800, '在建'],
        [null, '祁县农民体育健身工程', '健身园', 30, 90, '已完成'],
        ['小计', null, null, 31, 2890, null],
        ['介休市', '介休市体育公园', '体育公园', 1, 4500, '已验收'],
        [null, '介休市社区多功能运动场', '多功能球场', 8, 320, '已开放'],
        ['小计', null, null, 9, 4820, null],
        ['太谷区', '太谷区游泳馆', '游泳馆', 1, 1500, '规划'],
        ['合计', null, null, 41, 9210, null],
        [],
        ['填表人：王某某', null, '审核人：李某', null, '联系电话：0354-3033125'],
      ],
      merges: ['A1:F1', 'A5:A6', 'A8:A9'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        jinzhong('140727').facility(5, {
          name: '祁县全民健身中心',
          type: 'FITNESS_CENTER',
          quantity: 1,
          investmentYuan: wan(2800),
          status: 'UNDER_CONSTRUCTION',
        }),
        jinzhong('140727').facility(6, {
          name: '祁县农民体育健身工程',
          type: 'FITNESS_GARDEN',
          quantity: 30,
          investmentYuan: wan(90),
          status: 'COMPLETED',
        }),
        jinzhong('140781').facility(8, {
          name: '介休市体育公园',
          type: 'SPORTS_PARK',
          quantity: 1,
          investmentYuan: wan(4500),
          status: 'ACCEPTED',
        }),
        jinzhong('140781').facility(9, {
          name: '介休市社区多功能运动场',
          type: 'MULTI_COURT',
          quantity: 8,
          investmentYuan: wan(320),
          status: 'OPEN',
        }),
        jinzhong('140703').facility(11, {
          name: '太谷区游泳馆',
          type: 'SWIMMING',
          quantity: 1,
          investmentYuan: wan(1500),
          status: 'PLANNED',
        }),
      ],
    },
  },
});

const huangshan = (region: string) => factsOf('步道建设', region, 2023);

/** 黄山市's 2023 report: 新建全民健身步道65.2公里; lengths as clerks write them. */
const approximateTrails = xlsxEntry({
  name: 'a 健身步道 ledger whose lengths and areas read 12余公里, 约3.5公里, 800米, 约1.2万平方米 and 1500㎡',
  modelledOn:
    '黄山市体育局 2023年市政府重点工作完成情况 (新建全民健身步道65.2公里) as a 步道建设台账',
  fileName: '黄山市2023年健身步道建设台账.xlsx',
  sheets: [
    {
      name: '步道建设',
      rows: [
        ['黄山市2023年全民健身步道建设台账'],
        ['填报单位：黄山市体育局', null, null, null, '年度：2023'],
        ['序号', '所在区县', '步道名称', '类型', '长度', '面积', '投资（万元）', '完工时间'],
        [
          1,
          '歙县',
          '新安江山水画廊健身步道',
          '健身步道',
          '12余公里',
          '约1.2万平方米',
          600,
          '2023年6月',
        ],
        [2, '休宁县', '齐云山登山步道', '步道', '约3.5公里', null, 180, '2023年9月'],
        [3, '徽州区', '丰乐河滨河步道', '步道', '800米', '2400平方米', 96.5, '2023.10.15'],
        [4, '屯溪区', '黎阳老街口袋公园', '口袋体育公园', null, '1500㎡', 120, '2023-12-20'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        huangshan('341021').facility(4, {
          name: '新安江山水画廊健身步道',
          type: 'FITNESS_TRAIL',
          lengthKm: 12,
          areaM2: 12000,
          investmentYuan: wan(600),
          completedOn: '2023-06-01',
          completedOnPrecision: 'MONTH',
          approximateFields: ['areaM2', 'lengthKm'],
        }),
        huangshan('341022').facility(5, {
          name: '齐云山登山步道',
          type: 'FITNESS_TRAIL',
          lengthKm: 3.5,
          investmentYuan: wan(180),
          completedOn: '2023-09-01',
          completedOnPrecision: 'MONTH',
          approximateFields: ['lengthKm'],
        }),
        huangshan('341004').facility(6, {
          name: '丰乐河滨河步道',
          type: 'FITNESS_TRAIL',
          lengthKm: 0.8,
          areaM2: 2400,
          investmentYuan: wan(96.5),
          completedOn: '2023-10-15',
        }),
        huangshan('341002').facility(7, {
          name: '黎阳老街口袋公园',
          type: 'POCKET_PARK',
          areaM2: 1500,
          investmentYuan: wan(120),
          completedOn: '2023-12-20',
        }),
      ],
    },
  },
});

export const notationEntries: CorpusEntry[] = [cityByCounty, approximateTrails];
