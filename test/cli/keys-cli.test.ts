import { runCli } from '../support/cli';
import { asKey, startTestApp, type TestApp } from '../support/test-app';

// `sports-ledger keys create|list|revoke`, run as a subprocess against the test app's database.

// Each run starts the CLI, compiled once for the run (support/js-build.ts): generous timeouts
// on a loaded machine.
jest.setTimeout(300_000);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

const keys = (args: string[]) => runCli(['keys', ...args], app.running.db.url);

async function canImport(key: string): Promise<number> {
  const response = await app.fetch('/imports', {
    method: 'POST',
    headers: asKey(key),
    body: new FormData(),
  });
  return response.status;
}

it('creates an uploader key, lists it without the key, and revokes it by its prefix', async () => {
  const created = await keys([
    'create',
    '--role',
    'uploader',
    '--region',
    '120102',
    '--name',
    '河东区体育局',
    '--expires',
    '90d',
    '--json',
  ]);
  expect(created.code).toBe(0);
  const made = JSON.parse(created.stdout) as { id: number; key: string; expiresAt: string };
  expect(made.key).toMatch(/^sl_[0-9A-Za-z]{36}$/);
  const days = (Date.parse(made.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(89);
  expect(days).toBeLessThan(91);
  // the gate answers 400 (no multipart form) once the key is admitted
  expect(await canImport(made.key)).toBe(400);

  const listed = await keys(['list']);
  expect(listed.code).toBe(0);
  expect(listed.stdout).toContain('河东区体育局');
  expect(listed.stdout).toContain(`${made.key.slice(0, 11)}…\tUPLOADER\t120102\tactive`);
  expect(listed.stdout).not.toContain(made.key);

  const revoked = await keys(['revoke', made.key.slice(0, 11)]);
  expect(revoked.code).toBe(0);
  expect(await canImport(made.key)).toBe(401);
  expect((await keys(['list'])).stdout).toContain(`UPLOADER\t120102\trevoked`);
});

it('prints a new key alone on stdout, so a script can keep it', async () => {
  const created = await keys(['create', '--role', 'reader', '--name', 'dashboard']);
  expect(created.code).toBe(0);
  expect(created.stdout).toMatch(/^sl_[0-9A-Za-z]{36}\n$/);
  expect(created.stderr).toMatch(/只显示这一次：请立即保存/);
});

it('speaks English to an operator who asks for it, and refuses a language it does not speak', async () => {
  const created = await keys(['create', '--role', 'reader', '--name', 'grafana', '--lang', 'en']);
  expect(created.code).toBe(0);
  expect(created.stderr).toMatch(/is shown this once: store it now/);
  const unknown = await keys(['revoke', 'sl_nothing', '--lang', 'fr']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/--lang 应为 zh 或 en/);
});

it.each([
  [['--role', 'uploader', '--name', 'x'], /上传密钥需要 --region/],
  [['--role', 'uploader', '--region', '999999', '--name', 'x'], /不是 GB\/T 2260 地区代码/],
  [['--role', 'admin', '--name', 'x', '--expires', 'soon'], /--expires 应写成 90d/],
  [['--role', 'uploader', '--name', 'x', '--lang', 'en'], /needs --region/],
])('refuses keys create %j with exit code 2', async (args, message) => {
  const before = await app.sql('select id from api_key');
  const run = await keys(['create', ...args]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(await app.sql('select id from api_key')).toEqual(before);
});

it('refuses to revoke a key nobody has, with exit code 2', async () => {
  const run = await keys(['revoke', 'sl_nothing']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/没有与之相符的密钥：sl_nothing/);
});
