import { runCli } from '../support/cli';
import { adminQuery, runPrefix, withDatabase } from '../support/databases';

const adminUrl = process.env.TEST_ADMIN_URL!;
const name = `${runPrefix()}_migrate_log_${process.env.JEST_WORKER_ID ?? '0'}`;

beforeAll(async () => {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(adminUrl, `create database ${name}`);
});

afterAll(async () => {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
});

describe('the migrator', () => {
  it('writes its progress as JSON lines through the app logger, and nothing else to stdout', async () => {
    const run = await runCli(['migrate'], withDatabase(adminUrl, name), { LOG_LEVEL: 'info' });
    expect(run.code).toBe(0);

    const lines = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const migrator = lines.filter((line) => line.orm === 'migrator');
    const processing = migrator.filter((line) => /^Processing '\w+'$/.test(String(line.msg)));
    const applied = migrator.filter((line) => /^Applied '\w+'$/.test(String(line.msg)));
    expect(processing.length).toBeGreaterThan(0);
    expect(applied).toHaveLength(processing.length);
    expect(migrator.every((line) => line.app === 'sports-ledger' && line.level === 30)).toBe(true);
    expect(lines.at(-1)).toEqual(expect.objectContaining({ msg: 'database is up to date' }));
    expect(run.stdout).not.toContain('[migrator]');
  }, 120_000);
});
