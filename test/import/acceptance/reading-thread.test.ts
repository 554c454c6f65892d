import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../../support/databases';
import { fixturePath } from '../../support/fixtures';
import { JsBuild } from '../../support/js-build';

const execFileAsync = promisify(execFile);

interface BatchRow {
  file_name: string;
  status: string;
  dry_run: boolean;
  rows_imported: number;
  errors: { code: string }[];
}

// Excel stores a workbook's sheets before xl/sharedStrings.xml. exceljs's streaming reader copied
// such sheets to temporary files and, with TMPDIR pointed elsewhere (systemd's PrivateTmp, many
// containers) and several uploads at once, lost the shared strings: most seed ledgers were
// refused as damaged. The reader now opens the parts by name, shared strings first.
describe('the reading thread with TMPDIR pointed at another directory', () => {
  let temp: string;
  let batches: BatchRow[];
  const ledgers = ['hedong-2022.xlsx', 'jinzhong-2021.xlsx'].map(fixturePath);

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'private-tmp-'));
    const databaseUrl = await createTestDatabase();
    const { stdout } = await execFileAsync(
      process.execPath,
      [JsBuild.ofRun().script('concurrent-imports-child.ts'), databaseUrl, ...ledgers],
      { env: { ...process.env, TMPDIR: temp } },
    );
    batches = JSON.parse(stdout) as BatchRow[];
  }, 180_000);

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('validates every one of several dry runs of the seed ledgers made at once', () => {
    const dry = batches.filter((b) => b.dry_run);
    expect(dry).toHaveLength(6);
    for (const batch of dry) {
      expect({ file: batch.file_name, errors: batch.errors }).toEqual({
        file: batch.file_name,
        errors: [],
      });
      expect(batch.status).toBe('VALIDATED');
    }
  });

  it('commits both seed ledgers imported at once, with the rows every dry run read', () => {
    const real = batches.filter((b) => !b.dry_run);
    expect(real.map((b) => [b.file_name, b.status])).toEqual([
      [expect.any(String), 'COMMITTED'],
      [expect.any(String), 'COMMITTED'],
    ]);
    for (const batch of real) {
      const dry = batches.filter((b) => b.dry_run && b.file_name === batch.file_name);
      expect(dry.map((b) => b.rows_imported)).toEqual([
        batch.rows_imported,
        batch.rows_imported,
        batch.rows_imported,
      ]);
      expect(batch.rows_imported).toBeGreaterThan(30);
    }
  });
});
