import { Migration20261207142555 } from '../../src/db/migrations/Migration20261207142555';
import {
  DatedEventsDocument,
  DatedFacilitiesDocument,
  DatedResultsDocument,
} from '../support/generated/graphql';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';

// Dates as the ledger gave them (api-contract.md): a date is stored as the first day of the
// period written, and its precision says which period — 2022年3月 is MONTH, and must not pass
// for 1 March. Results expose 比赛时间 as startDate/endDate.

const QIXIAN = '140727';
const GAMES = '晋中市第六届运动会';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const scratch = await scratchDir('dates');
  const preamble = (title: string) => [
    [`祁县2022年${title}`],
    ['填报单位：祁县体育局'],
    ['年度：2022'],
  ];
  try {
    const file = await writeWorkbook(scratch.file('qixian-2022.xlsx'), [
      {
        name: '赛事活动',
        rows: [
          ...preamble('赛事活动台账'),
          ['序号', '活动名称', '举办时间', '级别', '类别'],
          [1, '祁县迎春长跑', '2022年3月', '县级', '群众体育'],
          [2, '祁县广场舞大赛', '2022年3月5日', '县级', '群众体育'],
          [3, '祁县篮球联赛', '2022年5月8日-16日', '县级', '群众体育'],
          [4, '祁县全年健身打卡', '2022年', '县级', '群众体育'],
        ],
      },
      {
        name: '竞赛成绩',
        rows: [
          ...preamble('竞技体育成绩台账'),
          ['序号', '赛事名称', '比赛时间', '项目', '金牌', '银牌', '铜牌'],
          [1, GAMES, '2022年8月8日-16日', '田径', 3, 2, 1],
          [2, GAMES, '2022年8月', '游泳', 1, 0, 2],
        ],
      },
      {
        name: '场地设施',
        rows: [
          ...preamble('体育场地设施建设台账'),
          ['序号', '项目名称', '设施类型', '数量', '完成时间'],
          [1, '祁县体育馆', '体育馆', 1, '2019年'],
          [2, '祁县昌源河健身步道', '健身步道', 1, '2020年6月'],
          [3, '祁县笼式足球场', '笼式足球场', 1, '2021年9月30日'],
        ],
      },
    ]);
    const { status, body } = await postImport(app, file, { region: QIXIAN, year: '2022' });
    expect([status, body.status, body.errors]).toEqual([200, 'COMMITTED', []]);
  } finally {
    await scratch.remove();
  }
});

afterAll(async () => {
  await app?.stop();
});

const filter = { regions: [QIXIAN], years: [2022] };

describe('Event.datePrecision', () => {
  it('tells a month (2022年3月) from the first day of it, a day, a range of days and a year', async () => {
    const { events } = await app.gql(DatedEventsDocument, { filter });

    const dates = events!.nodes.map((e) => [e.name, e.startDate, e.endDate, e.datePrecision]);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['祁县迎春长跑', '2022-03-01', null, 'MONTH'],
        ['祁县广场舞大赛', '2022-03-05', null, 'DAY'],
        ['祁县篮球联赛', '2022-05-08', '2022-05-16', 'DAY'],
        ['祁县全年健身打卡', '2022-01-01', null, 'YEAR'],
      ]),
    );
    expect(dates).toHaveLength(4);
  });
});

describe('Result.startDate, endDate and datePrecision from 比赛时间', () => {
  it('gives the days of a range, and a month as its first day with MONTH', async () => {
    const { results } = await app.gql(DatedResultsDocument, { filter });

    const dates = results!.nodes.map((r) => [r.sport, r.startDate, r.endDate, r.datePrecision]);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['田径', '2022-08-08', '2022-08-16', 'DAY'],
        ['游泳', '2022-08-01', null, 'MONTH'],
      ]),
    );
    expect(dates).toHaveLength(2);
  });
});

describe('Facility.completedOnPrecision', () => {
  it('keeps a year, a month and a day of completion apart', async () => {
    const { facilities } = await app.gql(DatedFacilitiesDocument, { filter });

    expect(facilities!.nodes.map((f) => [f.name, f.completedOn, f.completedOnPrecision])).toEqual(
      expect.arrayContaining([
        ['祁县体育馆', '2019-01-01', 'YEAR'],
        ['祁县昌源河健身步道', '2020-06-01', 'MONTH'],
        ['祁县笼式足球场', '2021-09-30', 'DAY'],
      ]),
    );
  });
});

describe('the migration that adds Result.datePrecision', () => {
  it('backfills DAY where the stored start can only be a day, leaves a first of a month unknown, and totals medals', async () => {
    // The rows as they stood before the migration: no precision column, no derived totals.
    await app.sql(`update result set medals = null`);
    await app.sql(`alter table result drop column start_precision`);
    const orm = app.running.db.orm;
    const migration = new Migration20261207142555(orm.em.getDriver(), orm.config);
    await migration.up();
    for (const query of migration.getQueries()) {
      await app.sql(String(query));
    }

    const rows = await app.sql<{ sport: string; start_precision: string | null; medals: number }>(
      `select sport, start_precision, medals from result order by start_date`,
    );
    expect(rows).toEqual([
      { sport: '游泳', start_precision: null, medals: 3 },
      { sport: '田径', start_precision: 'DAY', medals: 6 },
    ]);
  });
});
