/**
 * Writes a facilities ledger of many rows with exceljs's streaming writer, in its own process:
 * inside jest's sandbox exceljs is several times slower.
 *
 *   ts-node --transpile-only test/support/write-big-ledger.ts OUT.xlsx ROWS
 */
import ExcelJS from 'exceljs';

const TYPES = ['健身园', '健身步道', '笼式足球场', '社区体育园', '篮球场', '多功能球场'];
const COUNTIES = ['祁县', '介休市', '平遥县', '昔阳县', '榆次区', '太谷区'];

export async function writeBigLedger(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('场地设施');
  sheet.addRow(['晋中市2023年体育场地设施建设台账']).commit();
  sheet.addRow(['填报单位：晋中市体育局']).commit();
  sheet.addRow(['年度：2023']).commit();
  sheet
    .addRow(['序号', '所属地区', '项目名称', '设施类型', '数量', '投资额（万元）', '完成时间'])
    .commit();
  for (let i = 1; i <= rows; i += 1) {
    const county = COUNTIES[i % COUNTIES.length];
    const type = TYPES[i % TYPES.length];
    sheet
      .addRow([
        i,
        county,
        `${county}第${i}号${type}`,
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

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  writeBigLedger(file, Number(rows)).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
