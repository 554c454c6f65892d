import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { apiKeyStore } from '../../src/modules/access';
import { fixturePath } from '../support/fixtures';
import { startServerOn } from '../support/server-on';
import { asKey, startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';

const READ = JSON.stringify({ query: '{ importBatches(first: 1) { totalCount } }' });

async function read(app: TestApp, headers: Record<string, string>) {
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: READ,
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions.code ?? null };
}

describe('the first start', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('makes one admin key and writes it to DATA_DIR/admin-key, readable by the owner alone', async () => {
    const file = path.join(app.dataDir, 'admin-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toMatch(/^sl_[0-9A-Za-z]{36}$/);
    const keys = await apiKeyStore(app.running.services.db).list();
    expect(keys).toEqual([
      expect.objectContaining({ role: 'ADMIN', name: 'admin', revoked: false }),
    ]);
  });

  it('does so once: a later start leaves the key and the file as they are', async () => {
    const file = path.join(app.dataDir, 'admin-key');
    const before = { text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs };

    const again = await startServerOn(app.running.db.url, { DATA_DIR: app.dataDir });
    await again.stop();

    expect({ text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs }).toEqual(
      before,
    );
    expect(await app.sql('select id from api_key')).toHaveLength(1);
  });
});

describe('NODE_ENV=production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers an anonymous read with 401 UNAUTHENTICATED, a reader key with the data', async () => {
    const reader = await apiKeyStore(app.running.services.db).create({
      name: 'dashboard',
      role: 'READER',
      regionCode: null,
      expiresAt: null,
    });

    expect(await read(app, asKey(null))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await read(app, asKey(reader.key))).toEqual({ status: 200, code: null });
  });

  it('serves a kept answer only to a caller who may read', async () => {
    const question = JSON.stringify({ query: '{ medalTable(competition: "1") { rank } }' });
    const ask = (headers: Record<string, string>) =>
      app.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: question,
      });

    expect((await ask({})).status).toBe(200);
    expect((await ask({})).status).toBe(200); // now from the kept bytes
    expect((await ask(asKey(null))).status).toBe(401);
  });

  it('takes ?key= on /export URLs, for BI tools that cannot send headers', async () => {
    const question = '/export/medal-table.csv?competition=1';
    const anonymous = await app.fetch(question, { headers: asKey(null) });
    const withKey = await app.fetch(`${question}&key=${app.key}`, { headers: asKey(null) });

    expect(anonymous.status).toBe(401);
    expect(withKey.status).toBe(200);
  });

  it('refuses a revoked key a read', async () => {
    const store = apiKeyStore(app.running.services.db);
    const made = await store.create({
      name: 'old',
      role: 'READER',
      regionCode: null,
      expiresAt: null,
    });
    await store.revoke(String(made.id));

    expect(await read(app, asKey(made.key))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('PUBLIC_READ=on in production, and AUTH=off', () => {
  it('PUBLIC_READ=on opens reads and keeps writes behind a key', async () => {
    const app = await startTestApp({ NODE_ENV: 'production', PUBLIC_READ: 'on' });
    try {
      expect(await read(app, asKey(null))).toEqual({ status: 200, code: null });
      const write = await postImport(
        app,
        fixturePath('hedong-2022.xlsx'),
        {},
        undefined,
        asKey(null),
      );
      expect(write.status).toBe(401);
    } finally {
      await app.stop();
    }
  });

  it('AUTH=off lets anyone write and makes no admin key', async () => {
    const app = await startTestApp({ AUTH: 'off' });
    try {
      const write = await postImport(app, fixturePath('hedong-2022.xlsx'));
      expect(write).toMatchObject({
        status: 200,
        body: { status: 'COMMITTED', uploadedBy: 'anonymous' },
      });
      expect(existsSync(path.join(app.dataDir, 'admin-key'))).toBe(false);
    } finally {
      await app.stop();
    }
  });
});
