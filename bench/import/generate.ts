import fs from 'node:fs';
import ExcelJS from 'exceljs';

const COUNTIES = [
  '榆次区',
  '太谷区',
  '榆社县',
  '左权县',
  '和顺县',
  '昔阳县',
  '寿阳县',
  '祁县',
  '平遥县',
  '灵石县',
  '介休市',
];
const TYPES = [
  '健身步道',
  '笼式足球场',
  '社区体育园',
  '全民健身中心',
  '体育公园',
  '篮球场',
  '多功能球场',
  '健身园',
];
const PROJECT = ['新建', '改扩建', '提升改造', '维修'];
const STATUS = ['已完成', '在建', '规划', '已验收'];
const WORDS = '全民健身体育公园社区运动场馆步道建设工程项目提升改造乡镇村街道';

/**
 * Writes a facilities ledger of `rows` rows as a clerk would: title, preamble, header with units,
 * 12 columns of Chinese text, amounts, areas, lengths and dates. Deterministic for a given size.
 */
export async function generateLedger(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('场地设施');
  sheet.addRow(['晋中市2023年体育场地设施建设台账']).commit();
  sheet.addRow(['填报单位：晋中市体育局', null, null, null, '年度：2023']).commit();
  sheet
    .addRow([
      '序号',
      '所属地区',
      '项目名称',
      '设施类型',
      '建设性质',
      '建设状态',
      '数量',
      '投资额（万元）',
      '面积（平方米）',
      '长度（公里）',
      '完成时间',
      '备注',
    ])
    .commit();
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const text = (length: number) => Array.from({ length }, () => WORDS[rand(WORDS.length)]).join('');
  for (let i = 1; i <= rows; i += 1) {
    const approx = rand(20) === 0;
    sheet
      .addRow([
        i,
        COUNTIES[rand(COUNTIES.length)],
        `${text(6)}${i}号${TYPES[rand(TYPES.length)]}`,
        TYPES[rand(TYPES.length)],
        PROJECT[rand(PROJECT.length)],
        STATUS[rand(STATUS.length)],
        1 + rand(5),
        approx ? `${rand(900)}余` : rand(90000) / 100,
        rand(20000),
        rand(3) === 0 ? `${rand(50)}公里` : null,
        `2023年${1 + rand(12)}月${1 + rand(28)}日`,
        text(8 + rand(12)),
      ])
      .commit();
  }
  sheet.addRow(['填表人：', null, '审核人：']).commit();
  await workbook.commit();
}

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  generateLedger(file, Number(rows)).then(
    () => process.stdout.write(`${fs.statSync(file).size}\n`),
    (error) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
