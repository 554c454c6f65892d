import type { Lang } from './lang';

/**
 * The pipeline's short English phrases a clerk reads outside a message: why a sheet was skipped,
 * why a column was ignored, what a refused file turned out to be. Each is said in Chinese here;
 * a phrase not listed is shown as written.
 */
const EXACT: Readonly<Record<string, string>> = {
  'skipped at the clerk’s request (ignoreSheets)': '按填报人的要求跳过（ignoreSheets）',
  "skipped at the clerk's request (ignoreSheets)": '按填报人的要求跳过（ignoreSheets）',
  'the issue list of an earlier import report': '之前导入报告中的问题清单（导入问题）',
  'a hidden sheet; unhide it to import it': '隐藏的工作表；如需导入，请先取消隐藏',
  'an instructions sheet, not a ledger': '填表说明，不是台账',
  'a drop-down list sheet, not a ledger': '下拉选项表，不是台账',
  'a cover or contents sheet, not a ledger': '封面或目录，不是台账',
  'a summary sheet, not a ledger': '汇总表，不是台账',
  'the sheet is empty': '工作表是空的',
  'no header row naming the columns of a ledger kind was found in its first 16 rows':
    '前 16 行中没有找到能对应某类台账的表头行',
  'holds no numbers': '该列没有数字',
  'it holds no numbers': '该列没有数字',
  'mapped to ignore by the clerk': '填报人指定忽略（ignore）',
  'row numbering': '序号列',
  'the ledger kind stores nothing from this column': '此类台账不存储这一列',
  'a text file': '文本文件',
  'a binary file of another format': '其他格式的二进制文件',
  'a Word document': 'Word 文档',
  'a Word document (.doc)': 'Word 文档（.doc）',
  'a PowerPoint presentation': 'PowerPoint 演示文稿',
  'a PowerPoint presentation (.ppt)': 'PowerPoint 演示文稿（.ppt）',
  'an Excel binary workbook (.xlsb)': 'Excel 二进制工作簿（.xlsb）',
  'an OpenDocument file (.ods)': 'OpenDocument 文件（.ods）',
};

const PATTERNS: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^an identifier or note column \((.+)\)$/, (word) => `编号、联系方式或备注类列（${word}）`],
  [/^part of (.+)$/, (whole) => `属于「${whole}」的一部分`],
];

/** The phrase in the clerk's language; English phrases are returned as they are. */
export function phrase(text: string, lang: Lang): string;
export function phrase(text: string | null, lang: Lang): string | null;
export function phrase(text: string | null, lang: Lang): string | null {
  if (text === null || lang === 'en') {
    return text;
  }
  const exact = EXACT[text.trim()];
  if (exact !== undefined) {
    return exact;
  }
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(text.trim());
    if (match) {
      return say(...match.slice(1));
    }
  }
  return text;
}
