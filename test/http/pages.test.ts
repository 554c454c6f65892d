import { ConfigError, loadConfig } from '../../src/config';
import { contentPolicy } from '../../src/http/pages';
import { startTestApp, asKey, type TestApp } from '../support/test-app';

// What the pages ask the server for besides GraphQL: who the key is (GET /web/session), and the
// framing rule of the embeddable comparison (FRAME_ANCESTORS, decisions §21).

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /web/session', () => {
  it("tells a page the key's name and role", async () => {
    const response = await app.fetch('/web/session');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      auth: true,
      readsNeedKey: false,
      caller: { name: 'admin', role: 'ADMIN', regionCode: null },
      refusal: null,
    });
  });

  it('says why a key is refused, in the language asked for, and names no one without a key', async () => {
    const bad = await app.fetch('/web/session', {
      headers: { ...asKey('sl_not-a-key'), 'accept-language': 'en' },
    });
    expect(await bad.json()).toMatchObject({
      caller: null,
      refusal: { code: 'MALFORMED', message: expect.stringContaining('malformed') },
    });
    const none = await app.fetch('/web/session', { headers: asKey(null) });
    expect(await none.json()).toMatchObject({ caller: null, refusal: null });
  });
});

describe('FRAME_ANCESTORS', () => {
  it("defaults to 'self' and takes origins and the keywords, with or without quotes", () => {
    expect(loadConfig({}).frameAncestors).toEqual(["'self'"]);
    expect(
      loadConfig({ FRAME_ANCESTORS: "self, https://portal.example/ 'none'" }).frameAncestors,
    ).toEqual(["'self'", 'https://portal.example', "'none'"]);
  });

  it('refuses to start with an entry that is neither an http(s) origin nor a keyword', () => {
    expect(() => loadConfig({ FRAME_ANCESTORS: 'portal.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ FRAME_ANCESTORS: 'portal.example' })).toThrow(/FRAME_ANCESTORS/);
  });

  it('applies to the embed view only; every other page is framed by the app alone', () => {
    const config = { frameAncestors: ["'self'", 'https://portal.example'] };
    expect(contentPolicy(config, true)).toContain("frame-ancestors 'self' https://portal.example");
    expect(contentPolicy(config, false)).toContain("frame-ancestors 'self'");
    expect(contentPolicy(config, false)).not.toContain('portal.example');
  });
});
