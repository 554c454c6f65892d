import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildProgram } from '../../src/cli/index';
import { startTestApp, type TestApp } from '../support/test-app';

async function load(content: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as ExcelJS.Buffer);
  return workbook;
}

describe('GET /templates/{kind}.xlsx', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it.each(['facilities', 'FACILITIES', '场地设施'])(
    'downloads the facilities ledger as %s.xlsx',
    async (name) => {
      const response = await fetch(`${app.url}/templates/${encodeURIComponent(name)}.xlsx`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('场地设施台账模板.xlsx')}`,
      );
      expect((await load(await response.arrayBuffer())).worksheets[0].name).toBe('场地设施');
    },
  );

  it('answers an unknown kind with a 404 naming the kinds', async () => {
    const response = await fetch(`${app.url}/templates/medals.xlsx`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: expect.stringContaining('events, facilities, results, indicators'),
      },
    });
  });
});

describe('sports-ledger template', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'template-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    process.exitCode = undefined;
    jest.restoreAllMocks();
  });

  const run = (...args: string[]) =>
    buildProgram().parseAsync(['node', 'sports-ledger', 'template', ...args]);

  it('writes one kind, named in any case, to -o FILE', async () => {
    await run('Results', '-o', path.join(dir, 'r.xlsx'));
    expect(process.exitCode).toBe(0);
    const workbook = await load(await readFile(path.join(dir, 'r.xlsx')));
    expect(workbook.worksheets[0].name).toBe('竞赛成绩');
  });

  it('writes the four templates under their Chinese names with "all"', async () => {
    await run('all', '-o', path.join(dir, 'all'));
    expect((await readdir(path.join(dir, 'all'))).sort()).toEqual(
      [
        '场地设施台账模板.xlsx',
        '工作指标台账模板.xlsx',
        '竞赛成绩台账模板.xlsx',
        '赛事活动台账模板.xlsx',
      ].sort(),
    );
  });

  it('exits 2 with a message for an unknown kind', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await run('medals', '-o', path.join(dir, 'm.xlsx'));
    expect(process.exitCode).toBe(2);
    expect(String(stderr.mock.calls[0][0])).toContain('unknown ledger kind "medals"');
  });
});
