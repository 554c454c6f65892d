import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import { CN_DATE, day, fmt } from '../build/grid';

// Numbers as the clerk saw them: units in number formats, Chinese numerals, measure words.

const jiexiu = factsOf('场地设施', '140781', 2023);
const numberFormats = xlsxEntry({
  name: 'a facilities sheet whose units live in number formats (0.00"万元", #,##0, yyyy年m月d日)',
  modelledOn:
    "介休市体育局's Excel facility ledger, units shown by cell formats instead of headers",
  fileName: '介休市2023年场地设施台账.xlsx',
  sheets: [
    {
      name: '场地设施',
      rows: [
        ['介休市2023年场地设施台账'],
        ['填报单位：介休市体育局', null, null, '年度：2023'],
        ['序号', '项目名称', '设施类型', '建设性质', '投资金额', '场地面积（平方米）', '竣工日期'],
        [
          1,
          '介休市体育馆维修改造',
          '体育馆',
          '维修改造',
          fmt(345, '0.00"万元"'),
          fmt(12500, '#,##0'),
          fmt(day('2023-05-08'), CN_DATE),
        ],
        [
          2,
          '绵山镇健身步道',
          '健身步道',
          '新建',
          fmt(88.5, '0.00"万元"'),
          fmt(7600, '#,##0'),
          fmt(day('2023-10-30'), CN_DATE),
        ],
        [
          3,
          '义安镇笼式足球场',
          '笼式足球场',
          '新建',
          fmt(56, '0.00"万元"'),
          fmt(1050, '#,##0'),
          day('2023-11-02'),
        ],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        jiexiu.facility(4, {
          name: '介休市体育馆维修改造',
          type: 'GYMNASIUM',
          projectType: 'REPAIR',
          investmentYuan: wan(345),
          areaM2: 12500,
          completedOn: '2023-05-08',
        }),
        jiexiu.facility(5, {
          name: '绵山镇健身步道',
          type: 'FITNESS_TRAIL',
          projectType: 'NEW',
          investmentYuan: wan(88.5),
          areaM2: 7600,
          completedOn: '2023-10-30',
        }),
        jiexiu.facility(6, {
          name: '义安镇笼式足球场',
          type: 'CAGE_FOOTBALL',
          projectType: 'NEW',
          investmentYuan: wan(56),
          areaM2: 1050,
          completedOn: '2023-11-02',
        }),
      ],
    },
  },
});

const lingshi = factsOf('农民体育健身工程', '140729', 2022);

const chineseNumerals = xlsxEntry({
  name: 'a 农民体育健身工程 ledger counting in Chinese numerals and measure words (十二处, 两个, 3套, 全角１２０)',
  modelledOn:
    '山西省农民体育健身工程 returns as 灵石县 keeps them (numbers as spoken, with measure words)',
  fileName: '灵石县2022年农民体育健身工程台账.xlsx',
  sheets: [
    {
      name: '农民体育健身工程',
      rows: [
        ['灵石县2022年农民体育健身工程实施情况'],
        ['填报单位：灵石县体育局', null, null, null, '年度：2022'],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '资金来源', '备注'],
        [1, '农民体育健身工程（行政村）', '健身路径', '十二处', '36', '省级体彩公益金', null],
        [2, '乡镇全民健身广场', '健身广场', '两个', '１２０', '县财政', null],
        [3, '灯光篮球场', '篮球场', '3套', 45, '县财政', '含照明'],
        [4, '室外乒乓球台', '其他', '二十', '8', null, '每村两张'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        lingshi.facility(4, {
          name: '农民体育健身工程(行政村)',
          type: 'FITNESS_GARDEN',
          quantity: 12,
          investmentYuan: wan(36),
          fundingSource: '省级体彩公益金',
        }),
        lingshi.facility(5, {
          name: '乡镇全民健身广场',
          type: 'FITNESS_GARDEN',
          quantity: 2,
          investmentYuan: wan(120),
          fundingSource: '县财政',
        }),
        lingshi.facility(6, {
          name: '灯光篮球场',
          type: 'BASKETBALL_COURT',
          quantity: 3,
          investmentYuan: wan(45),
          fundingSource: '县财政',
          notes: '含照明',
        }),
        lingshi.facility(7, {
          name: '室外乒乓球台',
          type: 'OTHER',
          quantity: 20,
          investmentYuan: wan(8),
          notes: '每村两张',
        }),
      ],
    },
  },
});

export const numberEntries: CorpusEntry[] = [numberFormats, chineseNumerals];
