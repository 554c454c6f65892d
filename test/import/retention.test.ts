import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import * as path from 'node:path';
import { tempRoot } from '../../src/import/read/temp-file';
import { AcceptanceRollbackImportDocument } from '../support/generated/graphql';
import { runCli } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { scratchDir, writeFacilityLedger } from '../support/ledger-workbook';
import { startServerOn } from '../support/server-on';
import { startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';

// What the app keeps and for how long: a failed or dry-run upload's bytes for
// UPLOAD_RETENTION_DAYS, superseded rows until an operator purges them, and temporary files
// only while the process that wrote them is alive.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  app = await startTestApp();
  scratch = await scratchDir('retention');
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** Starts a second server on the test database, as a restart would; housekeeping runs at start. */
async function restart(): Promise<void> {
  const again = await startServerOn(app.running.db.url);
  await again.stop();
}

async function uploadBadLedger(fields: Record<string, string> = {}): Promise<number> {
  const { status, body } = await postImport(app, fixturePath('bad/cell-errors.xlsx'), fields);
  expect(status).toBe(422);
  return Number(body.id);
}

describe('upload retention', () => {
  it('drops the bytes of failed and dry-run uploads older than UPLOAD_RETENTION_DAYS, and keeps fresh and committed ones', async () => {
    const oldFailed = await uploadBadLedger();
    const oldDryRun = await uploadBadLedger({ dryRun: 'true' });
    const freshFailed = await uploadBadLedger();
    const committed = Number((await postImport(app, fixturePath('hedong-2022.xlsx'))).body.id);
    // a committed batch whose workbook was kept (as a report download would need) is not touched
    await app.sql(`update import_batch set content = '\\x504b0304'::bytea where id = ?`, [
      committed,
    ]);
    await app.sql(
      `update import_batch set created_at = now() - interval '8 days', finished_at = now() - interval '8 days' where id in (?, ?, ?)`,
      [oldFailed, oldDryRun, committed],
    );

    await restart();

    const rows = await app.sql<{ id: number; kept: boolean; status: string }>(
      `select id, content is not null as kept, status from import_batch where id in (?, ?, ?, ?) order by id`,
      [oldFailed, oldDryRun, freshFailed, committed],
    );
    expect(rows).toEqual([
      { id: oldFailed, kept: false, status: 'FAILED' },
      { id: oldDryRun, kept: false, status: 'FAILED' },
      { id: freshFailed, kept: true, status: 'FAILED' },
      { id: committed, kept: true, status: 'COMMITTED' },
    ]);
    // the batch and its report stay: only the bytes went
    const report = await app.sql<{ errors: number }>(
      `select jsonb_array_length(report->'errors') as errors from import_batch where id = ?`,
      [oldFailed],
    );
    expect(report[0].errors).toBeGreaterThan(0);
  });
});

describe('sports-ledger purge --superseded', () => {
  it('prints what a dry run would remove, then removes the superseded rows, after which the successor cannot be rolled back', async () => {
    const ledger = (name: string, rows: unknown[][]) =>
      writeFacilityLedger(scratch.file(name), { bureau: '祁县体育局', year: 2030, rows });
    const first = await ledger('qixian-a.xlsx', [
      ['东观镇健身园', '健身园', 3, 12.5],
      ['城关健身步道', '健身步道', 1, 40],
    ]);
    const second = await ledger('qixian-b.xlsx', [['东观镇健身园', '健身园', 4, 13]]);
    const old = await postImport(app, first);
    const replacing = await postImport(app, second);
    expect([old.body.status, replacing.body.status]).toEqual(['COMMITTED', 'COMMITTED']);
    const oldId = Number(old.body.id);
    const facilityRows = async () =>
      (
        await app.sql<{ n: number }>('select count(*)::int as n from facility where batch_id = ?', [
          oldId,
        ])
      )[0].n;
    expect(await facilityRows()).toBe(2);

    const url = app.running.db.url;
    const [dry, tooEarly] = await Promise.all([
      runCli(['purge', '--superseded', '--dry-run'], url),
      runCli(['purge', '--superseded', '--before', '2000-01-01'], url),
    ]);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.stdout).toContain(`batch ${oldId} qixian-a.xlsx`);
    expect(dry.stdout).toContain('would remove 2 facility rows');
    expect(tooEarly).toMatchObject({ code: 0 });
    expect(tooEarly.stdout).toContain('0 superseded batch(es), 0 row(s) removed');
    expect(await facilityRows()).toBe(2);

    const real = await runCli(['purge', '--superseded'], url);
    expect(real).toMatchObject({ code: 0 });
    expect(real.stdout).toContain(`batch ${oldId} qixian-a.xlsx`);
    expect(real.stdout).toMatch(/1 superseded batch\(es\), 2 row\(s\) removed/);
    expect(await facilityRows()).toBe(0);
    expect(
      await app.sql(
        'select status, purged_at is not null as purged from import_batch where id = ?',
        [oldId],
      ),
    ).toEqual([{ status: 'SUPERSEDED', purged: true }]);

    const rollback = await app.gqlRaw(
      AcceptanceRollbackImportDocument,
      { id: replacing.body.id },
      { 'accept-language': 'en' },
    );
    expect(rollback.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('purged'),
        extensions: expect.objectContaining({ code: 'ROLLBACK_REFUSED' }),
      }),
    ]);
  }, 240_000);
});

describe('temporary files', () => {
  it('removes those of processes no longer running at start, and leaves a live process’s alone', async () => {
    const deadPid = await pidOfEndedProcess();
    const dead = path.join(tempRoot(), `${deadPid}-0dead000`);
    const live = path.join(tempRoot(), `${process.pid}-0live000`);
    const legacy = path.join(os.tmpdir(), 'sports-ledger-upload-retention-test');
    for (const dir of [path.join(dead, 'upload-x'), live, legacy]) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'ledger.xlsx'), Buffer.alloc(1024));
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await utimes(legacy, twoHoursAgo, twoHoursAgo);

    await restart();

    const exists = (dir: string) =>
      stat(dir).then(
        () => true,
        () => false,
      );
    expect([await exists(dead), await exists(legacy), await exists(live)]).toEqual([
      false,
      false,
      true,
    ]);
    expect(await readdir(live)).toEqual(['ledger.xlsx']);
    await rm(live, { recursive: true, force: true });
  });
});

/** The pid of a process that has ended (so no process of this machine has it, for now). */
function pidOfEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => resolve(child.pid!));
  });
}
