import { startTestApp, type TestApp } from '../../support/test-app';
import { FACILITY_HEADER, scratchDir, writeWorkbook } from '../../support/ledger-workbook';
import { postImport } from '../../support/uploads';

// The same facilities ledger for two years; only the unit of the investment header differs.
function ledger(year: number, investmentHeader: string, investment: number) {
  return [
    {
      name: '场地设施',
      rows: [
        [`填报单位：祁县体育局`],
        [`年度：${year}`],
        [...FACILITY_HEADER.slice(0, 4), investmentHeader],
        [1, '祁县全民健身中心', '全民健身中心', 1, investment],
      ],
    },
  ];
}

describe('plausibility warnings', () => {
  let app: TestApp;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;

  beforeAll(async () => {
    app = await startTestApp();
    scratch = await scratchDir('plausibility');
  });

  afterAll(async () => {
    await scratch.remove();
    await app.stop();
  });

  it('warns, without blocking, when an investment is 1/100 of last year’s (元 typed for 万元)', async () => {
    const first = await postImport(
      app,
      await writeWorkbook(scratch.file('2022.xlsx'), ledger(2022, '投资额（万元）', 345)),
    );
    expect(first.body.status).toBe('COMMITTED');
    expect(first.body.warnings.filter((w) => w.code === 'IMPLAUSIBLE_CHANGE')).toEqual([]);

    const second = await postImport(
      app,
      await writeWorkbook(scratch.file('2023.xlsx'), ledger(2023, '投资额（元）', 345)),
      {},
      undefined,
      // the pipeline's own sentence, in English (test/api/clerk-language checks the Chinese)
      { 'accept-language': 'en' },
    );
    expect(second.body.status).toBe('COMMITTED');
    const warnings = second.body.warnings.filter((w) => w.code === 'IMPLAUSIBLE_CHANGE');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('140727');
    expect(warnings[0].message).toContain('3450000');
    expect(warnings[0].message).toContain('元 or 万元');
  });

  it('says nothing when this year’s figure is of last year’s order', async () => {
    const third = await postImport(
      app,
      await writeWorkbook(scratch.file('2024.xlsx'), ledger(2024, '投资额（元）', 500)),
    );
    expect(third.body.status).toBe('COMMITTED');
    expect(third.body.warnings.filter((w) => w.code === 'IMPLAUSIBLE_CHANGE')).toEqual([]);
  });
});
