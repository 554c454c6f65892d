import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { CSV_TYPE, XLSX_TYPE, attachment } from './attachment';

export type ExportRow = Record<string, string | number | boolean | null>;

/** A question's answer as flat rows under stable column names (the header even when empty). */
export interface ExportTable {
  columns: readonly string[];
  rows: ExportRow[];
}

/** Writes flat rows as CSV (UTF-8 with BOM, so Chinese Excel opens it), XLSX or JSON. */
export async function sendRows(
  res: Response,
  format: string,
  name: string,
  columns: readonly string[],
  rows: readonly ExportRow[],
): Promise<void> {
  if (format === 'json') {
    res.json(rows);
    return;
  }
  res.setHeader('Content-Disposition', attachment(`${name}.${format}`));
  if (format === 'csv') {
    res.type(CSV_TYPE);
    const lines = [
      columns.join(','),
      ...rows.map((row) => columns.map((c) => csvField(row[c])).join(',')),
    ];
    res.send(`\ufeff${lines.join('\r\n')}\r\n`);
    return;
  }
  res.type(XLSX_TYPE);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(12, c.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => row[c] ?? null)).commit();
  }
  await workbook.commit();
}

function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  // Text a clerk typed (a sport, a name) must not become a formula when Excel opens the CSV.
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
