import * as iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gbk';

/**
 * A CSV as Excel or WPS writes it when a clerk saves as CSV: CRLF line ends, fields quoted only
 * when they hold a comma, quote or line break, in UTF-8 (with BOM: Excel's "CSV UTF-8") or GBK
 * (the "CSV" of a Chinese Windows).
 */
export function buildCsv(rows: (string | number | null)[][], encoding: CsvEncoding): Buffer {
  const text = rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'gbk') {
    return iconv.encode(text, 'gbk');
  }
  const body = Buffer.from(text, 'utf-8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
