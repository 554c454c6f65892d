import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import type { GridSheet } from '../build/grid';

const luozhuang = factsOf('场地设施', '371311', 2023);

/** Protected against edits (not encrypted): it opens without a password and reads as usual. */
const protectedSheet = xlsxEntry({
  name: 'a facilities sheet protected with an edit password, frozen at its header',
  modelledOn:
    "a city bureau's issued template, protected so clerks fill only the data cells (罗庄区)",
  fileName: '罗庄区2023年场地设施台账.xlsx',
  sheets: [
    {
      name: '场地设施',
      rows: [
        ['罗庄区2023年场地设施台账'],
        ['填报单位：临沂市罗庄区体育局', null, null, '年度：2023'],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '面积（平方米）'],
        [1, '罗庄区全民健身中心', '全民健身中心', 1, 6800, 15600],
        [2, '沂河健身步道', '健身步道', 1, 450, 21000],
      ],
      password: 'tyj2023',
      frozen: { rows: 3 },
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        luozhuang.facility(4, {
          name: '罗庄区全民健身中心',
          type: 'FITNESS_CENTER',
          quantity: 1,
          investmentYuan: wan(6800),
          areaM2: 15600,
        }),
        luozhuang.facility(5, {
          name: '沂河健身步道',
          type: 'FITNESS_TRAIL',
          quantity: 1,
          investmentYuan: wan(450),
          areaM2: 21000,
        }),
      ],
    },
  },
});

const haidian = factsOf('建设情况', '110108', 2023);

/** 建设内容 over 规模 over 面积/长度; 投资（万元） over 总额 and 其中财政 (a part, not the whole). */
const threeRowHeader = xlsxEntry({
  name: 'a three-row header: 建设内容 over 规模 over 面积（㎡）/ 长度（km）, and 投资（万元）over 总额 / 其中财政',
  modelledOn: '北京市海淀区 体育场地设施建设情况表 (grouped headers as in the 体育场地统计 综合表)',
  fileName: '海淀区2023年体育场地设施建设情况表.xlsx',
  sheets: [
    {
      name: '建设情况',
      rows: [
        ['海淀区2023年体育场地设施建设情况表'],
        ['填报单位：北京市海淀区体育局'],
        ['序号', '项目名称', '设施类型', '建设内容', null, '投资（万元）', null],
        [null, null, null, '规模', null, null, null],
        [null, null, null, '面积（㎡）', '长度（km）', '总额', '其中财政'],
        [1, '三山五园绿道健身步道', '健身步道', 18000, 12.5, 1500, 1500],
        [2, '海淀公园智慧体育公园', '体育公园', 42000, 2.2, 2600, 1800],
        [3, '西北旺镇冰球馆', '滑冰场', 3600, null, 4800, 1200],
      ],
      merges: ['A1:G1', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:E3', 'D4:E4', 'F3:G4'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        haidian.facility(6, {
          name: '三山五园绿道健身步道',
          type: 'FITNESS_TRAIL',
          areaM2: 18000,
          lengthKm: 12.5,
          investmentYuan: wan(1500),
        }),
        haidian.facility(7, {
          name: '海淀公园智慧体育公园',
          type: 'SPORTS_PARK',
          areaM2: 42000,
          lengthKm: 2.2,
          investmentYuan: wan(2600),
        }),
        haidian.facility(8, {
          name: '西北旺镇冰球馆',
          type: 'ICE_RINK',
          areaM2: 3600,
          investmentYuan: wan(4800),
        }),
      ],
    },
  },
});

const lanshan = (sheet: string) => factsOf(sheet, '371302', 2023);
const kinds: GridSheet[] = [
  {
    name: '赛事活动',
    rows: [
      ['临沂市兰山区2023年体育工作台账'],
      ['填报单位：临沂市兰山区体育局', null, '年度：2023'],
      ['活动名称', '举办时间', '参与人数'],
      ['兰山区全民健身运动会', '2023年5月', 4200],
    ],
  },
  {
    name: '场地设施',
    rows: [
      ['项目名称', '设施类型', '数量', '投资额（万元）'],
      ['兰山区体育公园', '体育公园', 1, 3200],
    ],
  },
  {
    name: '竞赛成绩',
    rows: [
      ['赛事名称', '金牌', '银牌', '铜牌'],
      ['临沂市第五届运动会', 28, 25, 30],
    ],
  },
  {
    name: '工作指标',
    rows: [
      ['指标名称', '数值', '单位'],
      ['社会体育指导员', 2100, '人'],
    ],
  },
];

/** One preamble, on the first sheet, holds for the three that say nothing. */
const wholeYearWorkbook = xlsxEntry({
  name: "a bureau's whole-year workbook of four kinds, whose only preamble is on the first sheet",
  modelledOn: 'seed ledger hedong-2022 (one workbook, four sheets), as 临沂市兰山区 keeps it',
  fileName: '兰山区2023年体育工作台账.xlsx',
  sheets: kinds,
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        lanshan('赛事活动').event(4, {
          name: '兰山区全民健身运动会',
          startDate: '2023-05-01',
          datePrecision: 'MONTH',
          participants: 4200,
        }),
      ],
      facilities: [
        lanshan('场地设施').facility(2, {
          name: '兰山区体育公园',
          type: 'SPORTS_PARK',
          quantity: 1,
          investmentYuan: wan(3200),
        }),
      ],
      results: [
        lanshan('竞赛成绩').result(2, {
          competition: '临沂市第五届运动会',
          gold: 28,
          silver: 25,
          bronze: 30,
        }),
      ],
      indicators: [
        lanshan('工作指标').indicator(2, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 2100 }),
      ],
    },
  },
});

export const workbookLayoutEntries: CorpusEntry[] = [
  protectedSheet,
  threeRowHeader,
  wholeYearWorkbook,
];
