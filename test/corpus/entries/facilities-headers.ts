import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import { starred } from '../build/grid';

const hedong = factsOf('设施建设', '120102', 2023);

const wrappedHeaders = xlsxEntry({
  name: 'a 体育设施建设项目台账 whose headers hold line breaks, full-width spaces and red * marks',
  modelledOn: '天津市河东区 体育设施建设项目台账 as a WPS template with wrapped, starred headers',
  fileName: '河东区2023年体育设施建设项目台账.xlsx',
  application: 'WPS Office',
  sheets: [
    {
      name: '设施建设',
      rows: [
        ['天津市河东区2023年体育设施建设项目台账'],
        ['填报单位：天津市河东区体育局'],
        ['年度：2023'],
        [
          '序\n号',
          starred('项目　名称'),
          starred('设施\n类型'),
          '建设\n性质',
          '数　量',
          '投资总额\n（万元）',
          '建设面积\n（㎡）',
          '完成\n时间',
          '资金\n来源',
          '建设\n地点',
        ],
        [
          1,
          '河东区全民健身中心提升改造',
          '全民健身中心',
          '提升改造',
          1,
          1200,
          8600,
          '2023年9月',
          '区财政',
          '万新街道',
        ],
        [
          2,
          '社区多功能运动场',
          '多功能球场',
          '新建',
          6,
          180,
          '4200',
          '2023.11.20',
          '体彩公益金',
          '各街道',
        ],
        [
          3,
          '口袋体育公园',
          '口袋体育公园',
          '新建',
          2,
          260.8,
          5100,
          '2023年12月',
          '中央预算内投资',
          null,
        ],
      ],
      merges: ['A1:J1'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        hedong.facility(5, {
          name: '河东区全民健身中心提升改造',
          type: 'FITNESS_CENTER',
          projectType: 'RENOVATION',
          quantity: 1,
          investmentYuan: wan(1200),
          areaM2: 8600,
          completedOn: '2023-09-01',
          completedOnPrecision: 'MONTH',
          fundingSource: '区财政',
          address: '万新街道',
        }),
        hedong.facility(6, {
          name: '社区多功能运动场',
          type: 'MULTI_COURT',
          projectType: 'NEW',
          quantity: 6,
          investmentYuan: wan(180),
          areaM2: 4200,
          completedOn: '2023-11-20',
          fundingSource: '体彩公益金',
          address: '各街道',
        }),
        hedong.facility(7, {
          name: '口袋体育公园',
          type: 'POCKET_PARK',
          projectType: 'NEW',
          quantity: 2,
          investmentYuan: wan(260.8),
          areaM2: 5100,
          completedOn: '2023-12-01',
          completedOnPrecision: 'MONTH',
          fundingSource: '中央预算内投资',
        }),
      ],
    },
  },
});

const gusu = factsOf('Facilities 设施', '320508', 2022);

const bilingualHeaders = xlsxEntry({
  name: 'a bilingual facilities sheet whose headers carry English glosses and no preamble',
  modelledOn:
    "a city bureau's bilingual annual facility report template (中文 header + English gloss)",
  fileName: 'gusu-facilities-2022.xlsx',
  sheets: [
    {
      name: 'Facilities 设施',
      rows: [
        [
          '项目名称 Project name',
          '设施类型 Facility type',
          '数量 Quantity',
          '投资额（万元）Investment (10k yuan)',
          '面积（㎡）Area (m²)',
          '长度（km）Length',
          '备注 Remarks',
        ],
        ['平江河滨健身步道', '健身步道', 1, 420, null, '6.5', null],
        ['苏州市姑苏区游泳馆', '游泳馆', 1, '3,600', 5200, null, '改造后开放'],
        ['社区健身园', '健身园', 12, 96, '2400', null, null],
      ],
    },
  ],
  upload: { region: '320508', year: 2022 },
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        gusu.facility(2, {
          name: '平江河滨健身步道',
          type: 'FITNESS_TRAIL',
          quantity: 1,
          investmentYuan: wan(420),
          lengthKm: 6.5,
        }),
        gusu.facility(3, {
          name: '苏州市姑苏区游泳馆',
          type: 'SWIMMING',
          quantity: 1,
          investmentYuan: wan(3600),
          areaM2: 5200,
          notes: '改造后开放',
        }),
        gusu.facility(4, {
          name: '社区健身园',
          type: 'FITNESS_GARDEN',
          quantity: 12,
          investmentYuan: wan(96),
          areaM2: 2400,
        }),
      ],
    },
  },
});

export const headerEntries: CorpusEntry[] = [wrappedHeaders, bilingualHeaders];
