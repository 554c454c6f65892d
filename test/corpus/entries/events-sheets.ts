import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';
import type { GridSheet } from '../build/grid';

function quarter(name: string, title: string, rows: unknown[][], bureau?: string): GridSheet {
  const preamble = bureau ? [[title], [`填报单位：${bureau}`]] : [[title]];
  return {
    name,
    rows: [
      ...preamble,
      ['序号', '活动名称', '举办时间', '参与人数'],
      ...(rows as GridSheet['rows']),
    ],
  };
}

const ruian = (sheet: string) => factsOf(sheet, '330381', 2023);

/** Sheet names that say nothing of the kind; the 汇总 sheet repeats the totals and is skipped. */
const quarterlySheets = xlsxEntry({
  name: 'a workbook with one events sheet per quarter (一季度…四季度) and a 汇总 sheet of totals',
  modelledOn: '季度报送的体育赛事活动台账 of 瑞安市 (one sheet per quarter, plus a summary sheet)',
  fileName: '瑞安市2023年体育赛事活动季度台账.xlsx',
  sheets: [
    quarter(
      '一季度',
      '瑞安市2023年第一季度体育赛事活动',
      [
        [1, '新春登高健身大会', '2023年1月28日', 3000],
        [2, '全民健身线上打卡', '2023年2月-3月', 12000],
      ],
      '瑞安市文化广电旅游体育局',
    ),
    quarter('二季度', '瑞安市2023年第二季度体育赛事活动', [
      [1, '瑞安市第三届全民运动会开幕式', '2023年5月20日', 5000],
    ]),
    quarter('三季度', '瑞安市2023年第三季度体育赛事活动', [
      [1, '“全民健身日”系列活动', '2023年8月8日', 2600],
      [2, '瑞安市龙舟邀请赛', '2023年9月9日', 800],
    ]),
    quarter('四季度', '瑞安市2023年第四季度体育赛事活动', [
      [1, '瑞安马拉松', '2023年11月12日', 15000],
    ]),
    {
      name: '汇总',
      rows: [
        ['季度', '活动场次', '参与人数'],
        ['一季度', 2, 15000],
        ['二季度', 1, 5000],
        ['三季度', 2, 3400],
        ['四季度', 1, 15000],
        ['合计', 6, 38400],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    skippedSheets: ['汇总'],
    facts: {
      events: [
        ruian('一季度').event(4, {
          name: '新春登高健身大会',
          startDate: '2023-01-28',
          participants: 3000,
        }),
        ruian('一季度').event(5, {
          name: '全民健身线上打卡',
          startDate: '2023-02-01',
          endDate: '2023-03-31',
          datePrecision: 'MONTH',
          participants: 12000,
        }),
        ruian('二季度').event(3, {
          name: '瑞安市第三届全民运动会开幕式',
          startDate: '2023-05-20',
          participants: 5000,
        }),
        ruian('三季度').event(3, {
          name: '“全民健身日”系列活动',
          startDate: '2023-08-08',
          participants: 2600,
        }),
        ruian('三季度').event(4, {
          name: '瑞安市龙舟邀请赛',
          startDate: '2023-09-09',
          participants: 800,
        }),
        ruian('四季度').event(3, {
          name: '瑞安马拉松',
          startDate: '2023-11-12',
          participants: 15000,
        }),
      ],
    },
  },
});

const hongqiao = factsOf('赛事活动', '120106', 2022);

/** Everything after the signature lines is not the ledger's, even a number. */
const notesAndFooter = xlsxEntry({
  name: 'an events ledger followed by 注： lines, 填表人 / 审核人 and a stray 共计 below the footer',
  modelledOn: '红桥区体育局 年度赛事活动台账 with the usual 注： and signature lines',
  fileName: '红桥区2022年赛事活动台账.xlsx',
  sheets: [
    {
      name: '赛事活动',
      rows: [
        ['红桥区2022年赛事活动台账'],
        ['填报单位：天津市红桥区体育局'],
        ['序号', '活动名称', '举办时间', '级别', '参与人数', '备注'],
        [1, '红桥区全民健身运动会', '2022年9月', '区级', 2100, '受疫情影响部分项目线上举办'],
        [2, '西沽公园健步走', '2022年4月23日', '街道', 300, null],
        [],
        ['注：1.参与人数含线上参与人数；2.级别按主办单位层级填写。'],
        ['填表人：张某', null, '审核人：刘某', null, '填报日期：2022年12月30日'],
        [null, null, null, '共计', 2400],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        hongqiao.event(4, {
          name: '红桥区全民健身运动会',
          startDate: '2022-09-01',
          datePrecision: 'MONTH',
          level: 'DISTRICT',
          participants: 2100,
          notes: '受疫情影响部分项目线上举办',
        }),
        hongqiao.event(5, {
          name: '西沽公园健步走',
          startDate: '2022-04-23',
          level: 'COMMUNITY',
          participants: 300,
        }),
      ],
    },
  },
});

const changping = factsOf('Sheet1', '110114', 2023);

/** A sheet named Sheet1: only its header says it is an events ledger. */
const unnamedSheet = xlsxEntry({
  name: 'a sheet named Sheet1 with 填报单位 and 年度 in one merged cell and a blank row above the header',
  modelledOn: 'a 街道 activity list pasted into a fresh Excel workbook (Sheet1) by 昌平区',
  fileName: '昌平区活动统计.xlsx',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        ['北京市昌平区体育赛事活动统计'],
        ['填报单位：北京市昌平区体育局　　年度：2023'],
        [],
        ['序号', '活动名称', '活动日期', '主办单位', '参加人数'],
        [1, '昌平区健步走大会', '2023年10月15日', '昌平区体育局', 2500],
        [2, '十三陵水库环湖骑行', '2023年5月', '昌平区体育总会', 600],
      ],
      merges: ['A1:E1', 'A2:E2'],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        changping.event(5, {
          name: '昌平区健步走大会',
          startDate: '2023-10-15',
          organizer: '昌平区体育局',
          participants: 2500,
        }),
        changping.event(6, {
          name: '十三陵水库环湖骑行',
          startDate: '2023-05-01',
          datePrecision: 'MONTH',
          organizer: '昌平区体育总会',
          participants: 600,
        }),
      ],
    },
  },
});

export const eventSheetEntries: CorpusEntry[] = [quarterlySheets, notesAndFooter, unnamedSheet];
