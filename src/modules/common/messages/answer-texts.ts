import type { Text } from './text-types';

/** How a Chinese sentence names what a partial figure leaves out. */
const SUBJECT_ZH: Readonly<Record<string, string>> = { total: '合计', population: '人口（除数）' };
const SUBJECT_EN: Readonly<Record<string, string>> = {
  total: 'the total',
  population: 'the population (the divisor)',
};

/**
 * What an analyst reads beside the figures: the notes of compared values and the refusals of a
 * question the comparison cannot answer. Values stay as computed; only their words change.
 */
export const ANSWER_TEXTS = {
  notePartial: {
    zh: (p) =>
      `数据不全：${p.region}下属 ${p.expected} 个县级行政区中只有 ${p.reported} 个填报，${SUBJECT_ZH[p.subject] ?? p.subject}未含其余 ${Number(p.expected) - Number(p.reported)} 个`,
    en: (p) =>
      `partial: only ${p.reported} of the ${p.expected} county-level regions of ${p.region} reported, so ${SUBJECT_EN[p.subject] ?? p.subject} leaves out the other ${Number(p.expected) - Number(p.reported)}`,
  },
  noteNotAdditive: {
    zh: (p) => `${p.name}不是可累加的数值（${p.unit}）：保留填报值，未按每万常住人口折算`,
    en: (p) =>
      `${p.name} is not an additive figure (${p.unit}): kept as reported, not normalised per 10,000 residents`,
  },
  noteNoPopulation: {
    zh: (p) => `${p.region}没有填报 ${p.year} 年的常住人口（indicators.${p.metric}），无法折算`,
    en: (p) => `no population (indicators.${p.metric}) reported for ${p.region} in ${p.year}`,
  },
  notePerTenThousand: {
    zh: () => '每万常住人口',
    en: () => 'per 10,000 residents',
  },
  unknownMetric: {
    zh: (p) => `未知的指标「${p.key}」；可用的指标：${p.known}`,
    en: (p) => `unknown metric "${p.key}"; known metrics: ${p.known}`,
  },
  unknownRegions: {
    zh: (p) => `未知的行政区划代码：${p.codes}`,
    en: (p) => `unknown region code(s): ${p.codes}`,
  },
  compareTooLarge: {
    zh: (p) =>
      `一次比较最多 ${p.regions} 个地区、${p.metrics} 个指标、${p.years} 个年度；本次为 ${p.askedRegions} 个地区、${p.askedMetrics} 个指标、${p.askedYears} 个年度`,
    en: (p) =>
      `compare takes at most ${p.regions} regions, ${p.metrics} metrics and ${p.years} years; asked for ${p.askedRegions}, ${p.askedMetrics} and ${p.askedYears}`,
  },
  noGroupBy: {
    zh: () => 'groupBy 至少需要一个分组维度',
    en: () => 'groupBy needs at least one dimension',
  },
  badCursor: {
    zh: (p) => `"after" 不是本接口给出的游标：${p.cursor}`,
    en: (p) => `"after" is not a cursor this API gave out: ${p.cursor}`,
  },
  badPageSize: {
    zh: (p) => `"first" 应在 0 到 ${p.max} 之间，收到的是 ${p.value}`,
    en: (p) => `"first" must be between 0 and ${p.max}, got ${p.value}`,
  },
  argumentInvalid: {
    zh: (p) => `参数不合要求：${p.details}`,
    en: (p) => `Argument Validation Error: ${p.details}`,
  },
  argumentEmpty: {
    zh: (p) => `${p.property} 不能为空`,
    en: (p) => `${p.property} should not be empty`,
  },
  argumentTooLong: {
    zh: (p) => `${p.property} 最长 ${p.max} 个字符，收到 ${p.length} 个`,
    en: (p) => `${p.property} must be at most ${p.max} characters, got ${p.length}`,
  },
  paramHasNul: {
    zh: (p) => `参数 "${p.name}" 含有空字符（\\u0000），请删去后再试`,
    en: (p) => `"${p.name}" contains a NUL character (\\u0000)`,
  },
  paramTooLong: {
    zh: (p) => `参数 "${p.name}" 最多 ${p.max} 个字符，收到 ${p.length} 个`,
    en: (p) => `"${p.name}" may hold at most ${p.max} characters, got ${p.length}`,
  },
  paramNotInts: {
    zh: (p) => `参数 "${p.name}" 应为整数列表（用逗号分隔），收到的是 "${p.value}"`,
    en: (p) => `"${p.name}" must list whole numbers, got "${p.value}"`,
  },
  paramNotBool: {
    zh: (p) => `参数 "${p.name}" 应为 true 或 false，收到的是 "${p.value}"`,
    en: (p) => `"${p.name}" must be true or false, got "${p.value}"`,
  },
  paramNotEnum: {
    zh: (p) => `参数 "${p.name}" 可取 ${p.allowed}；收到的 ${p.value} 不在其中`,
    en: (p) => `"${p.name}" takes ${p.allowed}; got ${p.value}`,
  },
  paramMissing: {
    zh: (p) => `缺少查询参数 "${p.name}"`,
    en: (p) => `the query parameter "${p.name}" is required`,
  },
} satisfies Record<string, Text>;
