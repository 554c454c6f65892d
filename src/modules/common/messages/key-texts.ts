import type { Lang } from './lang';
import { sayText, type Text, type TextParams } from './text-types';

/**
 * What `sports-ledger keys` says to the bureau's operator: zh-CN by default, English with
 * `--lang en`. The listing's columns (role, state) stay codes a script can read.
 */
const TEXTS = {
  keyBadRole: {
    zh: (p) => `--role 应为 admin、uploader 或 reader，收到的是 "${p.value}"`,
    en: (p) => `--role must be admin, uploader or reader, got "${p.value}"`,
  },
  keyNeedsRegion: {
    zh: () => '上传密钥需要 --region（其地区的 GB/T 2260 代码）',
    en: () => 'an uploader key needs --region (the GB/T 2260 code of its region)',
  },
  keyRegionNotForRole: {
    zh: (p) => `--region 只用于上传密钥；${p.role} 密钥不绑定地区`,
    en: (p) => `--region is for uploader keys; an ${p.role} key is not bound to a region`,
  },
  keyUnknownRegion: {
    zh: (p) => `--region "${p.value}" 不是 GB/T 2260 地区代码`,
    en: (p) => `--region "${p.value}" is not a GB/T 2260 code`,
  },
  keyEmptyName: {
    zh: () => '--name 不能为空',
    en: () => '--name must not be empty',
  },
  keyBadExpiry: {
    zh: (p) => `--expires 应写成 90d 或 2027-06-30 这样的期限或日期，收到的是 "${p.value}"`,
    en: (p) => `--expires must be like 90d or 2027-06-30, got "${p.value}"`,
  },
  keyShownOnce: {
    zh: (p) => `密钥 ${p.id}（${p.about}）只显示这一次：请立即保存`,
    en: (p) => `key ${p.id} (${p.about}) is shown this once: store it now`,
  },
  keyExpires: {
    zh: (p) => `有效期至 ${p.at}`,
    en: (p) => `expires ${p.at}`,
  },
  keyNoMatch: {
    zh: (p) => `没有与之相符的密钥：${p.value}`,
    en: (p) => `no key matches: ${p.value}`,
  },
  keySeveralMatch: {
    zh: (p) => `有多个密钥与之相符，请给出编号：${p.value}`,
    en: (p) => `several keys match; give the id: ${p.value}`,
  },
  keyRevoked: {
    zh: (p) => `已吊销 ${p.line}`,
    en: (p) => `revoked ${p.line}`,
  },
} satisfies Record<string, Text>;

export type KeyTextKey = keyof typeof TEXTS;

export function sayKeys(lang: Lang, key: KeyTextKey, params: TextParams = {}): string {
  return sayText(TEXTS[key], lang, params);
}
