import { scratchDir, writeFacilityLedger } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport } from '../../support/uploads';
import { waitFor } from '../../support/wait-for';

// An import thread is a JavaScript engine of its own, resident even when idle: it is started by
// the import that needs it, kept for the next, and ended after IMPORT_THREAD_IDLE_S without one.

let scratch: Awaited<ReturnType<typeof scratchDir>>;
let app: TestApp;

beforeAll(async () => {
  scratch = await scratchDir('import-thread-idle');
  app = await startTestApp({ IMPORT_THREAD_IDLE_S: '2' });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

const threads = () => app.running.services.importLoad().threads;

function ledger(name: string, year: number) {
  return writeFacilityLedger(scratch.file(name), {
    bureau: '祁县体育局',
    year,
    rows: [[`昭馀镇健身路径${year}`, '健身路径', 3, 15.5]],
  });
}

it('starts no import thread before an import needs one', () => {
  expect(threads()).toBe(0);
});

it('keeps the thread for the next import, ends it once idle, and starts one again when needed', async () => {
  expect((await postImport(app, await ledger('first.xlsx', 2021))).body.status).toBe('COMMITTED');
  expect(threads()).toBe(1);
  // scraped as a gauge too, for an operator watching memory
  const metrics = await (await app.fetch('/metrics')).text();
  expect(metrics).toMatch(/^sports_ledger_import_threads 1$/m);

  await waitFor('the idle thread to end', async () => (threads() === 0 ? true : null), 15_000);

  expect((await postImport(app, await ledger('second.xlsx', 2022))).body.status).toBe('COMMITTED');
  expect(threads()).toBe(1);
}, 180_000);
