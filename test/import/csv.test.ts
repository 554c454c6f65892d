import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import type { CsvReadOptions } from '../../src/import/read/csv-reader';
import { decodeCsv, readCsvRows } from '../../src/import/read/csv-reader';
import { ImportRefusal } from '../../src/import/read/refusal';

const HEADER = ['序号', '活动名称', '所属地区', '参与人数'];
const LEDGER = [
  HEADER,
  ['1', '河东区全民健身运动会', '河东区', '5400余'],
  ['2', '柔力球网络大赛', '晋中市', '4937'],
];
const TEXT = LEDGER.map((row) => row.join(',')).join('\r\n') + '\r\n';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csv-'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function csvFile(content: string | Buffer): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, content);
  return file;
}

async function read(file: string, options?: CsvReadOptions) {
  const { encoding, rows } = await decodeCsv(file, options);
  const all: string[][] = [];
  for await (const row of rows) {
    all.push(row);
  }
  return { encoding, rows: all };
}

it('reads UTF-8 with a BOM and keeps the BOM out of the first header', async () => {
  const file = await csvFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
  await expect(read(file)).resolves.toEqual({ encoding: 'utf-8-bom', rows: LEDGER });
});

it('reads UTF-8 without a BOM', async () => {
  await expect(read(await csvFile(TEXT))).resolves.toEqual({ encoding: 'utf-8', rows: LEDGER });
});

it('reads GBK, as Excel and WPS save CSV on a Chinese Windows', async () => {
  const file = await csvFile(iconv.encode(TEXT, 'gbk'));
  await expect(read(file)).resolves.toEqual({ encoding: 'gb18030', rows: LEDGER });
});

it('keeps commas, doubled quotes and line breaks inside quoted fields', async () => {
  const file = await csvFile('名称,备注\r\n"体育公园,一期","称为""口袋公园""\r\n第二行"\nA,B');
  await expect(read(file)).resolves.toEqual({
    encoding: 'utf-8',
    rows: [
      ['名称', '备注'],
      ['体育公园,一期', '称为"口袋公园"\r\n第二行'],
      ['A', 'B'],
    ],
  });
});

it('yields a blank line as an empty row, so row numbers stay those Excel shows', async () => {
  const { rows } = await read(await csvFile('序号\n\n1\n'));
  expect(rows).toEqual([['序号'], [], ['1']]);
});

it.each(['utf-8', 'gbk'])(
  'reassembles %s characters split across read chunks',
  async (encoding) => {
    const file = await csvFile(iconv.encode(TEXT, encoding));
    const { rows } = await read(file, { highWaterMark: 5 });
    expect(rows).toEqual(LEDGER);
  },
);

it('detects UTF-8 when its 64 KiB sample ends inside a character', async () => {
  // 123-byte lines of three-byte characters put every 64 KiB boundary inside a character.
  const line = `${'健身步道'.repeat(10)},1\n`;
  const text = line.repeat(Math.ceil((2 * 65536) / Buffer.byteLength(line)));
  const bytes = Buffer.from(text);
  expect(bytes.subarray(0, 65536).toString('utf8')).toContain('\ufffd');
  const { encoding, rows } = await read(await csvFile(bytes));
  expect(encoding).toBe('utf-8');
  expect(rows[0]).toEqual(['健身步道'.repeat(10), '1']);
});

it('detects GBK that starts only after 64 KiB of plain ASCII', async () => {
  const ascii = 'id,name\n' + '1,abc\n'.repeat(20000);
  const file = await csvFile(iconv.encode(`${ascii}2,河东区\n`, 'gbk'));
  const { encoding, rows } = await read(file);
  expect(encoding).toBe('gb18030');
  expect(rows.at(-1)).toEqual(['2', '河东区']);
});

it('detects GBK whose last character is cut off, rather than calling it UTF-8', async () => {
  const file = await csvFile(
    Buffer.concat([Buffer.from('a,b\n'), iconv.encode('河', 'gbk').subarray(0, 1)]),
  );
  expect((await decodeCsv(file)).encoding).toBe('gb18030');
});

it('streams rows one by one through readCsvRows', async () => {
  const rows = readCsvRows(await csvFile(TEXT));
  await expect(rows.next()).resolves.toEqual({ done: false, value: HEADER });
  await rows.return(undefined);
});

it('refuses a CSV whose quoted field is never closed as damaged', async () => {
  const file = await csvFile('名称,备注\n"体育公园,一期\n');
  const error = await read(file).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ImportRefusal);
  expect(error).toMatchObject({ code: 'DAMAGED_WORKBOOK' });
});
