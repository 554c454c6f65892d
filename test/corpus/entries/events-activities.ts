import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';

const heping = factsOf('全民健身活动', '120101', 2023);

/** 活动地点 and 协办单位 are text the ledger need not store: ignored, with their reason. */
const activityLedger = xlsxEntry({
  name: 'a 全民健身活动台账 with 活动地点 and 协办单位 columns beside the ones it stores',
  modelledOn:
    '全民健身日 / 全民健身活动 plans (活动名称、时间、地点、主办单位、承办单位) kept as a district activity ledger',
  fileName: '和平区2023年全民健身活动台账.xlsx',
  sheets: [
    {
      name: '全民健身活动',
      rows: [
        ['和平区2023年全民健身活动台账'],
        ['填报单位：天津市和平区体育局'],
        ['年度：2023'],
        [
          '序号',
          '活动名称',
          '举办时间',
          '活动地点',
          '活动类别',
          '级别',
          '主办单位',
          '协办单位',
          '参与人数',
          '备注',
        ],
        [
          1,
          '“全民健身日”主题活动',
          '2023年8月8日',
          '和平区体育馆',
          '全民健身',
          '区级',
          '和平区体育局',
          '各街道办事处',
          1200,
          null,
        ],
        [
          2,
          '和平区第十届全民健身运动会',
          '2023年5月-10月',
          '各街道',
          '群众体育',
          '区级',
          '和平区人民政府',
          '和平区体育局',
          '5400余人',
          '共设12个项目',
        ],
        [
          3,
          '五大道国际长跑节',
          '2023.10.22',
          '五大道',
          '竞技体育',
          '国际',
          '天津市体育局',
          '和平区人民政府',
          3000,
          '线下',
        ],
        [
          4,
          '社区广场舞展演',
          '7月15日',
          '南营门街道',
          '全民健身',
          '街道',
          '南营门街道办事处',
          null,
          '约200',
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
      events: [
        heping.event(5, {
          name: '“全民健身日”主题活动',
          startDate: '2023-08-08',
          category: 'MASS_FITNESS',
          level: 'DISTRICT',
          organizer: '和平区体育局',
          participants: 1200,
        }),
        heping.event(6, {
          name: '和平区第十届全民健身运动会',
          startDate: '2023-05-01',
          endDate: '2023-10-31',
          datePrecision: 'MONTH',
          category: 'MASS_FITNESS',
          level: 'DISTRICT',
          organizer: '和平区人民政府',
          participants: 5400,
          notes: '共设12个项目',
          approximateFields: ['participants'],
        }),
        heping.event(7, {
          name: '五大道国际长跑节',
          startDate: '2023-10-22',
          category: 'COMPETITIVE',
          level: 'INTERNATIONAL',
          organizer: '天津市体育局',
          participants: 3000,
          notes: '线下',
        }),
        heping.event(8, {
          name: '社区广场舞展演',
          startDate: '2023-07-15',
          category: 'MASS_FITNESS',
          level: 'COMMUNITY',
          organizer: '南营门街道办事处',
          participants: 200,
          approximateFields: ['participants'],
        }),
      ],
    },
  },
});

export const activityEntries: CorpusEntry[] = [activityLedger];
