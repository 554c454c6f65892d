import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import { smallLedger } from '../build/small-ledger';

// Who signs the 填报单位 line differs by county: sports is often merged into the culture and
// tourism bureau, or kept by a public institution (体育事业发展中心). Each is the county's bureau.

const lingshi = factsOf('场地设施', '140729', 2023);

const developmentCentre = xlsxEntry({
  name: 'a facilities ledger filed by 灵石县体育事业发展中心, the institution that keeps the county’s ledgers',
  modelledOn:
    'county ledgers signed by a 体育事业发展中心 (the sports bureau merged into a public institution)',
  fileName: '灵石县2023年场地设施台账.xlsx',
  sheets: [
    smallLedger(
      '场地设施',
      '灵石县2023年场地设施台账',
      '灵石县体育事业发展中心',
      ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
      [
        [1, '静升镇全民健身广场', '健身广场', 1, 85],
        [2, '翠峰镇健身步道', '健身步道', 1, 120],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      facilities: [
        lingshi.facility(4, {
          name: '静升镇全民健身广场',
          type: 'FITNESS_GARDEN',
          quantity: 1,
          investmentYuan: wan(85),
        }),
        lingshi.facility(5, {
          name: '翠峰镇健身步道',
          type: 'FITNESS_TRAIL',
          quantity: 1,
          investmentYuan: wan(120),
        }),
      ],
    },
  },
});

const pingyao = factsOf('赛事活动', '140728', 2022);

const cultureAndTourism = xlsxEntry({
  name: 'an events ledger filed by 平遥县文化和旅游局, a bureau that also runs sports',
  modelledOn: 'county ledgers signed by a 文化和旅游局 (sports merged into culture and tourism)',
  fileName: '平遥县2022年赛事活动台账.xlsx',
  sheets: [
    smallLedger(
      '赛事活动',
      '平遥县2022年赛事活动台账',
      '平遥县文化和旅游局',
      ['序号', '活动名称', '举办时间', '参与人数'],
      [[1, '平遥古城国际马拉松', '2022年10月16日', 18000]],
    ),
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        pingyao.event(4, {
          name: '平遥古城国际马拉松',
          startDate: '2022-10-16',
          participants: 18000,
        }),
      ],
    },
  },
});

const yuci = factsOf('主要指标', '140702', 2022);

const bracketedBureau = xlsxEntry({
  name: 'an indicators ledger filed by 晋中市榆次区文化和旅游局（区体育局）, stamped 盖章',
  modelledOn: 'a 填报单位 line naming both of a merged bureau’s names, with the seal note (盖章)',
  fileName: '榆次区2022年主要指标.xlsx',
  sheets: [
    smallLedger(
      '主要指标',
      '榆次区2022年体育工作主要指标',
      '晋中市榆次区文化和旅游局（区体育局）（盖章）',
      ['指标名称', '数值', '单位'],
      [
        ['社会体育指导员', 1380, '人'],
        ['二级运动员', 52, '人次'],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      indicators: [
        yuci.indicator(4, { metric: 'SOCIAL_SPORTS_INSTRUCTORS', value: 1380 }),
        yuci.indicator(5, { metric: 'LEVEL2_ATHLETES', value: 52 }),
      ],
    },
  },
});

export const bureauEntries: CorpusEntry[] = [developmentCentre, cultureAndTourism, bracketedBureau];
