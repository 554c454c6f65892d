import { scratchDir, writeFacilityLedger } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport } from '../../support/uploads';

// An import thread's JavaScript heap is bounded (IMPORT_THREAD_MEMORY_MB): a ledger that needs
// more ends its own import, FAILED with nothing written, and the server goes on serving.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([
    startTestApp({ IMPORT_THREAD_MEMORY_MB: '16' }),
    scratchDir('thread-memory'),
  ]);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

it('fails an import whose thread runs out of its heap, writes nothing, and keeps serving', async () => {
  const ledger = await writeFacilityLedger(scratch.file('small.xlsx'), {
    bureau: '祁县体育局',
    year: 2022,
    rows: [['祁县全民健身中心', '体育馆', 1, 1200]],
  });
  const answer = await postImport(app, ledger);
  expect(answer.status).toBe(422);
  expect(answer.body.status).toBe('FAILED');
  expect(answer.body.errors.map((error) => error.code)).toEqual(['IMPORT_FAILED']);
  expect(await app.sql('select count(*)::int as n from facility')).toEqual([{ n: 0 }]);
  expect(await app.sql(`select status from import_batch`)).toEqual([{ status: 'FAILED' }]);
  const ping = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(await ping.json()).toEqual({ data: { __typename: 'Query' } });
}, 120_000);
