import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ClerkImportLedgerDocument } from '../support/generated/graphql';
import { createTestDatabase } from '../support/databases';
import { snapshotImportedTables } from '../support/db-snapshot';
import { fixturePath } from '../support/fixtures';
import { JsBuild } from '../support/js-build';
import { gqlUpload } from '../support/uploads';
import { loadConfig, startServer, type Running } from '../../src/start-server';

// "Never a 500" (decisions §7): an import that stops on an unexpected error is a FAILED batch with
// IMPORT_FAILED, answered 422 as JSON with its id, the stack only in the log; a database that
// cannot be reached is a 503 DB_UNAVAILABLE with Retry-After. The unexpected error is made real:
// a trigger the importer knows nothing of refuses every facility row inside its COPY.

const SECRET = 'secret detail of relation facility';

/** The server on a fresh database, its error log kept in `logged`. */
async function serverWithLog(databaseUrl: string): Promise<{ running: Running; logged: string[] }> {
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString('utf8'));
      done();
    },
  });
  // Keys are not what these tests are about: writes are open (AUTH=off), as on a laptop.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sports-ledger-data-'));
  const env = { DATABASE_URL: databaseUrl, PORT: '0', AUTH: 'off', DATA_DIR: dataDir };
  const config = loadConfig({ ...process.env, ...env });
  const running = await startServer(config, pino({ level: 'error' }, sink), {
    compiledSrc: JsBuild.ofRun().src,
  });
  return { running, logged };
}

describe('an import that fails unexpectedly', () => {
  let running: Running;
  let logged: string[];
  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => {
    // as the owner: the server's own role may not add triggers to tables it does not own
    const knex = running.db.orm.em.getConnection().getKnex();
    return knex.transaction(async (trx) => {
      await trx.raw('set local role none');
      return (await trx.raw(text, params as never)).rows as T[];
    });
  };

  beforeAll(async () => {
    ({ running, logged } = await serverWithLog(await createTestDatabase()));
    await sql(`create function refuse_facility() returns trigger language plpgsql as $$
      begin raise exception '${SECRET}'; end $$`);
    await sql(`create trigger refuse_facility before insert on facility
      for each row execute function refuse_facility()`);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('answers POST /imports with 422 JSON: the FAILED batch with IMPORT_FAILED and its id, no stack or SQL', async () => {
    const before = await snapshotImportedTables(sql);
    const response = await fetch(`${running.url}/imports`, {
      method: 'POST',
      body: await form(fixturePath('hedong-2022.xlsx')),
    });
    const text = await response.text();

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      status: 'FAILED',
      rowsImported: 0,
      errors: [expect.objectContaining({ code: 'IMPORT_FAILED', sheet: null })],
      error: { code: 'IMPORT_FAILED', message: expect.stringContaining(body.id) },
    });
    expect(body.errors[0].message).toMatch(/意外错误/);
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/\bat \S+ \(/);
    expect(await snapshotImportedTables(sql)).toEqual(before);
    // the cause, with its stack, is in the log
    const entry = logged.map((line) => JSON.parse(line)).find((l) => l.batch === Number(body.id));
    expect(entry).toMatchObject({
      msg: 'import failed',
      err: { message: expect.stringContaining(SECRET) },
    });
    expect(entry.err.stack).toEqual(expect.any(String));
  });

  it('answers importLedger with the FAILED batch, not an INTERNAL_SERVER_ERROR', async () => {
    const result = await gqlUpload(
      { url: running.url },
      ClerkImportLedgerDocument,
      fixturePath('hedong-2022.xlsx'),
      {},
      undefined,
      { 'accept-language': 'en' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.importLedger).toMatchObject({
      status: 'FAILED',
      rowsImported: 0,
      errors: [
        {
          code: 'IMPORT_FAILED',
          message: 'the import stopped on an unexpected error; nothing was written',
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});

describe('a database that cannot be reached', () => {
  let running: Running;
  let proxy: net.Server;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    // the server talks to PostgreSQL through a proxy the test can cut
    const target = new URL(await createTestDatabase());
    proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const viaProxy = new URL(target);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String((proxy.address() as net.AddressInfo).port);
    ({ running } = await serverWithLog(viaProxy.toString()));
    // the outage: no new connection is accepted, and the open ones are cut
    const closed = new Promise<void>((resolve) => proxy.close(() => resolve()));
    sockets.forEach((socket) => socket.destroy());
    await closed;
  });

  afterAll(async () => {
    await running?.stop().catch(() => undefined);
  });

  it('answers POST /imports with 503 DB_UNAVAILABLE as JSON, with Retry-After', async () => {
    const response = await fetch(`${running.url}/imports`, {
      method: 'POST',
      body: await form(fixturePath('hedong-2022.xlsx')),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await response.json()).toEqual({
      error: { code: 'DB_UNAVAILABLE', message: expect.stringMatching(/数据库/) },
    });
  });

  it('answers GET /imports/{id}/report.xlsx with 503 too, in English when asked', async () => {
    const response = await fetch(`${running.url}/imports/1/report.xlsx`, {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: 'DB_UNAVAILABLE', message: expect.stringMatching(/database/) },
    });
  });

  it('answers /graphql with the error code DB_UNAVAILABLE, no SQL', async () => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { importBatch(id: "1") { id } }' }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'DB_UNAVAILABLE' }) }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/select|ECONNREFUSED/i);
  });
});

async function form(file: string): Promise<FormData> {
  const body = new FormData();
  body.append('file', new Blob([await readFile(file)]), 'hedong-2022.xlsx');
  return body;
}
