import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';

const yuci = factsOf('活动开展情况', '140702', 2021);

const participantNotations = xlsxEntry({
  name: 'an activity ledger whose 参与人数 read 5400余人, 约200, 100多人, 200+, 两千 and 一千零四十',
  modelledOn:
    '晋中市 2021 work summary figures (5400余, 一千零四十) as 榆次区 全民健身活动开展情况',
  fileName: '榆次区2021年全民健身活动开展情况.xlsx',
  sheets: [
    {
      name: '活动开展情况',
      rows: [
        ['榆次区2021年全民健身活动开展情况'],
        ['填报单位：晋中市榆次区体育局'],
        ['年度：2021'],
        ['序号', '活动名称', '时间', '形式', '参与人数'],
        [1, '迎新春健步走', '2021年1月1日', '线下', '5400余人'],
        [2, '云上健身操大赛', '2021年2月', '线上', '约200'],
        [3, '社区趣味运动会', '2021年5月1日', '线上线下', '100多人'],
        [4, '老年人门球赛', '2021年6月', '线下', '200+'],
        [5, '全民健身日主题活动', '2021年8月8日', '线下', '两千'],
        [6, '农民运动会', '2021年9月', '线下', '一千零四十'],
      ],
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        yuci.event(5, {
          name: '迎新春健步走',
          startDate: '2021-01-01',
          format: 'OFFLINE',
          participants: 5400,
          approximateFields: ['participants'],
        }),
        yuci.event(6, {
          name: '云上健身操大赛',
          startDate: '2021-02-01',
          datePrecision: 'MONTH',
          format: 'ONLINE',
          participants: 200,
          approximateFields: ['participants'],
        }),
        yuci.event(7, {
          name: '社区趣味运动会',
          startDate: '2021-05-01',
          format: 'HYBRID',
          participants: 100,
          approximateFields: ['participants'],
        }),
        yuci.event(8, {
          name: '老年人门球赛',
          startDate: '2021-06-01',
          datePrecision: 'MONTH',
          format: 'OFFLINE',
          participants: 200,
          approximateFields: ['participants'],
        }),
        yuci.event(9, {
          name: '全民健身日主题活动',
          startDate: '2021-08-08',
          format: 'OFFLINE',
          participants: 2000,
        }),
        yuci.event(10, {
          name: '农民运动会',
          startDate: '2021-09-01',
          datePrecision: 'MONTH',
          format: 'OFFLINE',
          participants: 1040,
        }),
      ],
    },
  },
});

const nankai = factsOf('赛事活动统计', '120104', 2024);

const categoryMergedDown = xlsxEntry({
  name: 'an events ledger grouped by 类别, each category merged down over its rows',
  modelledOn:
    '年度赛事活动汇总表 grouped by 群众体育 / 竞技体育 / 青少年体育 (merged first column)',
  fileName: '南开区2024年体育赛事活动统计表.xlsx',
  sheets: [
    {
      name: '赛事活动统计',
      rows: [
        ['南开区2024年体育赛事活动统计表'],
        ['类别', '赛事活动名称', '举办日期', '级别', '参与人数'],
        ['群众体育', '南开区全民健身运动会', '2024年4月20日', '区级', 3200],
        [null, '社区乒乓球联赛', '2024年5月', '区级', 640],
        [null, '八段锦推广活动', '2024年6月', '街道', 1500],
        ['竞技体育', '南开区田径锦标赛', '2024.7.10-7.12', '区级', 420],
        [null, '天津市武术锦标赛（南开赛区）', '2024年8月', '市级', 380],
        ['青少年体育', '南开区中小学生足球联赛', '2024年9月-11月', '区级', 1600],
      ],
      merges: ['A1:E1', 'A3:A5', 'A6:A7'],
    },
  ],
  upload: { region: '120104', year: 2024 },
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        nankai.event(3, {
          name: '南开区全民健身运动会',
          category: 'MASS_FITNESS',
          startDate: '2024-04-20',
          level: 'DISTRICT',
          participants: 3200,
        }),
        nankai.event(4, {
          name: '社区乒乓球联赛',
          category: 'MASS_FITNESS',
          startDate: '2024-05-01',
          datePrecision: 'MONTH',
          level: 'DISTRICT',
          participants: 640,
        }),
        nankai.event(5, {
          name: '八段锦推广活动',
          category: 'MASS_FITNESS',
          startDate: '2024-06-01',
          datePrecision: 'MONTH',
          level: 'COMMUNITY',
          participants: 1500,
        }),
        nankai.event(6, {
          name: '南开区田径锦标赛',
          category: 'COMPETITIVE',
          startDate: '2024-07-10',
          endDate: '2024-07-12',
          level: 'DISTRICT',
          participants: 420,
        }),
        nankai.event(7, {
          name: '天津市武术锦标赛(南开赛区)',
          category: 'COMPETITIVE',
          startDate: '2024-08-01',
          datePrecision: 'MONTH',
          level: 'MUNICIPAL',
          participants: 380,
        }),
        nankai.event(8, {
          name: '南开区中小学生足球联赛',
          category: 'YOUTH',
          startDate: '2024-09-01',
          endDate: '2024-11-30',
          datePrecision: 'MONTH',
          level: 'DISTRICT',
          participants: 1600,
        }),
      ],
    },
  },
});

export const eventLayoutEntries: CorpusEntry[] = [participantNotations, categoryMergedDown];
