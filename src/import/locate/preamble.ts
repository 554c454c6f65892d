import { cellText } from './headers';
import type { SheetRow } from '../read/sheet-source';

/** What the rows above a header say about the whole sheet. */
export interface Preamble {
  /** 填报单位 / 报送单位 / 填报机关, as written ("天津市河东区体育局（盖章）"). */
  unit: string | null;
  /** 年度：2022 */
  year: number | null;
  /** The first text above the header, usually the title. */
  title: string | null;
  /** The cell the unit or year came from, for messages. */
  where: string | null;
}

const UNIT = /^(填报单位|报送单位|填报机关|填报部门)\s*[:：]\s*(.+)$/;
// A year in digits or in Chinese numerals, as a title may write it: 2023, 二〇二三, 二零二三.
const CN_DIGITS = '〇一二三四五六七八九';
const YEAR_DIGITS = `(?:(?:19|20)\\d{2}|[二一][〇零○O０一二三四五六七八九]{3})`;
const YEAR = new RegExp(`^(?:年度|统计年度|年份|所属年度)\\s*[:：]\\s*(${YEAR_DIGITS})`);
const TITLE_YEAR = new RegExp(`(${YEAR_DIGITS})\\s*年`);

export function readPreamble(rows: readonly SheetRow[]): Preamble {
  const preamble: Preamble = { unit: null, year: null, title: null, where: null };
  for (const row of rows) {
    for (const text of row.cells.flatMap((raw) => splitLabels(cellText(raw)))) {
      if (!text) {
        continue;
      }
      const unit = UNIT.exec(text);
      const year = YEAR.exec(text);
      if (unit) {
        preamble.unit = unit[2].trim();
      } else if (year) {
        preamble.year = yearNumber(year[1]);
      } else if (!preamble.title) {
        preamble.title = text;
      }
    }
  }
  return preamble;
}

/** The first year a title names ("河东区2022年体育赛事活动台账", "二〇二三年度…" → 2023). */
export function yearOfTitle(title: string | null): number | null {
  const m = title ? TITLE_YEAR.exec(title) : null;
  return m ? yearNumber(m[1]) : null;
}

/** 2023, 二〇二三 or 二零二三 as a number. */
function yearNumber(text: string): number {
  const digits = [...text].map((ch) => {
    const cn = CN_DIGITS.indexOf(ch.replace(/[零○O]/, '〇'));
    return cn >= 0 ? cn : Number(ch.normalize('NFKC'));
  });
  return Number(digits.join(''));
}

const TITLE_REGION = new RegExp(`^(.+?)(?:${YEAR_DIGITS}|体育|全民健身|赛事|场地)`);

/** The words before a title's year or subject, which often name the region ("天津市河东区"). */
export function regionOfTitle(title: string | null): string | null {
  const m = title ? TITLE_REGION.exec(title) : null;
  return m ? m[1].trim() : null;
}

const LABEL =
  /(?<=\s)(?=(?:填报单位|报送单位|填报机关|填报部门|统计年度|所属年度|年度|年份|填报日期|填报时间|填表日期)\s*[:：])/;

/** "填报单位：祁县体育局 年度：2022" in one cell is two preamble entries. */
function splitLabels(text: string): string[] {
  return text.split(LABEL).map((part) => part.trim());
}
