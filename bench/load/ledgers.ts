import path from 'node:path';
import ExcelJS from 'exceljs';

/** A city whose bureau uploads: its code, its name and the county-level regions of its rows. */
interface City {
  code: string;
  name: string;
  counties: readonly string[];
}

/** Cities of 山西 whose bureaus upload: different scopes, so no import waits on another's lock. */
export const SHANXI_CITIES: readonly City[] = [
  {
    code: '140700',
    name: '晋中市',
    counties: ['榆次区', '太谷区', '祁县', '平遥县', '介休市', '昔阳县', '寿阳县', '灵石县'],
  },
  {
    code: '140100',
    name: '太原市',
    counties: [
      '小店区',
      '迎泽区',
      '杏花岭区',
      '尖草坪区',
      '万柏林区',
      '晋源区',
      '清徐县',
      '古交市',
    ],
  },
  {
    code: '140200',
    name: '大同市',
    counties: ['平城区', '云冈区', '新荣区', '云州区', '阳高县', '天镇县', '广灵县', '灵丘县'],
  },
  {
    code: '140400',
    name: '长治市',
    counties: ['潞州区', '上党区', '屯留区', '潞城区', '襄垣县', '平顺县', '黎城县', '壶关县'],
  },
];

/** The load bench's imports alternate between the first two. */
export const CITIES: readonly City[] = SHANXI_CITIES.slice(0, 2);

const TYPES = ['健身园', '健身步道', '笼式足球场', '社区体育园', '篮球场', '多功能球场'];

export interface Ledger {
  file: string;
  city: City;
  rows: number;
}

/**
 * Writes `variants` facilities ledgers per city, each of `rows` rows; variants differ in their
 * project names, so no upload is found identical to an earlier one and every one is a real import.
 */
export async function writeLedgers(
  dir: string,
  rows: number,
  variants: number,
  cities: readonly City[] = CITIES,
  firstVariant = 0,
): Promise<Ledger[]> {
  const ledgers: Ledger[] = [];
  for (let variant = firstVariant; variant < firstVariant + variants; variant += 1) {
    for (const city of cities) {
      const file = path.join(dir, `${city.code}-${variant}.xlsx`);
      await writeLedger(file, city, rows, variant);
      ledgers.push({ file, city, rows });
    }
  }
  return ledgers;
}

async function writeLedger(file: string, city: City, rows: number, variant: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('场地设施');
  sheet.addRow([`${city.name}2023年体育场地设施建设台账`]).commit();
  sheet.addRow([`填报单位：${city.name}体育局`]).commit();
  sheet.addRow(['年度：2023']).commit();
  sheet
    .addRow(['序号', '所属地区', '项目名称', '设施类型', '数量', '投资额（万元）', '完成时间'])
    .commit();
  for (let i = 1; i <= rows; i += 1) {
    const county = city.counties[i % city.counties.length];
    const type = TYPES[i % TYPES.length];
    sheet
      .addRow([
        i,
        county,
        `${county}第${variant}-${i}号${type}`,
        type,
        1 + (i % 3),
        (i % 97) + 0.5,
        `2023年${1 + (i % 12)}月`,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
