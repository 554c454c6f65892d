import type { Lang } from './lang';
import { sayText, type Text, type TextParams } from './text-types';

/**
 * What the API says when it refuses a request for its size or shape (query limits, request
 * hardening); the code beside each sentence is what clients branch on, the sentence what people read.
 */
const TEXTS = {
  DEPTH_LIMIT: {
    zh: (p) => `查询嵌套过深：最多 ${p.limit} 层（MAX_DEPTH）`,
    en: (p) => `the query nests deeper than ${p.limit} levels (MAX_DEPTH)`,
  },
  ALIAS_LIMIT: {
    zh: (p) => `查询中的别名过多：最多 ${p.limit} 个（MAX_ALIASES）`,
    en: (p) => `the query uses more than ${p.limit} aliases (MAX_ALIASES)`,
  },
  DIRECTIVE_LIMIT: {
    zh: (p) => `查询中的指令过多：最多 ${p.limit} 个（MAX_DIRECTIVES）`,
    en: (p) => `the query uses more than ${p.limit} directives (MAX_DIRECTIVES)`,
  },
  TOKEN_LIMIT: {
    zh: (p) => `查询过长：最多 ${p.limit} 个词法单元（MAX_TOKENS）`,
    en: (p) => `the query is longer than ${p.limit} tokens (MAX_TOKENS)`,
  },
  COST_LIMIT: {
    zh: (p) =>
      `查询可能返回约 ${p.cost} 行，超过上限 ${p.limit} 行（MAX_COST）；请减小 first 或减少嵌套的列表`,
    en: (p) =>
      `the query may return about ${p.cost} rows, more than the limit of ${p.limit} (MAX_COST); ask for smaller pages or fewer nested lists`,
  },
  PAGE_LIMIT: {
    zh: (p) => `"first" 最大为 ${p.limit}，收到的是 ${p.value}；请用 after 翻页`,
    en: (p) => `"first" may be at most ${p.limit}, got ${p.value}; page on with "after"`,
  },
  TEXT_TOO_LONG: {
    zh: (p) => `参数 "${p.name}" 过长：最多 ${p.limit} 个字符（收到 ${p.length} 个）`,
    en: (p) => `"${p.name}" may hold at most ${p.limit} characters, got ${p.length}`,
  },
  NUL_CHARACTER: {
    zh: (p) => `参数 "${p.name}" 含有不可见的空字符（\\u0000），请删除后再试`,
    en: (p) => `"${p.name}" contains a NUL character (\\u0000)`,
  },
  STATEMENT_TIMEOUT: {
    zh: (p) => `数据库查询超过 ${p.seconds} 秒被中止；请缩小地区、年份或其他筛选范围`,
    en: (p) =>
      `the database stopped the query after ${p.seconds} s (STATEMENT_TIMEOUT_MS); narrow the regions, years or other filters`,
  },
  BAD_DATABASE_VALUE: {
    zh: () => '请求中的某个值无法用于查询（超出范围或含有无效字符）',
    en: () =>
      'a value in the request cannot be used in a query (out of range or invalid characters)',
  },
  HOST_REFUSED: {
    zh: (p) => `不接受发往主机 "${p.host}" 的请求（ALLOWED_HOSTS）`,
    en: (p) => `requests addressed to host "${p.host}" are not served here (ALLOWED_HOSTS)`,
  },
  CROSS_SITE_GET: {
    zh: () =>
      '拒绝来自其他网站的 GraphQL GET 请求：请用 POST 发送 JSON，或加上请求头 "apollo-require-preflight: true"。',
    en: () =>
      'Cross-site GraphQL GET refused: POST the query as JSON, or add the header "apollo-require-preflight: true".',
  },
  BODY_TOO_LARGE: {
    zh: (p) => `请求体超过上限 ${p.limit}（MAX_JSON_MB）`,
    en: (p) => `the request body is larger than ${p.limit} (MAX_JSON_MB)`,
  },
  BAD_JSON: {
    zh: () => '请求体不是有效的 JSON',
    en: () => 'the request body is not valid JSON',
  },
  NO_ROUTE: {
    zh: (p) => `没有这个地址：${p.method} ${p.path}`,
    en: (p) => `no such route: ${p.method} ${p.path}`,
  },
} satisfies Record<string, Text>;

export type LimitTextKey = keyof typeof TEXTS;

/** The sentence `key` in the reader's language. */
export function sayLimit(lang: Lang, key: LimitTextKey, params: TextParams = {}): string {
  return sayText(TEXTS[key], lang, params);
}
