import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { apiKeyStore } from '../../src/modules/access';
import type { Role } from '../../src/modules/common/access';
import { snapshotImportedTables } from '../support/db-snapshot';
import { fixturePath } from '../support/fixtures';
import {
  AccessBatchDocument,
  AccessImportLedgerDocument,
  AccessRollbackDocument,
} from '../support/generated/graphql';
import { writeWorkbook } from '../support/ledger-workbook';
import { asKey, startTestApp, type TestApp } from '../support/test-app';
import { gqlUpload, postImport } from '../support/uploads';

// The acceptance: a key bound to 河东区 (120102) imports its own ledger and nothing else,
// rolls back only its own region's batches; readers, revoked, expired and absent keys write nothing.

let app: TestApp;
let makeKey: (role: Role, regionCode?: string | null, expiresAt?: Date | null) => Promise<string>;
let mixedLedger: string;

beforeAll(async () => {
  app = await startTestApp();
  const store = apiKeyStore(app.running.services.db);
  makeKey = async (role, regionCode = null, expiresAt = null) =>
    (await store.create({ name: `${role} key`, role, regionCode, expiresAt })).key;
  const dir = await mkdtemp(path.join(tmpdir(), 'access-'));
  // No 填报单位 line: each row names its own region, one of them in 晋中市 (140700).
  mixedLedger = await writeWorkbook(path.join(dir, 'mixed.xlsx'), [
    {
      name: '场地设施',
      rows: [
        ['2022年场地设施台账'],
        ['地区', '年度', '项目名称', '设施类型', '数量'],
        ['120102', 2022, '河东区全民健身中心', '全民健身中心', 1],
        ['140700', 2022, '晋中市体育场', '体育场', 1],
      ],
    },
  ]);
});

afterAll(async () => {
  await app?.stop();
});

const importAs = (key: string | null, file: string) =>
  gqlUpload(app, AccessImportLedgerDocument, file, {}, undefined, asKey(key));

describe('an uploader key bound to 120102 (河东区)', () => {
  let uploader: string;

  beforeAll(async () => {
    uploader = await makeKey('UPLOADER', '120102');
  });

  it('imports the 河东区 ledger, and the batch names the key that uploaded it', async () => {
    const result = await importAs(uploader, fixturePath('hedong-2022.xlsx'));

    expect(result.errors).toBeUndefined();
    const batch = result.data!.importLedger;
    expect(batch).toMatchObject({ status: 'COMMITTED', region: { code: '120102' } });
    expect(batch.uploadedBy).toBe('UPLOADER key');
    const [row] = await app.sql<{ uploaded_by_key_id: number | null }>(
      'select uploaded_by_key_id from import_batch where id = ?',
      [Number(batch.id)],
    );
    expect(row.uploaded_by_key_id).toEqual(expect.any(Number));
  });

  it('is refused, nothing written, for a workbook with a row in 140700, the row named', async () => {
    const before = await snapshotImportedTables(app.sql);

    const batch = (await importAs(uploader, mixedLedger)).data!.importLedger;

    expect(batch.status).toBe('FAILED');
    expect(batch.errors).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 4,
        column: 'A',
        value: '140700',
        code: 'REGION_OUT_OF_SCOPE',
        message: expect.stringMatching(/晋中市.*不在.*河东区/),
      }),
    ]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('cannot roll back a 140700 batch: FORBIDDEN (403), the batch stays committed', async () => {
    const jinzhong = await postImport(app, fixturePath('jinzhong-2021.xlsx'));
    expect(jinzhong.body.status).toBe('COMMITTED');

    const response = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey(uploader) },
      body: JSON.stringify({ query: rollbackQuery, variables: { id: jinzhong.body.id } }),
    });

    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const after = await app.gql(AccessBatchDocument, { id: jinzhong.body.id });
    expect(after.importBatch!.status).toBe('COMMITTED');
  });

  it("refuses 晋中市's committed ledger again rather than calling it already imported", async () => {
    const batch = (await importAs(uploader, fixturePath('jinzhong-2021.xlsx'))).data!.importLedger;

    expect(batch.status).toBe('FAILED');
    expect(new Set(batch.errors!.map((e) => e.code))).toEqual(new Set(['REGION_OUT_OF_SCOPE']));
  });

  it('rolls back a batch of its own region', async () => {
    const own = (await app.gql(AccessBatchDocument, { id: '1' })).importBatch!;
    expect(own.uploadedBy).toBe('UPLOADER key');

    const result = await app.gqlRaw(AccessRollbackDocument, { id: own.id }, asKey(uploader));

    expect(result.errors).toBeUndefined();
    expect(result.data!.rollbackImport.status).toBe('ROLLED_BACK');
  });
});

