import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('health endpoints', () => {
  it('answers /healthz with 200 while the process is up', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 once the database is reachable and migrated', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'ok', migrations: 'applied' });
  });

  it('answers /readyz with 503 and says so when a migration is pending', async () => {
    const [last] = await app.sql<{ id: number; name: string }>(
      'delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations) returning id, name',
    );
    try {
      const response = await fetch(`${app.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, database: 'ok', migrations: 'pending' });
    } finally {
      await app.sql('insert into mikro_orm_migrations (id, name) values (?, ?)', [
        last.id,
        last.name,
      ]);
    }
  });
});
