import { ANSWER_TEXTS } from './answer-texts';
import type { Lang } from './lang';
import { sayText, type Text, type TextParams } from './text-types';

/** A batch's status as a clerk reads it. */
const STATUS_ZH: Readonly<Record<string, string>> = {
  PENDING: '等待导入',
  RUNNING: '正在导入',
  VALIDATED: '已校验（试导入或被拒绝）',
  COMMITTED: '已提交',
  FAILED: '导入失败',
  SUPERSEDED: '已被替换',
  ROLLED_BACK: '已撤销',
};

/**
 * What the transports themselves say to a clerk (upload answers, the CLI, the report workbook),
 * by a stable key; the import issues have their own catalog (issue-messages.ts), and what an
 * analyst reads beside compared figures is in answer-texts.ts.
 */
const TEXTS = {
  ...ANSWER_TEXTS,
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
  uploadNotLedger: {
    zh: (p) =>
      `只能上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv），"${p.name}" 不是；请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传`,
    en: (p) =>
      `only an Excel workbook (.xlsx) or a CSV file (.csv) can be uploaded, and "${p.name}" is neither; open it in Excel or WPS and save it as .xlsx`,
  },
  uploadLegacyXls: {
    zh: (p) =>
      `"${p.name}" 是旧格式的 Excel 文件（.xls）；请用 Excel 或 WPS 打开，另存为 .xlsx 后再上传`,
    en: (p) =>
      `"${p.name}" is an old-format Excel file (.xls); open it in Excel or WPS, save it as .xlsx, then upload the .xlsx`,
  },
  tooManyFiles: {
    zh: () => '一次只能上传一个文件；请分别上传每个台账',
    en: () => 'one file per upload; upload each ledger on its own',
  },
  uploadTimeout: {
    zh: (p) => `上传在 ${p.seconds} 秒内没有传完，已中断（UPLOAD_TIMEOUT_S）；请检查网络后重新上传`,
    en: (p) =>
      `the upload did not arrive within ${p.seconds} seconds and was cut off (UPLOAD_TIMEOUT_S); check the connection and upload again`,
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
  shuttingDown: {
    zh: () => '服务器正在停止，请稍后再试',
    en: () => 'the server is stopping; try again in a moment',
  },
  internal: {
    zh: () => '服务器内部错误',
    en: () => 'Internal server error',
  },
  noBatch: {
    zh: (p) => `没有编号为 "${p.id}" 的导入批次`,
    en: (p) => `no import batch "${p.id}"`,
  },
  rollbackReplaced: {
    zh: (p) =>
      p.by
        ? `第 ${p.id} 批已被第 ${p.by} 批替换，不能撤销；请先撤销第 ${p.by} 批`
        : `第 ${p.id} 批已被之后的导入替换，不能撤销；请先撤销之后的批次`,
    en: (p) =>
      `batch ${p.id} has been replaced${p.by ? ` by batch ${p.by}` : ''}; roll that back first`,
  },
  rollbackNotCommitted: {
    zh: (p) =>
      `第 ${p.id} 批的状态是「${STATUS_ZH[p.status] ?? p.status}」（${p.status}），只有已提交（COMMITTED）的批次可以撤销`,
    en: (p) => `batch ${p.id} is ${p.status}; only a COMMITTED batch can be rolled back`,
  },
  rollbackPurged: {
    zh: (p) => `第 ${p.id} 批不能撤销：它替换掉的第 ${p.ids} 批的数据已被管理员清除（purge）`,
    en: (p) =>
      `batch ${p.id} cannot be rolled back: the rows of batch ${p.ids}, which it replaced, were purged`,
  },
  unparsableBody: {
    zh: () => '请求正文无法解析：不是有效的 JSON',
    en: (p) => String(p.detail),
  },
  bodyTooLarge: {
    zh: () => '请求正文超过了上限',
    en: (p) => String(p.detail),
  },
  unsupportedBody: {
    zh: () => '不支持此请求正文的内容类型（Content-Type）',
    en: (p) => String(p.detail),
  },
  badRequest: {
    zh: (p) => `请求无法处理（HTTP ${p.status}）`,
    en: (p) => String(p.detail),
  },
  noTemplate: {
    zh: (p) => `没有模板「${p.file}」；可下载的模板：${p.kinds}（如 /templates/events.xlsx）`,
    en: (p) => `no template "${p.file}": use one of ${p.kinds} (e.g. /templates/events.xlsx)`,
  },
  noExport: {
    zh: (p) => `没有导出「${p.path}」；导出地址为 /export/{${p.questions}}.{${p.formats}}`,
    en: (p) => `no export "${p.path}": exports are /export/{${p.questions}}.{${p.formats}}`,
  },
  reportTooLarge: {
    zh: (p) =>
      `上传的工作簿（${p.size}）超过了可生成标注报告的上限（${p.max}）；本批的错误可通过 GraphQL importBatch 查看`,
    en: (p) =>
      `the uploaded workbook (${p.size}) is larger than a marked-up report can be built from (${p.max}); the batch's errors are listed in GET /graphql importBatch`,
  },
  cliBadMaxMb: {
    zh: (p) => `--max-mb 应为 1 到 16384 之间的兆字节数，收到的是 "${p.value}"`,
    en: (p) => `--max-mb must be a size in MB from 1 to 16384, got "${p.value}"`,
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
  authNoKey: {
    zh: () => '需要 API 密钥：请在请求头中加上 "Authorization: Bearer 密钥"',
    en: () => 'an API key is required: send the header "Authorization: Bearer KEY"',
  },
  authMALFORMED: {
    zh: () => 'API 密钥格式不对（应以 sl_ 开头，校验位不符）；请完整复制密钥',
    en: () =>
      'the API key is malformed (it starts with sl_ and ends with a checksum); copy it whole',
  },
  authUNKNOWN: {
    zh: () => '没有这个 API 密钥',
    en: () => 'no such API key',
  },
  authREVOKED: {
    zh: () => '该 API 密钥已被吊销',
    en: () => 'the API key has been revoked',
  },
  authEXPIRED: {
    zh: () => '该 API 密钥已过期',
    en: () => 'the API key has expired',
  },
  forbiddenRole: {
    zh: (p) => `该密钥（${p.role}）无权执行此操作`,
    en: (p) => `the key's role (${p.role}) does not allow this`,
  },
  pagesNotBuilt: {
    zh: () => '网页尚未构建：请先运行 npm run build（npm start 会自动构建）',
    en: () => 'the pages are not built: run npm run build (npm start builds them when missing)',
  },
  forbiddenRegion: {
    zh: (p) => `第 ${p.id} 批的地区（${p.regions}）不在该密钥的地区（${p.scope}）之内，不能回滚`,
    en: (p) =>
      `batch ${p.id} covers ${p.regions}, outside the key's region ${p.scope}; it cannot be rolled back with this key`,
  },
  metricsToken: {
    zh: () =>
      '读取 /metrics 需要监控令牌：请在请求头中加上 "Authorization: Bearer METRICS_TOKEN 的值"',
    en: () => '/metrics needs the metrics token: send "Authorization: Bearer <METRICS_TOKEN>"',
  },
  metricsLocalOnly: {
    zh: () =>
      '未设置 METRICS_TOKEN 时，/metrics 只对本机（127.0.0.1、::1）直接访问开放；请设置 METRICS_TOKEN',
    en: () =>
      '/metrics answers only direct requests from this machine (127.0.0.1, ::1) while METRICS_TOKEN is unset; set METRICS_TOKEN',
  },
} satisfies Record<string, Text>;

export type ClerkTextKey = keyof typeof TEXTS;

/** A sentence not yet said: its key and the values it is built from. */
export interface CatalogText {
  key: ClerkTextKey;
  params: TextParams;
}

/** The sentence `key` in the reader's language. */
export function say(lang: Lang, key: ClerkTextKey, params: TextParams = {}): string {
  return sayText(TEXTS[key], lang, params);
}
