import { readFile, writeFile } from 'node:fs/promises';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { fixturePath } from '../../support/fixtures';
import { HostilePingDocument } from '../../support/generated/graphql';
import { repeatedPart, rewriteXlsx, zipContents } from '../../support/hostile-files';
import { scratchDir, writeFacilityLedger } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport } from '../../support/uploads';

// Files built to exhaust the server: a style sheet that unpacks to 200 MB, a sheet with a
// million merged ranges, a CSV line of 100,000 columns or a cell of 40,000 characters. Each is
// answered within seconds with a refusal that says what is wrong, nothing is written, and the
// server keeps answering meanwhile.

const MiB = 1024 * 1024;
const ENGLISH = { 'accept-language': 'en' };

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let ledger: string;

beforeAll(async () => {
  scratch = await scratchDir('hostile');
  [app, ledger] = await Promise.all([
    startTestApp(),
    writeFacilityLedger(scratch.file('ledger.xlsx'), {
      bureau: '祁县体育局',
      year: 2023,
      rows: [
        ['祁县全民健身中心', '体育馆', 1, 1200],
        ['昭馀镇健身路径', '健身路径', 3, 15.5],
      ],
    }),
  ]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** A style sheet of `count` identical cell formats: 200 bytes each, a few hundred KB zipped. */
async function stylesBomb(out: string, megabytes: number): Promise<string> {
  const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  const count = Math.ceil((megabytes * MiB) / xf.length);
  const styles = await repeatedPart(
    'xl/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>',
    xf,
    count,
    '</cellXfs></styleSheet>',
  );
  return rewriteXlsx(ledger, out, { 'xl/styles.xml': styles });
}

/** Timings of `{ __typename }` asked every 100 ms while `work` runs. */
async function pingsDuring<T>(work: Promise<T>): Promise<{ result: T; slowestMs: number }> {
  let done = false;
  let slowestMs = 0;
  const pinging = (async () => {
    while (!done) {
      const started = Date.now();
      expect(await app.gql(HostilePingDocument)).toEqual({ __typename: 'Query' });
      slowestMs = Math.max(slowestMs, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await work, slowestMs };
  } finally {
    done = true;
    await pinging;
  }
}

describe('a style sheet that unpacks far past its size (a zip bomb in one part)', () => {
  it('refuses the dry run with ZIP_BOMB naming the part, and writes nothing', async () => {
    const bomb = await stylesBomb(scratch.file('styles-bomb.xlsx'), 200);
    const before = await snapshotImportedTables(app.sql);
    const { status, body } = await postImport(app, bomb, { dryRun: 'true' });
    expect(status).toBe(422);
    expect(body.status).toBe('FAILED');
    expect(body.errors[0]).toMatchObject({ code: 'ZIP_BOMB' });
    expect(body.errors[0].message).toBe(
      '此工作簿的内部部件 xl/styles.xml 解压后超过上限（32 MB），远超任何台账，未读取。',
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    // refused before any cell was read, the upload is not kept: the report is the list alone
    const report = await fetch(`${app.url}/imports/${body.id}/report.xlsx`);
    expect(report.status).toBe(200);
  });

  it('refuses to mark up a stored upload holding such a part: 422 JSON, memory as it was', async () => {
    const bomb = await stylesBomb(scratch.file('stored-bomb.xlsx'), 200);
    // a batch whose upload was kept before parts had a limit of their own
    const { body } = await postImport(app, fixturePath('bad/cell-errors.xlsx'), { dryRun: 'true' });
    expect(body.status).toBe('FAILED');
    await app.sql('update import_batch set content = ? where id = ?', [
      await readFile(bomb),
      body.id,
    ]);
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    for (const [headers, text] of [
      [{}, /^无法为本批生成标注报告：此工作簿的内部部件 xl\/styles\.xml 解压后超过上限（32 MB）/],
      [
        ENGLISH,
        /^no marked-up report can be built for this batch: Its part xl\/styles\.xml unpacks/,
      ],
    ] as const) {
      const response = await fetch(`${app.url}/imports/${body.id}/report.xlsx`, { headers });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('REPORT_REFUSED');
      expect(error.message).toMatch(text);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    // the test app serves in this process: exceljs loading the part would take gigabytes
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * MiB);
  });
});

/** The ledger with `count` more merged ranges written into its sheet (built as XML, not by exceljs). */
async function withMerges(out: string, count: number, ref: (i: number) => string): Promise<string> {
  const sheet = (await zipContents(ledger)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const merges = Array.from({ length: count }, (_, i) => `<mergeCell ref="${ref(i)}"/>`).join('');
  const xml = sheet.replace(
    /<mergeCells count="(\d+)">/,
    (_open, n: string) => `<mergeCells count="${Number(n) + count}">${merges}`,
  );
  expect(xml).not.toBe(sheet);
  return rewriteXlsx(ledger, out, { 'xl/worksheets/sheet1.xml': xml });
}

describe('merged ranges by the hundred thousand', () => {
  it('imports a sheet with 100,000 merged ranges (the limit) in seconds, answering meanwhile', async () => {
    const file = await withMerges(
      scratch.file('merges-100k.xlsx'),
      99_999,
      (i) => `H${i + 10}:J${i + 10}`,
    );
    const started = Date.now();
    const { result, slowestMs } = await pingsDuring(postImport(app, file, { dryRun: 'true' }));
    expect([result.status, result.body.errors]).toEqual([200, []]);
    expect(result.body).toMatchObject({ status: 'VALIDATED', rowsImported: 2 });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(slowestMs).toBeLessThan(5_000);
    process.stdout.write(`100k merges: ${Date.now() - started} ms, slowest ping ${slowestMs} ms\n`);
  });

  it('refuses a sheet with a million merged ranges, naming the sheet', async () => {
    const file = await withMerges(
      scratch.file('merges-1m.xlsx'),
      1_000_000,
      (i) => `F${i + 1}:G${i + 1}`,
    );
    const started = Date.now();
    const { status, body } = await postImport(app, file, {}, 'merges.xlsx', ENGLISH);
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'TOO_MANY_MERGES' });
    expect(body.errors[0].message).toMatch(/^Sheet "场地设施" has more than 100000 merged ranges/);
    expect(Date.now() - started).toBeLessThan(60_000);
    const zh = await fetch(`${app.url}/imports/${body.id}/report.xlsx`);
    expect(zh.status).toBe(200);
  });
});

describe('a CSV past what an Excel sheet holds', () => {
  const head = '填报单位：祁县体育局\n年度：2023\n序号,项目名称,设施类型,数量,投资额（万元）\n';

  it('refuses a line of 100,001 columns at its row before parsing it', async () => {
    const file = scratch.file('wide.csv');
    await writeFile(file, `${head}1,${'9,'.repeat(100_000)}9\n`);
    const before = await snapshotImportedTables(app.sql);
    const { status, body } = await postImport(app, file);
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'CSV_BEYOND_EXCEL' });
    expect(body.errors[0].message).toBe(
      '第 4 行超过 16384 列，超出了 Excel 工作表的上限，未读取。请确认这是另存为 CSV 的台账，或把它拆成几个文件。',
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('refuses a cell of 40,000 characters, naming its row, in English too', async () => {
    const file = scratch.file('long-cell.csv');
    await writeFile(file, `${head}1,"${'长'.repeat(40_000)}",体育馆,1,1200\n`);
    const { status, body } = await postImport(app, file, {}, 'long-cell.csv', ENGLISH);
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'CSV_BEYOND_EXCEL' });
    expect(body.errors[0].message).toMatch(
      /^Row 4 of this CSV file has a cell of more than 32767 characters/,
    );
  });

  it('still imports the same CSV within the limits', async () => {
    const file = scratch.file('fine.csv');
    await writeFile(file, `${head}1,"祁县全民健身中心, 一期",体育馆,1,1200\n`);
    const { status, body } = await postImport(app, file, { dryRun: 'true' });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: [] });
  });
});
