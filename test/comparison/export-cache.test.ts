import { ComparisonCompareDocument } from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import { importLedgers, importSeeds, QIXIAN_FACILITIES_2021 } from './ledgers';

// /export asks the one answer cache the resolvers use: a BI tool refreshing its question costs
// no statement (the data version is held in memory) until a ledger is committed, and an export
// and the same GraphQL question share the kept answer.

const QUERY = 'regions=140700&metrics=facilities.count&years=2021';
// The metric's Chinese label follows its key (a column of its own since exports carry labels).
const JINZHONG_2021 = /^140700,山西省晋中市,2021,facilities\.count,[^,]*,(\d+),/m;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
});

afterAll(async () => {
  await app?.stop();
});

async function download(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${app.url}${path}`);
  return { status: response.status, text: await response.text() };
}

/** 晋中市's 2021 facility count as the CSV export gives it, and the statements it took. */
async function facilityCount(): Promise<{ count: number; statements: number }> {
  let text = '';
  const statements = await app.countStatements(async () => {
    const response = await download(`/export/compare.csv?${QUERY}`);
    expect(response.status).toBe(200);
    text = response.text;
  });
  return { count: Number(JINZHONG_2021.exec(text)?.[1]), statements };
}

describe('the answer cache behind /export', () => {
  it('answers a repeated export from the kept answer without a statement, in every format', async () => {
    const first = await download(`/export/compare.csv?${QUERY}`);
    const again = await app.countStatements(async () => {
      expect(await download(`/export/compare.csv?${QUERY}`)).toEqual(first);
    });
    const otherFormats = await app.countStatements(async () => {
      const [xlsx, json] = await Promise.all([
        fetch(`${app.url}/export/compare.xlsx?${QUERY}`),
        fetch(`${app.url}/export/compare.json?${QUERY}`),
      ]);
      expect([xlsx.status, json.status]).toEqual([200, 200]);
      await Promise.all([xlsx.arrayBuffer(), json.arrayBuffer()]);
    });

    expect(again).toBe(0);
    expect(otherFormats).toBe(0);
  });

  it('shares the kept answer with the same GraphQL question', async () => {
    await download(`/export/compare.json?${QUERY}`);
    const variables = {
      regions: ['140700'],
      metrics: ['facilities.count'],
      years: [2021],
      includeDescendants: true,
      normalize: 'NONE' as const,
    };

    expect(await app.countStatements(() => app.gql(ComparisonCompareDocument, variables))).toBe(0);
  });

  it('answers anew once a ledger is committed', async () => {
    const before = await facilityCount();
    expect(before).toEqual({ count: 6, statements: 0 });

    await importLedgers(app, [QIXIAN_FACILITIES_2021]);

    const after = await facilityCount();
    expect(after.count).toBe(6 + 2);
    expect(after.statements).toBeGreaterThan(0);
    expect(await facilityCount()).toEqual({ count: 8, statements: 0 });
  });
});
