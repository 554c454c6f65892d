import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  ClerkImportBatchDocument,
  ClerkImportLedgerDocument,
  type ClerkBatchFragment,
} from '../support/generated/graphql';
import { ImportStatus } from '../../src/modules/common/enums';
import { CATALOG_CODES, issueMessage } from '../../src/modules/common/messages/issue-messages';
import { negotiateLang } from '../../src/modules/common/messages/lang';
import { fixturePath } from '../support/fixtures';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { gqlUploadData, postImport } from '../support/uploads';

// What a clerk reads is Chinese by default and English on request (Accept-Language: en); the
// language is chosen when the batch is read, so one stored batch reads both ways, with the same
// codes (issue 10, item 5).

const CJK = /[\u4e00-\u9fff]/;
const ENGLISH = { 'accept-language': 'en' };
const SRC = path.resolve(__dirname, '../../src');

/** Every SCREAMING_SNAKE literal of the pipeline and the sheet definitions: the codes it writes. */
function codesTheImporterWrites(): string[] {
  const files = [
    ...walk(path.join(SRC, 'import')),
    ...walk(path.join(SRC, 'modules')).filter((f) => f.endsWith('.sheet.ts')),
    path.join(SRC, 'regions/region-index.ts'),
  ];
  const statuses = new Set<string>(Object.values(ImportStatus));
  const found = new Set([
    'REQUIRED',
    'INTERRUPTED',
    'PREAMBLE_REGION_NOT_FOUND',
    'PREAMBLE_REGION_AMBIGUOUS',
  ]);
  for (const file of files) {
    for (const [, code] of readFileSync(file, 'utf8').matchAll(
      /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g,
    )) {
      if (!statuses.has(code)) {
        found.add(code);
      }
    }
  }
  return [...found].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('the message catalog', () => {
  it('has a Chinese sentence for every code the importer writes', () => {
    const codes = codesTheImporterWrites();
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((code) => !CATALOG_CODES.includes(code))).toEqual([]);
  });

  it.each(CATALOG_CODES)(
    'says %s in Chinese from the issue alone, with or without its params',
    (code) => {
      const bare = {
        sheet: null,
        row: null,
        column: null,
        header: null,
        value: null,
        code,
        message: 'm',
      };
      const placed = {
        ...bare,
        sheet: '场地设施',
        row: 5,
        column: 'F',
        header: '投资额',
        value: '待定',
      };
      for (const issue of [
        bare,
        placed,
        { ...placed, params: { count: 3, limit: '50 MB', sum: 9 } },
      ]) {
        const zh = issueMessage(issue, 'zh-CN');
        expect(zh).toMatch(CJK);
        expect(zh).not.toMatch(/undefined|null|\[object/);
        expect(issueMessage({ ...issue, message: '' }, 'en')).not.toMatch(/undefined|\[object/);
      }
    },
  );

  it('keeps the pipeline’s English sentence for English readers and for a code it does not know', () => {
    const issue = { sheet: null, row: null, column: null, header: null, value: '待定' };
    expect(
      issueMessage({ ...issue, code: 'NOT_A_NUMBER', message: '"待定" is not a number' }, 'en'),
    ).toBe('"待定" is not a number');
    expect(issueMessage({ ...issue, code: 'SOMETHING_NEW', message: 'new words' }, 'zh-CN')).toBe(
      'new words',
    );
  });

  it.each([
    [undefined, 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.2, zh-TW;q=0.8', 'zh-CN'],
    ['fr', 'zh-CN'],
    ['*', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
  ])('reads Accept-Language %s as %s', (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});

describe('an import read in each language', () => {
  let app: TestApp;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let zh: ClerkBatchFragment;
  let en: ClerkBatchFragment;

  beforeAll(async () => {
    [app, scratch] = await Promise.all([startTestApp(), scratchDir('language')]);
    const file = fixturePath('bad/cell-errors.xlsx');
    zh = (await gqlUploadData(app, ClerkImportLedgerDocument, file, {})).importLedger;
    en = (await app.gql(ClerkImportBatchDocument, { id: zh.id }, ENGLISH)).importBatch!;
  });

  afterAll(async () => {
    await app?.stop();
    await scratch?.remove();
  });

  it('says every error in Chinese by default, and the same batch in English when asked, codes unchanged', () => {
    expect(zh.errors!.map((e) => e.code)).toEqual(en.errors!.map((e) => e.code));
    expect(zh.errors!.length).toBe(8);
    for (const [chinese, english] of zh.errors!.map((e, i) => [e.message, en.errors![i].message])) {
      expect(chinese).toMatch(CJK);
      expect(chinese).not.toMatch(/\b(is|not|the|a|cell)\b/);
      expect(english).toMatch(/\b(is|not|the)\b/);
    }
    const message = (code: string) => zh.errors!.find((e) => e.code === code)!.message;
    expect(message('NOT_A_NUMBER')).toBe('「待定」不是数字；请填写数字（可带单位，如 345万元）。');
    expect(message('REQUIRED')).toBe('「项目名称」列为空，此列必须填写。');
    expect(message('CELL_ERROR_VALUE')).toContain('#REF!（引用的单元格已被删除）');
    expect(zh.warnings![0].message).toBe('「游乐场」不在可选值之中，已按“其他”（OTHER）导入。');
  });

  it('answers POST /imports in Chinese, and in English with Accept-Language: en', async () => {
    const file = fixturePath('bad/legacy.xls');
    const [chinese, english] = await Promise.all([
      // renamed .xlsx: named .xls it is refused by name before it is read (upload-limits.test)
      postImport(app, file, {}, 'legacy.xlsx'),
      postImport(app, file, {}, 'legacy.xlsx', ENGLISH),
    ]);
    expect([chinese.status, english.status]).toEqual([422, 422]);
    expect(chinese.body.errors[0]).toMatchObject({
      code: 'LEGACY_XLS',
      message: '这是旧格式的 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传。',
    });
    expect(english.body.errors[0]).toMatchObject({
      code: 'LEGACY_XLS',
      message: expect.stringContaining('save it as .xlsx'),
    });
  });

  it('says what a formula’s cached error is, and that saving again will not change it', async () => {
    const file = await writeWorkbook(scratch.file('div0.xlsx'), [
      {
        name: '场地设施',
        rows: [
          ['填报单位：祁县体育局'],
          ['年度：2071'],
          ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
          [1, '东观镇健身园', '健身园', 3, { formula: 'D4/0', result: { error: '#DIV/0!' } }],
        ],
      },
    ]);
    const batch = (await gqlUploadData(app, ClerkImportLedgerDocument, file, {})).importLedger;
    expect(batch.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'E', code: 'CELL_ERROR_VALUE' }),
    ]);
    expect(batch.errors![0].message).toContain('#DIV/0!（除数为零）');
    expect(batch.errors![0].message).toContain('重新保存不会改变它');
  });

  it('says why a sheet was skipped in the reader’s language', async () => {
    const file = await writeWorkbook(scratch.file('hidden.xlsx'), [
      {
        name: '场地设施',
        rows: [
          ['填报单位：祁县体育局'],
          ['年度：2072'],
          ['序号', '项目名称', '设施类型', '数量'],
          [1, '东观镇健身园', '健身园', 3],
        ],
      },
      { name: '下拉选项', rows: [['健身园'], ['健身步道']], hidden: true },
    ]);
    const batch = (await gqlUploadData(app, ClerkImportLedgerDocument, file, { dryRun: true }))
      .importLedger;
    const english = (await app.gql(ClerkImportBatchDocument, { id: batch.id }, ENGLISH))
      .importBatch!;
    expect(batch.sheets![1]).toMatchObject({
      name: '下拉选项',
      skippedReason: '隐藏的工作表；如需导入，请先取消隐藏',
    });
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        code: 'SHEET_SKIPPED',
        message: '工作表「下拉选项」已跳过：隐藏的工作表；如需导入，请先取消隐藏。',
      }),
    ]);
    expect(english.sheets![1].skippedReason).toMatch(/hidden/);
  });
});
