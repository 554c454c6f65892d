import { param, type IssueTexts, type IssueView } from './issue-text';
import { phrase } from './phrases';

// Whole-file refusals and what happens to a batch as a whole. Params: what (the file's real
// format), detail, limit ("50 MB"), parts, batch, count, and for IMPLAUSIBLE_CHANGE what, region,
// year, value, before, ratio.

const SAVE_AS = '请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传。';
const EXPECTED = '请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。';

const whatZh = (i: IssueView) => {
  const what = param(i, 'what');
  return what ? phrase(what, 'zh-CN') : null;
};

export const FILE_ISSUES: Readonly<Record<string, IssueTexts>> = {
  LEGACY_XLS: {
    zh: () => `这是旧格式的 Excel 文件（.xls）。${SAVE_AS}`,
    en: () =>
      'This is an old-format Excel file (.xls). Open it in Excel or WPS and save it as .xlsx, then upload the .xlsx.',
  },
  ENCRYPTED_WORKBOOK: {
    zh: () => '此工作簿设置了打开密码。请用 Excel 或 WPS 打开，取消密码并保存后再上传。',
    en: () =>
      'This workbook is protected with a password to open. Open it in Excel or WPS, remove the password, save it, then upload it again.',
  },
  NOT_A_WORKBOOK: {
    zh: (i) => `此文件${whatZh(i) ? `是${whatZh(i)}，` : ''}不是工作簿。${EXPECTED}`,
    en: (i) =>
      `This file is ${param(i, 'what') ?? 'something else'}, not a workbook. An Excel workbook (.xlsx) or a CSV file (.csv) was expected.`,
  },
  DAMAGED_WORKBOOK: {
    zh: () => '此工作簿已损坏，无法读取。请用 Excel 或 WPS 打开并另存一份，再上传另存的文件。',
    en: (i) =>
      `This workbook is damaged and cannot be read${param(i, 'detail') ? ` (${param(i, 'detail')})` : ''}. Open it in Excel or WPS, save it again, then upload the saved copy.`,
  },
  EMPTY_WORKBOOK: {
    zh: () => '此工作簿是空的：没有任何工作表填有内容。',
    en: () => 'This workbook is empty: no sheet has any filled cell.',
  },
  FILE_TOO_LARGE: {
    zh: (i) =>
      `文件超过了上传上限${param(i, 'limit') ? `（${param(i, 'limit')}）` : ''}。请把台账拆成几个较小的文件。`,
    en: (i) =>
      `This file is larger than the upload limit${param(i, 'limit') ? ` of ${param(i, 'limit')}` : ''}. Split the ledger into smaller files.`,
  },
  ZIP_BOMB: {
    zh: (i) => {
      const limit = param(i, 'limit') ? `（${param(i, 'limit')}）` : '';
      if (param(i, 'parts')) {
        return `此工作簿由超过 ${param(i, 'parts')} 个内部部件组成，远超任何台账，未读取。`;
      }
      const what = param(i, 'part') ? `的内部部件 ${param(i, 'part')} ` : '';
      return `此工作簿${what}解压后超过上限${limit}，远超任何台账，未读取。`;
    },
    en: (i) =>
      `${param(i, 'part') ? `Its part ${param(i, 'part')}` : 'This workbook'} unpacks beyond the limit${param(i, 'limit') ? ` of ${param(i, 'limit')}` : ''}, far beyond any ledger; it was not read.`,
  },
  TOO_MANY_MERGES: {
    zh: (i) =>
      `工作表「${param(i, 'sheet') ?? ''}」的合并${param(i, 'what') === 'cells' ? '单元格' : '区域'}超过 ${param(i, 'limit') ?? ''} 个，远超任何台账。请取消合并单元格（开始 → 合并后居中 → 取消单元格合并），保存后再上传。`,
    en: (i) =>
      `Sheet "${param(i, 'sheet') ?? ''}" has more than ${param(i, 'limit') ?? ''} merged ${param(i, 'what') === 'cells' ? 'cells' : 'ranges'}, far beyond any ledger; unmerge the cells, save, then upload again.`,
  },
  CSV_BEYOND_EXCEL: {
    zh: (i) => {
      const limit = param(i, 'limit') ?? '';
      const where = {
        columns: `第 ${param(i, 'row')} 行超过 ${limit} 列`,
        characters: `第 ${param(i, 'row')} 行有一个单元格超过 ${limit} 个字符`,
        rows: `此 CSV 文件超过 ${limit} 行`,
      }[param(i, 'what') ?? 'rows'];
      return `${where ?? '此 CSV 文件'}，超出了 Excel 工作表的上限，未读取。请确认这是另存为 CSV 的台账，或把它拆成几个文件。`;
    },
    en: (i) => i.message,
  },
  UNSUPPORTED_FILE_TYPE: {
    zh: (i) => `此文件${whatZh(i) ? `是${whatZh(i)}，` : '的格式'}无法导入。${SAVE_AS}`,
    en: (i) =>
      `This file is ${param(i, 'what') ?? 'of a format'} which cannot be imported. Open it in Excel or WPS and save it as .xlsx.`,
  },
  UNKNOWN_REGION: {
    zh: (i) =>
      `上传时给出的地区${param(i, 'region') ? `「${param(i, 'region')}」` : ''}不是 GB/T 2260 行政区划代码。`,
    en: (i) => `the upload's region "${param(i, 'region') ?? ''}" is not a GB/T 2260 code`,
  },
  IMPORT_FAILED: {
    zh: () => '导入因意外错误中止，没有写入任何数据。请把批次号告知系统管理员。',
    en: () => 'the import stopped on an unexpected error; nothing was written',
  },
  IMPORT_TIMEOUT: {
    zh: (i) =>
      `导入超过了时限${param(i, 'seconds') ? `（${param(i, 'seconds')} 秒）` : ''}被中止，没有写入任何数据。请把台账拆成几个较小的文件再上传，或请系统管理员放宽时限（IMPORT_TIMEOUT_S）。`,
    en: (i) => i.message,
  },
  INTERRUPTED: {
    zh: () => '导入被中断（服务器停止），没有写入任何数据。请重新上传。',
    en: () => 'the import was interrupted (the server stopped); nothing was written',
  },
  IDENTICAL_FILE: {
    zh: (i) => {
      const batch = param(i, 'batch') ?? i.context.identicalTo;
      return `此文件已${batch ? `作为第 ${batch} 批` : ''}导入过，本次没有改动。`;
    },
    en: (i) => {
      const batch = param(i, 'batch') ?? i.context.identicalTo;
      return `this file was already imported${batch ? ` as batch ${batch}` : ''}; nothing changed`;
    },
  },
  TOO_MANY_ERRORS: {
    zh: (i) => `另有 ${param(i, 'count') ?? '更多'} 个错误未列出。`,
    en: (i) => `${param(i, 'count') ?? 'more'} more errors are not listed`,
  },
  TOO_MANY_WARNINGS: {
    zh: (i) => `另有 ${param(i, 'count') ?? '更多'} 个警告未列出。`,
    en: (i) => `${param(i, 'count') ?? 'more'} more warnings are not listed`,
  },
  IMPLAUSIBLE_CHANGE: {
    zh: (i) => {
      const [what, region, year, value, before, ratio] = [
        'what',
        'region',
        'year',
        'value',
        'before',
        'ratio',
      ].map((n) => param(i, n));
      return what && region && year && value && before
        ? `地区 ${region} ${year} 年的${phrase(what, 'zh-CN')}为 ${value}，上一年为 ${before}${ratio ? `（${ratio}）` : ''}；单位是元还是万元，填对了吗？`
        : '与上一年相比变化异常（相差百倍左右）；单位是元还是万元，填对了吗？';
    },
    en: () =>
      'the figure differs from last year’s by about 100 times; is the unit right (元 or 万元)?',
  },
};
