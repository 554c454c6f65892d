import { FIELD_NAME_TEXTS } from './page-field-texts';
import type { Text } from './text-types';

/**
 * What the pages (web/) say to a clerk or an analyst, in Chinese and English: pure data, imported
 * by the page bundle, never by the server. Import issues, compare notes and refusals keep their
 * own catalogs, which the server says in the page's language.
 */
export const PAGE_TEXTS = {
  ...FIELD_NAME_TEXTS,
  appName: { zh: () => '体育台账', en: () => 'Sports ledgers' },
  navUpload: { zh: () => '上传台账', en: () => 'Upload a ledger' },
  navHistory: { zh: () => '导入记录', en: () => 'Import history' },
  navCompare: { zh: () => '对比分析', en: () => 'Compare regions' },
  switchLang: { zh: () => 'English', en: () => '中文' },
  switchLangLabel: { zh: () => '切换到英文', en: () => 'Switch to Chinese' },

  keyLabel: { zh: () => 'API 密钥', en: () => 'API key' },
  keyHint: {
    zh: () => '密钥只保存在本浏览器的当前会话中，关闭浏览器后需重新输入',
    en: () => 'The key is kept for this browser session only',
  },
  keySave: { zh: () => '使用密钥', en: () => 'Use key' },
  keyForget: { zh: () => '退出', en: () => 'Sign out' },
  keyNone: { zh: () => '未输入密钥', en: () => 'No key entered' },
  keyNeededToWrite: {
    zh: () => '上传和回滚需要 API 密钥（向管理员索取）',
    en: () => 'Uploading and rolling back need an API key (ask your administrator)',
  },
  keyNeededToRead: {
    zh: () => '本服务器的查询也需要 API 密钥',
    en: () => 'This server needs an API key for reading too',
  },
  authOff: { zh: () => '本服务器未启用密钥（AUTH=off）', en: () => 'Keys are off (AUTH=off)' },
  callerIs: {
    zh: (p) => `${p.name} · ${p.role}${p.region ? ` · ${p.region}` : ''}`,
    en: (p) => `${p.name} · ${p.role}${p.region ? ` · ${p.region}` : ''}`,
  },
  roleADMIN: { zh: () => '管理员', en: () => 'administrator' },
  roleUPLOADER: { zh: () => '上传员', en: () => 'uploader' },
  roleREADER: { zh: () => '只读', en: () => 'reader' },
  readerCannotUpload: {
    zh: () => '此密钥只能查询，不能上传台账',
    en: () => 'This key may read only; it cannot upload ledgers',
  },

  uploadTitle: { zh: () => '上传台账', en: () => 'Upload a ledger' },
  uploadIntro: {
    zh: () => '拖入 Excel（.xlsx）或 CSV 台账，先试导入检查，确认无误后再提交。',
    en: () =>
      'Drop an Excel (.xlsx) or CSV ledger: it is checked first, and committed once you confirm.',
  },
  dropHere: {
    zh: () => '把台账文件拖到这里，或点击选择文件',
    en: () => 'Drop a ledger file here, or click to choose one',
  },
  chooseFile: { zh: () => '选择台账文件', en: () => 'Choose a ledger file' },
  onlyXlsxCsv: {
    zh: () => '只能上传 .xlsx 或 .csv 文件（旧版 .xls 请先另存为 .xlsx）',
    en: () => 'Only .xlsx or .csv files (save an old .xls as .xlsx first)',
  },
  uploading: { zh: (p) => `正在上传 ${p.percent}%`, en: (p) => `Uploading ${p.percent}%` },
  checking: { zh: () => '正在检查台账…', en: () => 'Checking the ledger…' },
  committing: { zh: () => '正在提交…', en: () => 'Committing…' },
  queued: { zh: () => '正在排队等候导入…', en: () => 'Waiting in the import queue…' },
  readingRows: {
    zh: (p) => `正在读取“${p.sheet}”：已读 ${p.rows} 行`,
    en: (p) => `Reading “${p.sheet}”: ${p.rows} rows read`,
  },
  templatesTitle: { zh: () => '空白模板', en: () => 'Blank templates' },
  templateEVENTS: { zh: () => '赛事活动台账', en: () => 'Events ledger' },
  templateFACILITIES: { zh: () => '场地设施台账', en: () => 'Facilities ledger' },
  templateRESULTS: { zh: () => '竞赛成绩台账', en: () => 'Results ledger' },
  templateINDICATORS: { zh: () => '工作指标台账', en: () => 'Indicators ledger' },

  askScope: {
    zh: () => '台账中没有写明地区或年度，请补充后重新检查：',
    en: () => 'The ledger does not say its region or year; give them and check again:',
  },
  regionCode: { zh: () => '地区代码（如 120102）', en: () => 'Region code (e.g. 120102)' },
  year: { zh: () => '年度', en: () => 'Year' },
  recheck: { zh: () => '重新检查', en: () => 'Check again' },

  resultTitle: { zh: (p) => `检查结果：${p.file}`, en: (p) => `Check of ${p.file}` },
  statusVALIDATED: { zh: () => '检查通过，可以提交', en: () => 'Checked: ready to commit' },
  statusCOMMITTED: { zh: () => '已提交', en: () => 'Committed' },
  statusFAILED: { zh: () => '有错误，未写入任何数据', en: () => 'Refused: nothing was written' },
  statusSUPERSEDED: { zh: () => '已被替换', en: () => 'Superseded' },
  statusROLLED_BACK: { zh: () => '已撤销', en: () => 'Rolled back' },
  statusPENDING: { zh: () => '等待导入', en: () => 'Waiting' },
  statusRUNNING: { zh: () => '正在导入', en: () => 'Running' },
  statusQUEUED: { zh: () => '排队中', en: () => 'Queued' },
  dryRunTag: { zh: () => '试导入', en: () => 'dry run' },
  committedSummary: {
    zh: (p) => `已提交第 ${p.id} 批，写入 ${p.rows} 行`,
    en: (p) => `Batch ${p.id} committed: ${p.rows} rows written`,
  },
  identicalSummary: {
    zh: (p) => `与已提交的第 ${p.id} 批完全相同，未作改动`,
    en: (p) => `Identical to committed batch ${p.id}: nothing changed`,
  },
  scopeLine: {
    zh: (p) => `地区：${p.region} · 年度：${p.year}`,
    en: (p) => `Region: ${p.region} · Year: ${p.year}`,
  },
  regionWithCode: {
    zh: (p) => `${p.name}（${p.code}）`,
    en: (p) => `${p.name} (${p.code})`,
  },
  unknown: { zh: () => '未定', en: () => 'not set' },

  sheetsTitle: { zh: () => '工作表', en: () => 'Sheets' },
  sheetName: { zh: () => '工作表', en: () => 'Sheet' },
  sheetKind: { zh: () => '类型', en: () => 'Kind' },
  headerRow: { zh: () => '表头行', en: () => 'Header row' },
  rowsRead: { zh: () => '读取行数', en: () => 'Rows read' },
  rowsImported: { zh: () => '导入行数', en: () => 'Rows imported' },
  skipped: { zh: (p) => `已跳过：${p.reason}`, en: (p) => `Skipped: ${p.reason}` },
  kindEVENTS: { zh: () => '赛事活动', en: () => 'events' },
  kindFACILITIES: { zh: () => '场地设施', en: () => 'facilities' },
  kindRESULTS: { zh: () => '竞赛成绩', en: () => 'results' },
  kindINDICATORS: { zh: () => '工作指标', en: () => 'indicators' },
  columnsOf: { zh: (p) => `「${p.sheet}」的列`, en: (p) => `Columns of ${p.sheet}` },
  colLetter: { zh: () => '列', en: () => 'Column' },
  colHeader: { zh: () => '表头', en: () => 'Header' },
  colField: { zh: () => '读作', en: () => 'Read as' },
  colUnit: { zh: () => '单位', en: () => 'Unit' },
  colSource: { zh: () => '依据', en: () => 'From' },
  sourceSPEC: { zh: () => '规范表头', en: () => 'the ledger spec' },
  sourceSYNONYM: { zh: () => '按词义和单位识别', en: () => 'its words and unit' },
  sourceREMEMBERED: { zh: () => '本地区以前的对应', en: () => "this region's earlier mapping" },
  sourceREQUEST: { zh: () => '本次选择的对应', en: () => 'the mapping chosen here' },
  colIgnored: { zh: (p) => `未读取：${p.reason}`, en: (p) => `Ignored: ${p.reason}` },

  errorsTitle: { zh: (p) => `错误（${p.count}）`, en: (p) => `Errors (${p.count})` },
  warningsTitle: { zh: (p) => `提示（${p.count}）`, en: (p) => `Warnings (${p.count})` },
  issueCell: { zh: () => '位置', en: () => 'Cell' },
  issueValue: { zh: () => '填写内容', en: () => 'Value' },
  issueMessage: { zh: () => '说明', en: () => 'What is wrong' },
  showRow: { zh: () => '查看整行', en: () => 'Show the row' },
  hideRow: { zh: () => '收起', en: () => 'Hide the row' },
  rowAsWritten: {
    zh: (p) => `第 ${p.row} 行原文`,
    en: (p) => `Row ${p.row} as written`,
  },
  fixInExcel: {
    zh: () => '请在 Excel 中改正标出的单元格，保存后重新上传；或下载标注报告查看每个问题的位置。',
    en: () => 'Fix the marked cells in Excel and upload again, or download the marked-up report.',
  },

  mapTitle: { zh: () => '未识别的列', en: () => 'Columns to map' },
  mapIntro: {
    zh: () => '下列列含有数字，但系统无法判断其含义。请选择每列对应的字段，再重新检查：',
    en: () =>
      'These columns hold numbers the importer cannot place. Choose what each means, then check again:',
  },
  mapChoose: { zh: () => '请选择…', en: () => 'Choose…' },
  mapFor: { zh: (p) => `「${p.header}」的含义`, en: (p) => `Meaning of ${p.header}` },
  mapIgnore: { zh: () => '不导入此列', en: () => 'Do not import this column' },
  mapApply: { zh: () => '按此对应重新检查', en: () => 'Check again with these mappings' },
  mapRemembered: {
    zh: () => '提交后，系统会为本地区记住这些对应关系。',
    en: () => 'Once committed, these mappings are remembered for the region.',
  },

  commit: { zh: () => '提交导入', en: () => 'Commit the import' },
  downloadReport: {
    zh: () => '下载标注报告（.xlsx）',
    en: () => 'Download the marked-up report (.xlsx)',
  },
  startOver: { zh: () => '换一个文件', en: () => 'Choose another file' },
  toHistory: { zh: () => '查看导入记录', en: () => 'See the import history' },
  requestFailed: { zh: (p) => `请求失败：${p.message}`, en: (p) => `Request failed: ${p.message}` },

  historyTitle: { zh: () => '导入记录', en: () => 'Import history' },
  historyIntro: {
    zh: (p) => `最近的 ${p.count} 次导入，最新的在前`,
    en: (p) => `The last ${p.count} imports, newest first`,
  },
  historyScoped: {
    zh: (p) => `只显示 ${p.region} 及其下属地区的导入`,
    en: (p) => `Only imports of ${p.region} and the regions in it`,
  },
  historyEmpty: { zh: () => '还没有导入记录', en: () => 'No imports yet' },
  report: { zh: () => '报告', en: () => 'Report' },
  rollback: { zh: () => '回滚', en: () => 'Roll back' },
  rollbackAsk: {
    zh: (p) => `确定回滚第 ${p.id} 批（${p.file}）吗？其数据将不再计入，之前的台账恢复生效。`,
    en: (p) =>
      `Roll back batch ${p.id} (${p.file})? Its rows stop counting and the ledger it replaced counts again.`,
  },
  rollbackConfirm: { zh: () => '确认回滚', en: () => 'Roll back' },
  cancel: { zh: () => '取消', en: () => 'Cancel' },
  rolledBack: { zh: (p) => `第 ${p.id} 批已回滚`, en: (p) => `Batch ${p.id} rolled back` },
  refresh: { zh: () => '刷新', en: () => 'Refresh' },
  loading: { zh: () => '加载中…', en: () => 'Loading…' },

  compareTitle: { zh: () => '对比分析', en: () => 'Compare regions' },
  regionsLabel: { zh: () => '地区', en: () => 'Regions' },
  regionSearch: {
    zh: () => '搜索地区（名称、拼音或代码）',
    en: () => 'Search regions (name, pinyin or code)',
  },
  removeRegion: { zh: (p) => `移除 ${p.name}`, en: (p) => `Remove ${p.name}` },
  metricsLabel: { zh: () => '指标', en: () => 'Metrics' },
  indicatorsLabel: { zh: () => '工作指标', en: () => 'Indicators' },
  yearsLabel: {
    zh: () => '年度（逗号分隔，留空为全部）',
    en: () => 'Years (commas; empty for all)',
  },
  per10k: { zh: () => '按每万常住人口折算', en: () => 'Per 10,000 residents' },
  chooseRegions: {
    zh: () => '请至少选择一个地区和一个指标',
    en: () => 'Choose at least one region and one metric',
  },
  noRows: {
    zh: () => '所选地区和年度没有数据',
    en: () => 'No figures for these regions and years',
  },
  chartBars: { zh: (p) => `${p.metric}：各地区对比`, en: (p) => `${p.metric}: by region` },
  chartLine: { zh: (p) => `${p.metric}：逐年变化`, en: (p) => `${p.metric}: over the years` },
  tableTitle: { zh: () => '数据表', en: () => 'Table' },
  approximate: { zh: () => '约', en: () => 'approx.' },
  approximateHint: {
    zh: () => '≈ 表示数值含“余、约、多”等约数',
    en: () => '≈ marks a figure given as 余/约/多 (approximate)',
  },
  coverage: {
    zh: (p) => `${p.reported}/${p.expected} 个区县填报`,
    en: (p) => `${p.reported} of ${p.expected} counties reported`,
  },
  notReported: { zh: () => '未填报', en: () => 'not reported' },
  download: { zh: () => '下载', en: () => 'Download' },
  downloadCsv: { zh: () => '下载 CSV', en: () => 'Download CSV' },
  downloadXlsx: { zh: () => '下载 Excel', en: () => 'Download Excel' },
  shareHint: {
    zh: () => '当前视图保存在网址中，可直接分享；在网址后加 &embed=1 可嵌入内网页面。',
    en: () =>
      'The view lives in the URL: share it, or add &embed=1 to embed it in an intranet page.',
  },
} satisfies Record<string, Text>;

export type PageTextKey = keyof typeof PAGE_TEXTS;
