import type { Lang } from './lang';
import { KIND_ZH } from './issue-text';

/**
 * The words around the issues when a batch report is printed (the CLI) or written (the report
 * workbook): severities and statuses. Issue messages are in issue-messages.ts.
 */
export interface ReportWords {
  severity: { error: string; warning: string };
  /** The first line: the file, its batch and what became of it. */
  headline(fileName: string, id: string, outcome: string): string;
  identical(id: string): string;
  committed(rows: number, replaced: string | null): string;
  validated: string;
  rejected: string;
  sheetSkipped(name: string, reason: string): string;
  sheetRead(sheet: {
    name: string;
    kind: string | null;
    headerRow: number | null;
    rowsRead: number;
    rowsImported: number;
  }): string;
  count(n: number, severity: 'error' | 'warning'): string;
  mappingsApplied: string;
  rowOf(row: number): string;
  /** One reason in a cell's note. */
  noteLine(severity: 'error' | 'warning', code: string, message: string): string;
}

const ZH: ReportWords = {
  severity: { error: '错误', warning: '警告' },
  headline: (fileName, id, outcome) => `${fileName}：第 ${id} 批，${outcome}`,
  identical: (id) => `没有改动：同一文件已是第 ${id} 批`,
  committed: (rows, replaced) => `已导入 ${rows} 行${replaced ? `，替换第 ${replaced} 批` : ''}`,
  validated: '已校验（试导入），没有写入任何数据',
  rejected: '未通过，没有写入任何数据',
  sheetSkipped: (name, reason) => `工作表 ${name}：已跳过（${reason}）`,
  sheetRead: (s) =>
    `工作表 ${s.name}：${s.kind ? (KIND_ZH[s.kind] ?? s.kind) : ''}台账，表头在第 ${s.headerRow} 行，读取 ${s.rowsRead} 行，导入 ${s.rowsImported} 行`,
  count: (n, severity) => `${n} 个${ZH.severity[severity]}：`,
  mappingsApplied: '使用的列对应：',
  rowOf: (row) => `第${row}行 `,
  noteLine: (severity, code, message) => `${ZH.severity[severity]}（${code}）：${message}`,
};

const EN: ReportWords = {
  severity: { error: 'error', warning: 'warning' },
  headline: (fileName, id, outcome) => `${fileName}: batch ${id} ${outcome}`,
  identical: (id) => `changed nothing: the same file is batch ${id}`,
  committed: (rows, replaced) =>
    `committed, ${rows} rows${replaced ? `, replacing batch ${replaced}` : ''}`,
  validated: 'validated (dry run): nothing was written',
  rejected: 'rejected: nothing was written',
  sheetSkipped: (name, reason) => `sheet ${name}: skipped (${reason})`,
  sheetRead: (s) =>
    `sheet ${s.name}: ${s.kind}, header at row ${s.headerRow}, ${s.rowsRead} rows read, ${s.rowsImported} imported`,
  count: (n, severity) => `${n} ${severity}(s):`,
  mappingsApplied: 'column mappings applied:',
  rowOf: (row) => `row ${row}: `,
  noteLine: (severity, code, message) => `${severity} (${code}): ${message}`,
};

export function reportWords(lang: Lang): ReportWords {
  return lang === 'en' ? EN : ZH;
}
