import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app';

// POST /imports under random bytes and random file names: every answer is a clean refusal (4xx,
// the error envelope or a refused batch) or an import's batch, never a 5xx. Modest run counts:
// each run is a real upload through the real server.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ MAX_UPLOAD_MB: '0.004' });
});

afterAll(async () => {
  await app?.stop();
});

const ZIP_MAGIC = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 6000 }),
  fc.uint8Array({ maxLength: 2000 }).map((rest) => concat(ZIP_MAGIC, rest)),
  fc.uint8Array({ maxLength: 2000 }).map((rest) => concat(CFB_MAGIC, rest)),
  fc.string({ maxLength: 400 }).map((text) => new TextEncoder().encode(`序号,名称\n${text}`)),
);

const fileName = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('.xlsx', '.csv', '.xls', '.XLSX', '.CSV', '.txt', '.xlsm', '', '.xlsx.exe'),
    )
    .map(([stem, extension]) => `${stem}${extension}`),
);

function concat(head: Uint8Array, rest: Uint8Array): Uint8Array {
  const all = new Uint8Array(head.length + rest.length);
  all.set(head);
  all.set(rest, head.length);
  return all;
}

it('answers any bytes under any name with a 4xx or an import, never a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(bytes, fileName, fc.boolean(), async (content, name, dryRun) => {
      const form = new FormData();
      form.append('dryRun', String(dryRun));
      form.append('file', new Blob([content]), name);
      const response = await fetch(`${app.url}/imports`, { method: 'POST', body: form });
      const body = (await response.json()) as { status?: string; error?: { code: string } };

      expect(response.status).toBeLessThan(500);
      if (response.status === 200) {
        expect(['COMMITTED', 'VALIDATED']).toContain(body.status);
      } else if (response.status === 422) {
        expect(body.status).toBe('FAILED');
      } else {
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(body.error?.code).toMatch(/^[A-Z_]+$/);
      }
    }),
    { numRuns: 60 },
  );
}, 180_000);
