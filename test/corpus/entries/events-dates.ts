import type { CorpusEntry } from '../corpus-entry';
import { factsOf, xlsxEntry } from '../build/entry';
import { CN_DATE, day, fmt } from '../build/grid';

// 举办时间 as clerks write it: text ranges, months, and Excel dates under a Chinese format.

const hexi = factsOf('赛事活动', '120103', 2023);

const dateRanges = xlsxEntry({
  name: 'an 赛事活动台账 whose 举办时间 are ranges: 2023.5.8-5.16, 5月8日至5月16日, 6-8月, 12月28日至1月3日',
  modelledOn: '河西区 体育赛事活动计划及完成情况 (举办时间 as clerks write ranges)',
  fileName: '河西区2023年体育赛事活动计划及完成情况.xlsx',
  sheets: [
    {
      name: '赛事活动',
      rows: [
        ['河西区2023年体育赛事活动计划及完成情况'],
        ['序号', '赛事名称', '举办时间', '级别', '类别', '项目', '参赛人数', '参赛队伍数'],
        [1, '河西区青少年篮球联赛', '2023.5.8-5.16', '区级', '青少年', '篮球', 480, 32],
        [2, '河西区职工羽毛球比赛', '5月8日至5月16日', '区级', '群众体育', '羽毛球', 260, 18],
        [3, '社区足球联赛', '6-8月', '区级', '群众体育', '足球', '1,114', 24],
        [4, '冬季长跑系列赛', '12月28日至1月3日', '区级', '全民健身', '长跑', '１１１４', null],
        [5, '“电竞河西”邀请赛', '2023年9月', '市级', '电竞', '王者荣耀', 64, 16],
      ],
    },
  ],
  upload: { region: '120103' },
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        hexi.event(3, {
          name: '河西区青少年篮球联赛',
          startDate: '2023-05-08',
          endDate: '2023-05-16',
          level: 'DISTRICT',
          category: 'YOUTH',
          sport: '篮球',
          participants: 480,
          teams: 32,
        }),
        hexi.event(4, {
          name: '河西区职工羽毛球比赛',
          startDate: '2023-05-08',
          endDate: '2023-05-16',
          level: 'DISTRICT',
          category: 'MASS_FITNESS',
          sport: '羽毛球',
          participants: 260,
          teams: 18,
        }),
        hexi.event(5, {
          name: '社区足球联赛',
          startDate: '2023-06-01',
          endDate: '2023-08-31',
          datePrecision: 'MONTH',
          level: 'DISTRICT',
          category: 'MASS_FITNESS',
          sport: '足球',
          participants: 1114,
          teams: 24,
        }),
        hexi.event(6, {
          name: '冬季长跑系列赛',
          startDate: '2023-12-28',
          endDate: '2024-01-03',
          level: 'DISTRICT',
          category: 'MASS_FITNESS',
          sport: '长跑',
          participants: 1114,
        }),
        hexi.event(7, {
          name: '“电竞河西”邀请赛',
          startDate: '2023-09-01',
          datePrecision: 'MONTH',
          level: 'MUNICIPAL',
          category: 'ESPORTS',
          sport: '王者荣耀',
          participants: 64,
          teams: 16,
        }),
      ],
    },
  },
});

const lucheng = factsOf('赛事备案', '330302', 2023);
const excelDates = xlsxEntry({
  name: 'an Excel events ledger with 开始日期 / 结束日期 as Excel dates, frozen header and 线上+线下 formats',
  modelledOn: '市级赛事活动备案表 (开始日期、结束日期、主办单位、参赛队伍数) kept in Excel',
  fileName: '鹿城区2023年赛事活动备案表.xlsx',
  sheets: [
    {
      name: '赛事备案',
      rows: [
        ['鹿城区2023年体育赛事活动备案表'],
        ['填报单位：温州市鹿城区体育局'],
        ['年度：2023'],
        [
          '序号',
          '赛事名称',
          '开始日期',
          '结束日期',
          '赛事级别',
          '举办形式',
          '主办单位',
          '参赛队伍数',
          '参赛人数',
        ],
        [
          1,
          '鹿城区“瓯江杯”龙舟赛',
          fmt(day('2023-06-22'), CN_DATE),
          fmt(day('2023-06-22'), CN_DATE),
          '区级',
          '线下',
          '鹿城区人民政府',
          18,
          540,
        ],
        [
          2,
          '温州市电子竞技公开赛（鹿城站）',
          fmt(day('2023-08-12'), CN_DATE),
          fmt(day('2023-08-20'), CN_DATE),
          '市级',
          '线上+线下',
          '温州市体育局',
          48,
          240,
        ],
        [
          3,
          '鹿城区全民健身线上运动会',
          day('2023-03-01'),
          day('2023-11-30'),
          '区级',
          '网络',
          '鹿城区体育局',
          null,
          '约8600',
        ],
      ],
      frozen: { rows: 4 },
    },
  ],
  upload: {},
  expect: {
    status: 'COMMITTED',
    facts: {
      events: [
        lucheng.event(5, {
          name: '鹿城区“瓯江杯”龙舟赛',
          startDate: '2023-06-22',
          endDate: '2023-06-22',
          level: 'DISTRICT',
          format: 'OFFLINE',
          organizer: '鹿城区人民政府',
          teams: 18,
          participants: 540,
        }),
        lucheng.event(6, {
          name: '温州市电子竞技公开赛(鹿城站)',
          startDate: '2023-08-12',
          endDate: '2023-08-20',
          level: 'MUNICIPAL',
          format: 'HYBRID',
          organizer: '温州市体育局',
          teams: 48,
          participants: 240,
        }),
        lucheng.event(7, {
          name: '鹿城区全民健身线上运动会',
          startDate: '2023-03-01',
          endDate: '2023-11-30',
          level: 'DISTRICT',
          format: 'ONLINE',
          organizer: '鹿城区体育局',
          participants: 8600,
          approximateFields: ['participants'],
        }),
      ],
    },
  },
});

export const eventDateEntries: CorpusEntry[] = [dateRanges, excelDates];
