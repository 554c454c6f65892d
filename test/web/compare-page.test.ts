import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiKeyStore } from '../../src/modules/access';
import { fixturePath } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';
import {
  axeViolations,
  buildPages,
  describeInBrowser,
  launchBrowser,
  screenshot,
} from '../support/browser';

// 对比分析 in a real browser on the two seed ledgers, the embed view and its framing rule, and how
// the pages follow a key's role: a reader is offered no upload, an uploader sees its region only.

const VIEW = 'regions=120102,140700&metrics=results.gold,facilities.quantity';
const PORTAL = 'https://portal.example';

// generous guards: the machines that run these share their cores
jest.setTimeout(120_000);

describeInBrowser('the comparison page and the keys on the pages', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildPages();
    [app, browser] = await Promise.all([
      startTestApp({ FRAME_ANCESTORS: `'self' ${PORTAL}` }),
      launchBrowser(),
    ]);
    for (const ledger of ['hedong-2022.xlsx', 'jinzhong-2021.xlsx']) {
      expect((await postImport(app, fixturePath(ledger))).body.status).toBe('COMMITTED');
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A tab whose session already holds `key`, as if it had been entered on an earlier page. */
  async function openAs(key: string | null, urlPath: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    if (key) {
      // runs in the page, before its scripts: sessionStorage is the browser's
      await context.addInitScript((k) => {
        const { sessionStorage } = globalThis as unknown as {
          sessionStorage: { setItem(name: string, value: string): void };
        };
        sessionStorage.setItem('sports-ledger.key', k);
      }, key);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${app.url}${urlPath}`);
    return page;
  }

  const valueOf = (page: Page, region: string, year: number, metric = 'results.gold') =>
    page
      .locator(`tr[data-region="${region}"][data-year="${year}"][data-metric="${metric}"] td.num`)
      .first()
      .innerText();

  it('draws 120102 and 140700 side by side and tables 81 and 33 gold', async () => {
    const page = await openAs(null, `/compare?${VIEW}`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.getByTestId('compare-table').waitFor();
    expect(await valueOf(page, '120102', 2022)).toBe('81');
    expect(await valueOf(page, '140700', 2021)).toBe('33');
    expect(await page.getByTestId('compare-table').innerText()).toContain(
      '山西省晋中市下属 11 个县级行政区中只有 0 个填报',
    );

    const bars = page.locator('figure[data-metric="results.gold"][data-chart="bar"] svg');
    await bars.waitFor();
    const drawn = await bars.evaluate((svg) => ({
      paths: svg.querySelectorAll('path').length,
      text: svg.textContent ?? '',
    }));
    expect(drawn.paths).toBeGreaterThan(4);
    expect(drawn.text).toMatch(/河东区[\s\S]*晋中市/);
    expect(drawn.text).toContain('81');
    expect(drawn.text).toContain('33');
    expect(await page.locator('figure[data-chart="line"] svg').count()).toBe(2);
    const csv = await page.getByRole('link', { name: '下载 CSV' }).getAttribute('href');
    expect(csv).toBe(
      '/export/compare.csv?regions=120102%2C140700&metrics=results.gold%2Cfacilities.quantity&normalize=NONE',
    );
    const rows = await (await app.fetch(csv!)).text();
    expect(rows).toMatch(/120102,天津市河东区,2022,results\.gold,金牌,81,/);
    await screenshot(page, 'compare.png');
    expect(await axeViolations(page)).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${app.url}/`))).toEqual([]);
  });

  it('finds regions by name with their full names, keeps the view in the URL, and speaks English', async () => {
    const page = await openAs(null, '/compare?regions=140700&metrics=results.gold');
    await page.getByTestId('compare-table').waitFor();
    await page.getByPlaceholder('搜索地区（名称、拼音或代码）').fill('河东');
    const suggestions = page.locator('.suggestions');
    await suggestions.getByText('天津市河东区').waitFor();
    expect(await suggestions.innerText()).toContain('山东省临沂市河东区');
    await suggestions.getByText('天津市河东区').click();
    await page.locator('tr[data-region="120102"]').first().waitFor();
    expect(new URL(page.url()).searchParams.get('regions')).toBe('140700,120102');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Compare regions' }).waitFor();
    await page.getByText('of the 11 county-level regions', { exact: false }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'compare-en.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('serves the embed view without the site frame, framed only by FRAME_ANCESTORS', async () => {
    const page = await openAs(null, `/compare?${VIEW}&embed=1`);
    await page.getByTestId('compare-table').waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    expect(await valueOf(page, '120102', 2022)).toBe('81');
    await screenshot(page, 'compare-embed.png');
    expect(await axeViolations(page)).toEqual([]);

    const policy = async (urlPath: string) =>
      (await app.fetch(urlPath)).headers.get('content-security-policy') ?? '';
    expect(await policy(`/compare?${VIEW}&embed=1`)).toContain(`frame-ancestors 'self' ${PORTAL}`);
    for (const urlPath of ['/', '/history', `/compare?${VIEW}`]) {
      expect(await policy(urlPath)).toMatch(/frame-ancestors 'self'$|frame-ancestors 'self';/);
      expect(await policy(urlPath)).toContain("script-src 'self'");
    }
  });

  it('offers a reader key no upload, and shows an uploader its own region only', async () => {
    const store = apiKeyStore(app.running.services.db);
    const reader = (
      await store.create({ name: '市局大屏', role: 'READER', regionCode: null, expiresAt: null })
    ).key;
    const uploader = (
      await store.create({
        name: '河东区体育局',
        role: 'UPLOADER',
        regionCode: '120102',
        expiresAt: null,
      })
    ).key;

    const asReader = await openAs(reader, '/');
    await asReader.getByText('此密钥只能查询，不能上传台账').waitFor();
    expect(await asReader.getByTestId('caller').innerText()).toContain('市局大屏 · 只读');
    expect(await asReader.getByLabel('选择台账文件').count()).toBe(0);

    const asUploader = await openAs(uploader, '/history');
    await asUploader.getByTestId('history').waitFor();
    expect(await asUploader.getByTestId('caller').innerText()).toContain(
      '河东区体育局 · 上传员 · 天津市河东区 120102',
    );
    const history = await asUploader.getByTestId('history').innerText();
    expect(history).toContain('hedong-2022.xlsx');
    expect(history).not.toContain('jinzhong-2021.xlsx');
    expect(await asUploader.getByRole('button', { name: '回滚' }).count()).toBe(1);
    await screenshot(asUploader, 'history-uploader.png');
  });
});
