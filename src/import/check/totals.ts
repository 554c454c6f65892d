import type { CellValue } from '../../modules/common/sheet-definition';
import type { CompiledColumns } from '../parse/parse-row';
import type { ReportBuilder } from '../report/report-builder';
import type { SheetScope } from '../import-context';
import { columnLetter, type SheetRow } from '../read/sheet-source';

const NUMERIC = new Set(['count', 'decimal', 'money', 'area', 'length']);
// A summary's label, where a figure belongs: 团体总分 merged across the medal columns.
const SUMMARY_LABEL = /^(合计|总计|小计|共计|累计|团体总分|总分)[:：]?$/;
// The label that names a row a summary, wherever it stands: 合计, 小计：, 总 计.
const LABEL = /^\s*(合\s*计|总\s*计|小\s*计|共\s*计|累\s*计|团体总分|总分)/;

/**
 * A 合计 row is skipped, but its figures are compared with the sum of the rows above it (since
 * the previous 合计): a disagreement is a warning that points at the total's cell.
 */
export class TotalsCheck {
  private sums = new Map<string, number>();
  /** Columns of figures, where a summary row writes its label. */
  private readonly figures: number[];

  constructor(
    private readonly sheet: SheetScope,
    private readonly report: ReportBuilder,
    private readonly columns: CompiledColumns,
  ) {
    this.figures = columns.others
      .filter(({ column }) => NUMERIC.has(column.def.type))
      .map(({ column }) => column.index);
  }

  /**
   * A row whose label stands in a column of figures is a summary, whatever its first cell says:
   * "河东区 | 团体总分 (merged over 金 银 铜) | 356" sums the delegation's rows above it.
   */
  isSummary(row: SheetRow): boolean {
    for (const index of this.figures) {
      const raw = row.cells[index];
      if (typeof raw === 'string' && SUMMARY_LABEL.test(raw.replace(/\s+/g, ''))) {
        return true;
      }
    }
    return false;
  }

  add(cells: ReadonlyMap<string, CellValue>): void {
    for (const key of this.sheet.layout.definition.totalColumns ?? []) {
      const value = cells.get(key)?.value;
      if (typeof value === 'number') {
        this.sums.set(key, (this.sums.get(key) ?? 0) + value);
      }
    }
  }

  /**
   * A summary row is skipped, and named in the report either way: by a TOTAL_MISMATCH where a
   * figure differs from the rows above, else as SUMMARY_ROW_SKIPPED, so that every cell of the
   * data area is accounted for.
   */
  check(row: SheetRow): void {
    let mismatches = 0;
    for (const { column, parse } of this.columns.others) {
      if (!(this.sheet.layout.definition.totalColumns ?? []).includes(column.def.key)) {
        continue;
      }
      // Parsed as the column's cells are, so a total in 万元 compares with sums in yuan.
      const total = parse(row.cells[column.index] ?? null, this.sheet.year) as {
        ok: boolean;
        value?: unknown;
      };
      const sum = this.sums.get(column.def.key) ?? 0;
      if (
        total.ok &&
        typeof total.value === 'number' &&
        Math.abs(total.value - sum) > 1e-6 * Math.max(1, Math.abs(sum))
      ) {
        mismatches += 1;
        this.report.warning({
          sheet: this.sheet.source.name,
          row: row.number,
          column: columnLetter(column.index + 1),
          header: column.header,
          value: String(total.value),
          code: 'TOTAL_MISMATCH',
          message: `the total ${total.value} differs from the sum of the rows above it, ${sum}`,
          params: { sum },
        });
      }
    }
    if (mismatches === 0) {
      this.reportSkipped(row);
    }
    this.sums = new Map();
  }

  private reportSkipped(row: SheetRow): void {
    const index = row.cells.findIndex((cell) => typeof cell === 'string' && LABEL.test(cell));
    const label = index >= 0 ? String(row.cells[index]).replace(/\s+/g, '') : null;
    this.report.warning({
      sheet: this.sheet.source.name,
      row: row.number,
      column: index >= 0 ? columnLetter(index + 1) : null,
      value: label,
      code: 'SUMMARY_ROW_SKIPPED',
      message: `row ${row.number} is a summary${label ? ` (${label})` : ''}: its figures are not stored, they sum the rows above`,
      params: label ? { label } : undefined,
    });
  }
}