const rollbackQuery = 'mutation ($id: ID!) { rollbackImport(id: $id) { id status } }';

describe('keys that may not write', () => {
  it('refuses a reader key an import with 403 FORBIDDEN, on GraphQL and on POST /imports', async () => {
    const reader = await makeKey('READER');
    const before = await snapshotImportedTables(app.sql);

    const viaGraphql = await importAs(reader, fixturePath('hedong-2022.xlsx'));
    const viaRest = await postImport(app, fixturePath('hedong-2022.xlsx'), {}, undefined, {
      ...asKey(reader),
      'accept-language': 'en',
    });

    expect(viaGraphql.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(viaRest.status).toBe(403);
    expect(viaRest.body).toEqual({
      error: { code: 'FORBIDDEN', message: "the key's role (READER) does not allow this" },
    });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it.each([
    ['revoked', 'REVOKED', '已被吊销'],
    ['expired', 'EXPIRED', '已过期'],
  ])('refuses a %s admin key with 401 UNAUTHENTICATED', async (_what, state, words) => {
    const key = await makeKey(
      'ADMIN',
      null,
      state === 'EXPIRED' ? new Date(Date.now() - 1000) : null,
    );
    if (state === 'REVOKED') {
      const [{ id }] = await app.sql<{ id: number }>('select max(id) as id from api_key');
      await apiKeyStore(app.running.services.db).revoke(String(id));
    }
    const before = await snapshotImportedTables(app.sql);

    const response = await postImport(
      app,
      fixturePath('hedong-2022.xlsx'),
      {},
      undefined,
      asKey(key),
    );
    const rollback = await app.gqlRaw(AccessRollbackDocument, { id: '2' }, asKey(key));

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining(words) },
    });
    expect(rollback.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('refuses an anonymous write with 401 and WWW-Authenticate, in Chinese or English', async () => {
    const zh = await postImport(app, fixturePath('hedong-2022.xlsx'), {}, undefined, asKey(null));
    const en = await importAs(null, fixturePath('hedong-2022.xlsx'));
    const enRest = await app.fetch('/imports', {
      method: 'POST',
      headers: { ...asKey(null), 'accept-language': 'en' },
      body: new FormData(),
    });

    expect(zh).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/需要 API 密钥/) } },
    });
    expect(en.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(enRest.status).toBe(401);
    expect(enRest.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await enRest.json()) as { error: { message: string } }).error.message).toMatch(
      /an API key is required/,
    );
  });

  it('refuses a key whose checksum does not match without asking the database', async () => {
    const key = await makeKey('ADMIN');
    const typo = `${key.slice(0, 10)}${key[10] === 'a' ? 'b' : 'a'}${key.slice(11)}`;
    let response: Response | undefined;

    const statements = await app.countStatements(async () => {
      response = await app.fetch('/imports', {
        method: 'POST',
        headers: asKey(typo),
        body: new FormData(),
      });
    });

    expect(response!.status).toBe(401);
    expect(((await response!.json()) as { error: { message: string } }).error.message).toMatch(
      /格式不对/,
    );
    expect(statements).toBe(0);
  });
});
