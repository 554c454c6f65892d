import { Client } from 'pg';
import { scratchDir, writeFacilityLedger } from '../support/ledger-workbook';
import { postImport } from '../support/uploads';
import { startTestApp, type TestApp } from '../support/test-app';

// The API's statements stop after STATEMENT_TIMEOUT_MS (here 300 ms) with STATEMENT_TIMEOUT;
// an import, whose COPY may run for minutes, is not bound by it. A lock held by another session
// makes a statement wait as long as the test wants, so no timing of real work is needed.

const TIMEOUT_MS = 300;
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
});

afterAll(async () => {
  await app?.stop();
});

/** Takes an exclusive lock on `table` in its own session; `release` ends it. */
async function lockTable(table: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: app.running.db.url });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  return {
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

/** Resolves once a session of this database waits for a lock (the statement under test). */
async function someoneWaits(): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (n > 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no statement waited for the lock within 30 s');
}

const facilities = () =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query: '{ facilities { totalCount } }' }),
  });

describe('the statement timeout', () => {
  it('stops an API read after STATEMENT_TIMEOUT_MS with 503 STATEMENT_TIMEOUT, without PostgreSQL text', async () => {
    const lock = await lockTable('facility');
    let text: string;
    let status: number;
    try {
      const response = await facilities();
      status = response.status;
      text = await response.text();
    } finally {
      await lock.release();
    }

    expect(status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({
      errors: [
        { message: expect.stringContaining('0.3 s'), extensions: { code: 'STATEMENT_TIMEOUT' } },
      ],
    });
    expect(text).not.toMatch(/cancel|statement timeout|facility|select/i);
    expect((await facilities()).status).toBe(200);
  });

  it('answers an export stopped by it with 503 STATEMENT_TIMEOUT in the envelope', async () => {
    const lock = await lockTable('facility');
    try {
      const response = await fetch(
        `${app.url}/export/facility-summary.json?groupBy=TYPE&nameContains=%E9%A6%86`,
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: { code: 'STATEMENT_TIMEOUT', message: expect.any(String) },
      });
    } finally {
      await lock.release();
    }
  });

  it('does not bind an import: it waits past the timeout for the lock and commits', async () => {
    const scratch = await scratchDir('statement-timeout');
    try {
      const file = await writeFacilityLedger(scratch.file('qixian.xlsx'), {
        bureau: '祁县体育局',
        year: 2023,
        rows: [['祁县全民健身中心', '体育馆', 1, 1200]],
      });
      const lock = await lockTable('facility');
      const imported = postImport(app, file);
      try {
        await someoneWaits();
        // held well past the API's timeout while the import waits for it
        await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
      } finally {
        await lock.release();
      }
      const { status, body } = await imported;

      expect([status, body.status]).toEqual([200, 'COMMITTED']);
      expect(await app.sql('select name from facility where current')).toEqual([
        { name: '祁县全民健身中心' },
      ]);
    } finally {
      await scratch.remove();
    }
  });
});
