import { areaList } from '@vant/area-data';
import { pinyin } from 'pinyin-pro';
import { shortNameOf } from './region-names';

/** One GB/T 2260 administrative division. */
export interface RegionRecord {
  /** Six-digit GB/T 2260 code. */
  code: string;
  /** Official name: 河东区. */
  name: string;
  /** Names from the province down: 山东省临沂市河东区; a province's is its name. */
  fullName: string;
  /** Municipalities (北京 天津 上海 重庆) are PROVINCE; their districts are DISTRICT. */
  level: 'PROVINCE' | 'CITY' | 'DISTRICT';
  parentCode: string | null;
  /** Lower-case toneless pinyin of the name, no spaces, ü as v: hedongqu. */
  pinyin: string;
  /** Name without administrative suffix or ethnic designation, two characters at least. */
  shortName: string;
}

// Hong Kong, Macao and Taiwan: placeholders in the package, not divisions the bureaus report on.
const EXCLUDED_PROVINCES = new Set(['71', '81', '82']);
// 北京 天津 上海 重庆.
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
// Grouping "cities" of the package (市辖区, 县, 省直辖县级行政区划): their counties belong to
// the province directly.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Prefecture cities without a county level: the package lists their towns (东莞 中山 儋州) and
// the districts of 嘉峪关 that exist only in statistics as counties.
const CITIES_WITHOUT_COUNTIES = new Set(['441900', '442000', '460400', '620200']);
// Statistical units the package lists as counties that GB/T 2260 does not contain: the four
// Daxinganling zones, 大柴旦行政委员会, and the 江北新区 / 镇江新区 development areas.
const PSEUDO_COUNTIES = new Set([
  '232761',
  '232762',
  '232763',
  '232764',
  '320112',
  '321150',
  '632857',
]);

// Abolished in 2020 yet still in the package: 港闸区 (into 崇川区 320613) and 长岛县 (into 蓬莱区
// 370614). RETIRED_REGIONS maps both to their successors.
const ABOLISHED_COUNTIES = new Set(['320611', '370634']);

/**
 * A county-level code GB/T 2260 does not have now: 71–79 are the statistical codes of
 * development zones, 90–99 the package's own zones, and the sets above.
 */
function isDroppedCounty(code: string): boolean {
  const serial = Number(code.slice(4));
  const isZone = (serial >= 71 && serial <= 79) || serial >= 90;
  return isZone || PSEUDO_COUNTIES.has(code) || ABOLISHED_COUNTIES.has(code);
}

function toPinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

/**
 * Whether the code is a municipality's: a province whose districts lie directly under it, with
 * no city level between, and which is their city when rows roll up.
 */
export function isMunicipality(code: string): boolean {
  return MUNICIPALITIES.has(code);
}

type Level = RegionRecord['level'];

function record(code: string, name: string, level: Level, parent: RegionRecord | null) {
  const fullName = parent ? parent.fullName + name : name;
  const shortName = shortNameOf(name);
  const parentCode = parent ? parent.code : null;
  return { code, name, fullName, level, parentCode, pinyin: toPinyin(name), shortName };
}

function isProvinceParented(cityCode: string, cityName: string | undefined): boolean {
  const provinceCode = cityCode.slice(0, 2) + '0000';
  return isMunicipality(provinceCode) || !cityName || PLACEHOLDER_CITY.test(cityName);
}

function loadCities(provinces: Map<string, RegionRecord>): Map<string, RegionRecord> {
  const cities = new Map<string, RegionRecord>();
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = provinces.get(code.slice(0, 2) + '0000');
    if (province && !isProvinceParented(code, name)) {
      cities.set(code, record(code, name, 'CITY', province));
    }
  }
  return cities;
}

function loadDistricts(
  provinces: Map<string, RegionRecord>,
  cities: Map<string, RegionRecord>,
): RegionRecord[] {
  const districts: RegionRecord[] = [];
  for (const [code, name] of Object.entries(areaList.county_list)) {
    const cityCode = code.slice(0, 4) + '00';
    const province = provinces.get(code.slice(0, 2) + '0000');
    if (!province || isDroppedCounty(code) || CITIES_WITHOUT_COUNTIES.has(cityCode)) {
      continue;
    }
    const cityName = areaList.city_list[cityCode];
    const parent = isProvinceParented(cityCode, cityName) ? province : cities.get(cityCode);
    if (parent) {
      districts.push(record(code, name, 'DISTRICT', parent));
    }
  }
  return districts;
}

/**
 * Every current province, prefecture city and county-level division of mainland China, sorted by
 * code, built from @vant/area-data without the package's placeholders and pseudo-codes.
 */
export function loadRegions(): RegionRecord[] {
  const provinces = new Map<string, RegionRecord>();
  for (const [code, name] of Object.entries(areaList.province_list)) {
    if (!EXCLUDED_PROVINCES.has(code.slice(0, 2))) {
      provinces.set(code, record(code, name, 'PROVINCE', null));
    }
  }
  const cities = loadCities(provinces);
  const districts = loadDistricts(provinces, cities);
  const all = [...provinces.values(), ...cities.values(), ...districts];
  return all.sort((a, b) => a.code.localeCompare(b.code));
}
