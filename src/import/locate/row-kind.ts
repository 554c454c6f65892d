import { cellText } from './headers';
import type { SheetRow } from '../read/sheet-source';

export type RowKind = 'data' | 'blank' | 'total' | 'footer';

// 团体总分 opening a row is a delegation's summary line, merged across the medal columns.
const TOTAL = /^(合计|总计|小计|共计|团体总分[:：]?$)/;
// The signature lines of a form: 单位负责人, 统计负责人 and 报出日期 close the national survey's.
const FOOTER =
  /^((单位|统计|部门)?负责人|填表人|填报人|制表人|审核人|统计员|联系电话|联系人|(报出|填报|填表)日期|注\s*[:：]|备注\s*[:：]|说明\s*[:：])/;

/**
 * ledger-spec §5: blank rows and 合计 rows are skipped; a footer row (填表人, 注：…) ends the
 * sheet's data. Only the row's first text decides, so a note in a data row never ends a sheet.
 */
export function classifyRow(row: SheetRow): RowKind {
  const first = firstText(row);
  if (first === null) {
    return 'blank';
  }
  const compact = first.replace(/\s+/g, '');
  if (TOTAL.test(compact)) {
    return 'total';
  }
  return FOOTER.test(compact) ? 'footer' : 'data';
}

// A row holding one number only is a pre-numbered empty row (its 序号), not data.
function firstText(row: SheetRow): string | null {
  let values = 0;
  for (const raw of row.cells) {
    if (typeof raw === 'number' && raw >= 1e-6 && raw < 1e21) {
      values += 1; // written in plain digits, so the test below would say the same, cheaper
      continue;
    }
    const text = cellText(raw);
    if (!text) {
      continue;
    }
    values += 1;
    if (!/^\d+(\.\d+)?$/.test(text)) {
      return text;
    }
  }
  return values > 1 ? '' : null;
}
