// Ethnic group names as they appear in autonomous regions, prefectures, counties and banners.
// Multi-character ones occur with or without 族 (博尔塔拉蒙古自治州); single characters only with it,
// so that place names ending in 水 or 白 are never cut.
const ETHNIC_WORDS = [
  '维吾尔', '蒙古', '朝鲜', '土家', '哈尼', '哈萨克', '傈僳', '拉祜', '东乡', '纳西', '景颇',
  '柯尔克孜', '达斡尔', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴',
  '珞巴', '基诺', '布依', '高山',
]; // prettier-ignore
const ETHNIC_CHARS = '回藏苗彝壮满侗瑶白傣黎佤畲水土京怒羌各';
const TRAILING_ETHNIC = new RegExp(`(?:(?:${ETHNIC_WORDS.join('|')})族?|[${ETHNIC_CHARS}]族)$`);

// Longest first: 自治州 before 州, 矿区/新区/特区/地区 before 区.
const SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '矿区', '特区', '新区',
  '省', '市', '区', '县', '旗', '盟',
]; // prettier-ignore
// 林区 is a suffix only here; as a rule it would cut 万柏林区 to 万柏.
const IRREGULAR: Record<string, string> = { 神农架林区: '神农架' };
const MIN_SHORT_NAME = 2;

/**
 * A division's name without its administrative suffix and ethnic designation: 河东区 → 河东,
 * 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边. Names that would shrink below two characters
 * (祁县, 城区) stay whole, because one character alone names nothing reliably.
 */
export function shortNameOf(name: string): string {
  if (IRREGULAR[name]) {
    return IRREGULAR[name];
  }
  // 金林区: the longest suffix (林区) leaves too little, the next one (区) does not.
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= MIN_SHORT_NAME);
  if (!suffix) {
    return name;
  }
  let short = name.slice(0, -suffix.length);
  if (!suffix.startsWith('自治')) {
    return short;
  }
  for (let next = stripEthnic(short); next !== short; next = stripEthnic(short)) {
    if (next.length < MIN_SHORT_NAME) {
      // The name is the group's own: 鄂温克族自治旗 → 鄂温克, 东乡族自治县 → 东乡.
      return short.endsWith('族') && short.length > MIN_SHORT_NAME ? short.slice(0, -1) : short;
    }
    short = next;
  }
  return short;
}

function stripEthnic(text: string): string {
  return text.replace(TRAILING_ETHNIC, '');
}

const BRACKETED = /[([【〔{<][^)\]】〕}>]*[)\]】〕}>]/g;
const SEPARATORS = /[\s·・•\-—_/\\|,，、]/g;
const LABEL = /^[^:]*:/;

/**
 * What a clerk typed, reduced to comparable text: full-width folded (NFKC), bracketed remarks
 * such as （盖章） dropped, a leading label such as 填报单位： dropped, separators and spaces removed.
 */
export function normalizeCell(cell: string): string {
  return cell.normalize('NFKC').replace(BRACKETED, '').replace(LABEL, '').replace(SEPARATORS, '');
}

// A trailing run of department words ending in 局: 体育局, 文体局, 教育体育局, 文化和旅游体育局, and
// the culture and tourism bureaus that run sports where no sports bureau is left (文化和旅游局).
const DEPARTMENT =
  /(?:文化|旅游|体育|教育|广电|广播|电视|新闻|出版|文体|文广|文旅|旅体|和|体|文|广|旅|教)+局$/;
const SPORTS_DEPARTMENT = /体|文化|旅游|文旅|文广/;
// The institutions that keep a county's sports ledgers: 体育事业发展中心, 体育中心, 体育总会.
const INSTITUTION = /体育(?:事业)?(?:发展|服务|运动)?(?:中心|总会)$/;
// A results table names each delegation: 河东区代表队, 和平区代表团, 河东区体育代表团.
const DELEGATION = /(?:体育)?代表[队团]$/;

/**
 * 河东区体育局 → 河东区, 平遥县文化和旅游局 → 平遥县, 灵石县体育事业发展中心 → 灵石县,
 * 河东区代表队 → 河东区. Only departments that run sports, their institutions and delegations
 * are stripped, so 河东区民政局 stays unmatched.
 */
export function stripBureauSuffix(text: string): string {
  for (const suffix of [DELEGATION, INSTITUTION]) {
    const match = suffix.exec(text);
    if (match && match.index > 0) {
      return text.slice(0, match.index);
    }
  }
  const match = DEPARTMENT.exec(text);
  if (!match || match.index === 0 || !SPORTS_DEPARTMENT.test(match[0])) {
    return text;
  }
  return text.slice(0, match.index);
}
