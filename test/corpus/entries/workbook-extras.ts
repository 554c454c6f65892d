import type { CorpusEntry } from '../corpus-entry';
import { factsOf, wan, xlsxEntry } from '../build/entry';
import { smallLedger } from '../build/small-ledger';

const dali = factsOf('场地设施', '532901', 2024);

/** 统计报表 often open with a cover page: title, unit, date, no table. */
const coverSheet = xlsxEntry({
  name: 'a workbook opening with a 封面 cover sheet (title, 填报单位, 报送日期) before the ledger',
  modelledOn:
    '统计报表 bound with a cover page (封面: 表名、填报单位、报送日期), as 大理市 files them',
  fileName: '大理市2024年场地设施统计报表.xlsx',
  sheets: [
    {
      name: '封面',
      rows: [
        [],
        [null, '大理市2024年体育场地设施统计报表'],
        [],
        [null, '填报单位（盖章）：大理市体育局'],
        [null, '报送日期：2025年1月20日'],
      ],
      merges: ['B2:F2'],
    },
    smallLedger(
      '场地设施',
      '大理市2024年场地设施台账',
      '大理市体育局',
      ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
      [
        [1, '海东新区体育公园', '体育公园', 1, 2600],
        [2, '喜洲镇健身广场', '健身广场', 1, 36],
      ],
    ),
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['封面'],
    facts: {
      facilities: [
        dali.facility(4, {
          name: '海东新区体育公园',
          type: 'SPORTS_PARK',
          quantity: 1,
          investmentYuan: wan(2600),
        }),
        dali.facility(5, {
          name: '喜洲镇健身广场',
          type: 'FITNESS_GARDEN',
          quantity: 1,
          investmentYuan: wan(36),
        }),
      ],
    },
  },
});

const chuxiong = factsOf('Sheet1', '532301', 2023);

/** A new Excel workbook keeps its empty Sheet2 and Sheet3 unless the clerk deletes them. */
const emptyDefaultSheets = xlsxEntry({
  name: "an events ledger on Sheet1 with Excel's empty Sheet2 and Sheet3 left in",
  modelledOn: 'a ledger typed into a new Excel workbook (Sheet1, Sheet2, Sheet3) by 楚雄市',
  fileName: '楚雄市2023年赛事活动.xlsx',
  sheets: [
    smallLedger(
      'Sheet1',
      '楚雄市2023年体育赛事活动台账',
      '楚雄市体育局',
      ['活动名称', '举办时间', '参与人数'],
      [['楚雄市彝族火把节民族体育运动会', '2023年8月10日', 3500]],
    ),
    { name: 'Sheet2', rows: [] },
    { name: 'Sheet3', rows: [] },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['Sheet2', 'Sheet3'],
    facts: {
      events: [
        chuxiong.event(4, {
          name: '楚雄市彝族火把节民族体育运动会',
          startDate: '2023-08-10',
          participants: 3500,
        }),
      ],
    },
  },
});

export const workbookExtraEntries: CorpusEntry[] = [coverSheet, emptyDefaultSheets];
