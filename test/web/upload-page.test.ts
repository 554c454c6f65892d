import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fixturePath } from '../support/fixtures';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  axeViolations,
  buildPages,
  describeInBrowser,
  launchBrowser,
  screenshot,
} from '../support/browser';

// The clerk's loop in a real browser (issue "Web pages"): drop a ledger on 上传台账, read what was
// understood and what is wrong at which cell, map a column the importer cannot place, commit, and
// roll back on 导入记录 — all on the app's own pages, checked by axe-core as they stand.

// generous guards: the machines that run these share their cores
jest.setTimeout(120_000);

describeInBrowser('the upload and history pages', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;

  beforeAll(async () => {
    await buildPages();
    [app, browser, scratch] = await Promise.all([
      startTestApp(),
      launchBrowser(),
      scratchDir('web-upload'),
    ]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(60_000);
    await page.goto(`${app.url}/`);
    // the key is entered once and kept for the browser session
    await page.getByLabel('API 密钥').fill(app.key!);
    await page.getByRole('button', { name: '使用密钥' }).click();
    await page.getByTestId('caller').getByText('管理员').waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await scratch?.remove();
  });

  async function upload(file: string): Promise<void> {
    await page.goto(`${app.url}/`);
    await page.getByLabel('选择台账文件').setInputFiles(file);
    await page.getByTestId('batch-status').waitFor({ timeout: 60_000 });
  }

  /** Drops the file on the page's drop target, as a clerk drags it from the desktop. */
  async function drop(file: string): Promise<void> {
    await page.goto(`${app.url}/`);
    const content = (await readFile(file)).toString('base64');
    // built in the page (the test's own types have no DOM): a DataTransfer holding the file
    const dataTransfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(content)}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(path.basename(file))}));
      return transfer;
    })()`);
    await page.dispatchEvent('label.drop', 'dragover', { dataTransfer });
    await page.dispatchEvent('label.drop', 'drop', { dataTransfer });
    await page.getByTestId('batch-status').waitFor({ timeout: 60_000 });
  }

  async function expectAccessible(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  it('checks the Hedong seed ledger dropped on the page first, then commits it', async () => {
    await drop(fixturePath('hedong-2022.xlsx'));
    await expect(page.getByTestId('batch-status').textContent()).resolves.toBe(
      '检查通过，可以提交',
    );
    const sheets = await page.locator('table').first().innerText();
    expect(sheets).toContain('赛事活动');
    expect(sheets).toContain('场地设施');
    expect(await page.getByText('天津市河东区（120102）').count()).toBe(1);
    await screenshot(page, 'upload-checked.png');
    await expectAccessible();

    await page.getByRole('button', { name: '提交导入' }).click();
    const status = page.getByTestId('batch-status');
    await status.getByText(/^已提交第 \d+ 批/).waitFor({ timeout: 60_000 });
    const id = /第 (\d+) 批/.exec((await status.textContent())!)![1];
    const [batch] = await app.sql<{ status: string; dry_run: boolean; region_code: string }>(
      'select status, dry_run, region_code from import_batch where id = ?',
      [id],
    );
    expect(batch).toEqual({ status: 'COMMITTED', dry_run: false, region_code: '120102' });
    await screenshot(page, 'upload-committed.png');
  });

  it('lists the errors of cell-errors.xlsx at their cells, with the row as written', async () => {
    await upload(fixturePath('bad/cell-errors.xlsx'));
    await expect(page.getByTestId('batch-status').textContent()).resolves.toBe(
      '有错误，未写入任何数据',
    );
    const errors = page.getByTestId('errors');
    const cells = await errors
      .locator('tr[data-cell]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-cell')));
    expect(cells).toEqual(
      expect.arrayContaining([
        '场地设施!F5',
        '场地设施!B6',
        '场地设施!G7',
        '场地设施!E8',
        '场地设施!C9',
        '场地设施!F10',
      ]),
    );
    const f5 = errors.locator('tr[data-cell="场地设施!F5"]');
    expect(await f5.innerText()).toContain('待定');
    await f5.getByRole('button').click();
    const row = await page.locator('tr.rowvalues').innerText();
    expect(row).toContain('第 5 行原文');
    expect(row).toContain('待定');
    expect(await page.getByTestId('warnings').innerText()).toContain('游乐场');
    expect(await page.getByRole('button', { name: '提交导入' }).count()).toBe(0);
    await screenshot(page, 'upload-errors.png');
    await expectAccessible();

    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载标注报告（.xlsx）' }).click();
    const report = await saved;
    expect(report.suggestedFilename()).toBe('cell-errors-导入问题.xlsx');
    const bytes = await readFile((await report.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    // English: the page's words, and the server's words for the same batch
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('"待定" is not a number', { exact: false }).waitFor();
    expect(await page.getByTestId('batch-status').textContent()).toBe(
      'Refused: nothing was written',
    );
    await screenshot(page, 'upload-errors-en.png');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByTestId('batch-status').getByText('有错误，未写入任何数据').waitFor();
  });

  it('maps a column the importer cannot place in the page, and the import goes through', async () => {
    const file = await writeWorkbook(scratch.file('祁县2041.xlsx'), [
      {
        name: '场地设施',
        rows: [
          ['2041年体育场地设施台账'],
          ['填报单位：祁县体育局'],
          ['年度：2041'],
          ['序号', '项目名称', '设施类型', '数量', '合同价'],
          [1, '东观镇健身园', '健身园', 3, 15],
          [2, '昌源河健身步道', '健身步道', 1, 120],
        ],
      },
    ]);
    await upload(file);
    await expect(page.getByTestId('errors').innerText()).resolves.toContain('合同价');
    await page.getByLabel('「合同价」的含义').selectOption('investment');
    await screenshot(page, 'upload-mapping.png');
    await expectAccessible();
    await page.getByRole('button', { name: '按此对应重新检查' }).click();
    await page.getByTestId('batch-status').getByText('检查通过，可以提交').waitFor();
    await page.getByRole('button', { name: '提交导入' }).click();
    await page
      .getByTestId('batch-status')
      .getByText(/^已提交第/)
      .waitFor({ timeout: 60_000 });

    const rows = await app.sql<{ name: string; investment_yuan: number }>(
      `select name, investment_yuan from facility f join import_batch b on b.id = f.batch_id
       where b.status = 'COMMITTED' and f.region_code = '140727' order by name`,
    );
    expect(rows).toEqual([
      { name: '东观镇健身园', investment_yuan: 150000 },
      { name: '昌源河健身步道', investment_yuan: 1200000 },
    ]);
  });

  it('asks for the region and year only when the file does not say them', async () => {
    const csv = scratch.file('榆次区.csv');
    await writeFile(csv, '项目名称,设施类型,数量\n东阳镇健身园,健身园,2\n');
    await upload(csv);
    const codes = await page.getByTestId('errors').innerText();
    expect(codes).toContain('没有地区');
    await page.getByLabel('地区代码（如 120102）').fill('140702');
    await page.getByLabel('年度', { exact: true }).fill('2042');
    await page.getByRole('button', { name: '重新检查' }).click();
    await page.getByTestId('batch-status').getByText('检查通过，可以提交').waitFor();
    expect(await page.getByText('山西省晋中市榆次区（140702） · 年度：2042').count()).toBe(1);
  });

  it('shows the imports on 导入记录 and rolls one back after confirmation', async () => {
    await page.goto(`${app.url}/history`);
    const table = page.getByTestId('history');
    await table.waitFor().catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
    });
    const text = await table.innerText();
    expect(text).toContain('hedong-2022.xlsx');
    expect(text).toContain('祁县2041.xlsx');
    expect(text).toContain('admin');
    await screenshot(page, 'history.png');
    await expectAccessible();

    const qixian = table.locator('tr', { hasText: '祁县2041.xlsx' }).filter({ hasText: '已提交' });
    const id = await qixian.getAttribute('data-batch');
    await qixian.getByRole('button', { name: '回滚' }).click();
    await page.getByRole('alertdialog').getByText(`确定回滚第 ${id} 批`).waitFor();
    await screenshot(page, 'history-confirm.png');
    await page.getByRole('button', { name: '确认回滚' }).click();
    await page.getByText(`第 ${id} 批已回滚`).waitFor();
    const [batch] = await app.sql<{ status: string }>(
      'select status from import_batch where id = ?',
      [id],
    );
    expect(batch.status).toBe('ROLLED_BACK');
  });
});
