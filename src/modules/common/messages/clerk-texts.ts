import type { Lang } from './lang';

type Params = Readonly<Record<string, string | number>>;
type Text = Readonly<{ zh: (p: Params) => string; en: (p: Params) => string }>;

/**
 * What the transports themselves say to a clerk (upload answers, the CLI, the report workbook),
 * by a stable key; the import issues have their own catalog (issue-messages.ts).
 */
const TEXTS = {
  notMultipart: {
    zh: () => '需要 multipart/form-data 请求，并在 "file" 字段中附上文件',
    en: () => 'expected a multipart/form-data request with a "file" field',
  },
  noFileField: {
    zh: () => '表单中没有 "file" 字段',
    en: () => 'the form has no "file" field',
  },
  unreadableUpload: {
    zh: () => '上传的表单无法读取，请重新上传',
    en: (p) => `unreadable upload: ${p.detail}`,
  },
  fileTooLarge: {
    zh: (p) => `文件超过了上传上限 ${p.mb} MB（MAX_UPLOAD_MB）；请把台账拆成几个较小的文件`,
    en: (p) => `the file is larger than the upload limit of ${p.mb} MB (MAX_UPLOAD_MB)`,
  },
  badYear: {
    zh: (p) => `"year" 应为年份，收到的是 "${p.value}"`,
    en: (p) => `"year" must be a year, got "${p.value}"`,
  },
  badColumnMap: {
    zh: (p) =>
      `"columnMap" 应为 JSON 列表，如 [{"header":"投资总额（万元）","field":"investment"}]：${p.detail}`,
    en: (p) =>
      `"columnMap" must be a JSON list such as [{"header":"投资总额（万元）","field":"investment"}]: ${p.detail}`,
  },
  badIgnoreSheets: {
    zh: () => '"ignoreSheets" 应为工作表名称的 JSON 列表，或用逗号分隔的名称',
    en: () => '"ignoreSheets" must be a JSON list of sheet names, or names separated by commas',
  },
  csrfRefused: {
    zh: () =>
      '拒绝来自其他网站的表单提交：请从本网站提交，或在请求中加上请求头 "apollo-require-preflight: true"。',
    en: () =>
      'Cross-site form post refused: send the request from this site, or add the header "apollo-require-preflight: true".',
  },
  importFailed: {
    zh: (p) => `第 ${p.id} 批导入因意外错误中止，没有写入任何数据；请把批次号告知系统管理员`,
    en: (p) => `import batch ${p.id} stopped on an unexpected error; nothing was written`,
  },
  dbUnavailable: {
    zh: () => '暂时无法连接数据库，请稍后再试',
    en: () => 'the database cannot be reached at the moment; try again later',
  },
  internal: {
    zh: () => '服务器内部错误',
    en: () => 'Internal server error',
  },
  noBatch: {
    zh: (p) => `没有编号为 "${p.id}" 的导入批次`,
    en: (p) => `no import batch "${p.id}"`,
  },
  reportTooLarge: {
    zh: (p) =>
      `上传的工作簿（${p.size}）超过了可生成标注报告的上限（${p.max}）；本批的错误可通过 GraphQL importBatch 查看`,
    en: (p) =>
      `the uploaded workbook (${p.size}) is larger than a marked-up report can be built from (${p.max}); the batch's errors are listed in GET /graphql importBatch`,
  },
  reportRefused: {
    zh: (p) => `无法为本批生成标注报告：${p.reason} 本批的错误可通过 GraphQL importBatch 查看`,
    en: (p) =>
      `no marked-up report can be built for this batch: ${p.reason} The batch's errors are listed in GET /graphql importBatch`,
  },
  importBusy: {
    zh: (p) => `服务器正在处理其他导入，请 ${p.seconds} 秒后再上传`,
    en: (p) => `the server is busy with other imports; upload again in ${p.seconds} seconds`,
  },
  cliBadYear: {
    zh: (p) => `--year 应为年份，收到的是 "${p.value}"`,
    en: (p) => `--year must be a year, got "${p.value}"`,
  },
  cliBadMap: {
    zh: (p) =>
      `--map 应写成 '表头=字段'（如 '投资总额（万元）=investment'），收到的是 "${p.value}"`,
    en: (p) =>
      `--map must read 'HEADER=field' (e.g. '投资总额（万元）=investment'), got "${p.value}"`,
  },
  cliBadLang: {
    zh: (p) => `--lang 应为 zh 或 en，收到的是 "${p.value}"`,
    en: (p) => `--lang must be zh or en, got "${p.value}"`,
  },
  cliCannotRead: {
    zh: (p) => `无法读取文件：${p.files}`,
    en: (p) => `cannot read ${p.files}`,
  },
} satisfies Record<string, Text>;

export type ClerkTextKey = keyof typeof TEXTS;

/** The sentence `key` in the reader's language. */
export function say(lang: Lang, key: ClerkTextKey, params: Params = {}): string {
  const text: Text = TEXTS[key];
  return lang === 'en' ? text.en(params) : text.zh(params);
}
