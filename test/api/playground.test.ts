import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, screenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const CDN = /unpkg\.com|jsdelivr\.net|cdnjs|esm\.sh|googleapis|gstatic|skypack/i;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

async function playgroundHtml(): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return response.text();
}

/** Every script src and stylesheet href of the page. */
const assetUrls = (html: string) =>
  [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

describe('the GraphiQL playground', () => {
  it('is served at GET /graphql to a browser, with only same-origin assets', async () => {
    const html = await playgroundHtml();
    const urls = assetUrls(html);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      expect(url).toMatch(/^\/(?!\/)/);
    }
    expect(html).not.toMatch(CDN);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });

  it('serves every asset the page names with 200 and a fitting content type', async () => {
    for (const url of assetUrls(await playgroundHtml())) {
      const response = await fetch(new URL(url, app.url));
      expect([url, response.status]).toEqual([url, 200]);
      const type = url.endsWith('.css') ? /text\/css/ : /javascript/;
      expect(response.headers.get('content-type')).toMatch(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL clients at GET /graphql', async () => {
    const query = encodeURIComponent('{ region(code: "140700") { name } }');
    const response = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { region: { name: '晋中市' } } });
  });

  describeInBrowser('in a browser', () => {
    let browser: Browser | undefined;

    beforeAll(async () => {
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('runs the example query and shows 晋中市’s counties, loading nothing from elsewhere', async () => {
      const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      const requested: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('pageerror', (error) => pageErrors.push(error.message));

      const example = page.waitForResponse(
        (r) =>
          r.request().method() === 'POST' && /CompareRegions/.test(r.request().postData() ?? ''),
      );
      await page.goto(`${app.url}/graphql`);
      await page.waitForSelector('.graphiql-container', { timeout: 15000 });
      await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 15000 });
      await page.click('.graphiql-execute-button');
      await page.locator('.graphiql-response', { hasText: '榆次区' }).waitFor({ timeout: 15000 });
      const response = await page.textContent('.graphiql-response');
      await screenshot(page, 'playground.png');

      expect(response).toContain('山西省晋中市');
      expect(response).not.toContain('"errors"');
      const body = (await (await example).json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      // A fresh database holds no ledger: the comparison has no rows yet, the region is there.
      expect(body.data).toMatchObject({ compare: [], region: { fullName: '山西省晋中市' } });
      expect(pageErrors).toEqual([]);
      const foreign = requested.filter(
        (url) => !url.startsWith(`${app.url}/`) && !/^(data|blob):/.test(url),
      );
      expect(foreign).toEqual([]);
      await page.close();
    });
  });
});
