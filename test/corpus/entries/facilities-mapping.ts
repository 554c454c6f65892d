import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import type { Cell } from '../build/grid';

const dali = factsOf('资金情况', '532901', 2023);

/** decisions §1 (d): a 其中 column is a part of 投资, never the investment itself. */
const fundingBreakdown = xlsxEntry({
  name: 'a facilities ledger whose 其中：中央资金 / 省级补助 / 地方配套 columns break 总投资 down',
  modelledOn: '体育场地设施建设项目资金情况表 (资金来源构成), as 大理市 reports it',
  fileName: '大理市2023年体育设施项目资金情况表.xlsx',
  sheets: [
    {
      name: '资金情况',
      rows: [
        ['大理市2023年体育设施建设项目资金情况表'],
        ['填报单位：大理市体育局', null, null, null, null, '年度：2023'],
        [],
        [
          '序号',
          '项目名称',
          '设施类型',
          '总投资（万元）',
          '其中：中央资金（万元）',
          '其中：省级补助（万元）',
          '其中：地方配套（万元）',
          '资金来源',
        ],
        [1, '大理市全民健身中心', '全民健身中心', 3000, 1500, 800, 700, '中央预算内投资、省级补助'],
        [2, '洱海生态廊道健身步道', '健身步道', 1280, 0, 500, 780, '省级补助、地方配套'],
        [3, '下关体育场维修', '体育场', 210, null, null, 210, '地方配套'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        dali.facility(5, {
          name: '大理市全民健身中心',
          type: 'FITNESS_CENTER',
          investmentYuan: wan(3000),
          fundingSource: '中央预算内投资、省级补助',
        }),
        dali.facility(6, {
          name: '洱海生态廊道健身步道',
          type: 'FITNESS_TRAIL',
          investmentYuan: wan(1280),
          fundingSource: '省级补助、地方配套',
        }),
        dali.facility(7, {
          name: '下关体育场维修',
          type: 'STADIUM',
          investmentYuan: wan(210),
          fundingSource: '地方配套',
        }),
      ],
    },
  },
});

// 批复概算 (the approved budget estimate) is the project's investment, but no measure word or
// unit says so: only the clerk can map it. The mapping is remembered for 宜兴市 only.
const APPROVED_BUDGET = '批复概算';

function budgetLedger(bureau: string, year: number, rows: Cell[][]) {
  return [
    {
      name: '建设项目',
      rows: [
        [`${bureau.replace(/体育局$/, '')}${year}年体育建设项目台账`],
        [`填报单位：${bureau}`, null, null, `年度：${year}`],
        ['序号', '项目名称', '设施类型', APPROVED_BUDGET, '建设地点'],
        ...rows,
      ],
    },
  ];
}

const yixing2022 = factsOf('建设项目', '320282', 2022);

const mappedOnce = xlsxEntry({
  name: 'a ledger with a 批复概算 column the importer cannot place, mapped by the clerk with columnMap',
  modelledOn: "宜兴市's 体育建设项目台账, whose budget column is headed by the approval's wording",
  fileName: '宜兴市2022年体育建设项目台账.xlsx',
  sheets: budgetLedger('宜兴市体育局', 2022, [
    [1, '宜兴市体育中心体育馆', '体育馆', 18600, '宜城街道'],
    [2, '丁蜀镇全民健身广场', '健身广场', 420, '丁蜀镇'],
  ]),
  upload: { columnMap: [{ header: APPROVED_BUDGET, field: 'investment' }] },
  expect: {
    status: 'COMMITTED',
    mappings: [{ header: APPROVED_BUDGET, field: 'investment', source: 'REQUEST' }],
    facts: {
      facilities: [
        yixing2022.facility(4, {
          name: '宜兴市体育中心体育馆',
          type: 'GYMNASIUM',
          investmentYuan: wan(18600),
          address: '宜城街道',
        }),
        yixing2022.facility(5, {
          name: '丁蜀镇全民健身广场',
          type: 'FITNESS_GARDEN',
          investmentYuan: wan(420),
          address: '丁蜀镇',
        }),
      ],
    },
  },
});

const yixing2023 = factsOf('建设项目', '320282', 2023);

const rememberedMapping = xlsxEntry({
  name: "next year's ledger of the same layout, imported without a map because the mapping was remembered",
  modelledOn: "宜兴市's 体育建设项目台账 of the following year (same columns)",
  fileName: '宜兴市2023年体育建设项目台账.xlsx',
  dependsOn: mappedOnce.name,
  sheets: budgetLedger('宜兴市体育局', 2023, [
    [1, '宜兴市游泳馆', '游泳馆', 9800, '宜城街道'],
    [2, '张渚镇笼式足球场', '笼式足球场', 75, '张渚镇'],
  ]),
  upload: {},
  expect: {
    status: 'COMMITTED',
    mappings: [{ header: APPROVED_BUDGET, field: 'investment', source: 'REMEMBERED' }],
    facts: {
      facilities: [
        yixing2023.facility(4, {
          name: '宜兴市游泳馆',
          type: 'SWIMMING',
          investmentYuan: wan(9800),
          address: '宜城街道',
        }),
        yixing2023.facility(5, {
          name: '张渚镇笼式足球场',
          type: 'CAGE_FOOTBALL',
          investmentYuan: wan(75),
          address: '张渚镇',
        }),
      ],
    },
  },
});

const neverMapped = xlsxEntry({
  name: 'the same layout from a county that never mapped 批复概算, refused at that header cell',
  modelledOn: "江阴市's 体育建设项目台账 in 宜兴市's layout (no remembered mapping for 江阴市)",
  fileName: '江阴市2023年体育建设项目台账.xlsx',
  dependsOn: mappedOnce.name,
  sheets: budgetLedger('江阴市体育局', 2023, [[1, '江阴市体育公园', '体育公园', 5200, '澄江街道']]),
  upload: {},
  expect: {
    status: 'FAILED',
    errors: [{ sheet: '建设项目', row: 3, column: 'D', code: 'UNMAPPED_COLUMN' }],
  },
});

export const mappingEntries: CorpusEntry[] = [
  fundingBreakdown,
  mappedOnce,
  rememberedMapping,
  neverMapped,
];
