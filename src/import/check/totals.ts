import type { CellValue } from '../../modules/common/sheet-definition';
import type { CompiledColumns } from '../parse/parse-row';
import type { ReportBuilder } from '../report/report-builder';
import type { SheetScope } from '../import-context';
import { columnLetter, type SheetRow } from '../read/sheet-source';

/**
 * A 合计 row is skipped, but its figures are compared with the sum of the rows above it (since
 * the previous 合计): a disagreement is a warning that points at the total's cell.
 */
export class TotalsCheck {
  private sums = new Map<string, number>();

  constructor(
    private readonly sheet: SheetScope,
    private readonly report: ReportBuilder,
    private readonly columns: CompiledColumns,
  ) {}

  add(cells: ReadonlyMap<string, CellValue>): void {
    for (const key of this.sheet.layout.definition.totalColumns ?? []) {
      const value = cells.get(key)?.value;
      if (typeof value === 'number') {
        this.sums.set(key, (this.sums.get(key) ?? 0) + value);
      }
    }
  }

  check(row: SheetRow): void {
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
        this.report.warning({
          sheet: this.sheet.source.name,
          row: row.number,
          column: columnLetter(column.index + 1),
          header: column.header,
          value: String(total.value),
          code: 'TOTAL_MISMATCH',
          message: `the total ${total.value} differs from the sum of the rows above it, ${sum}`,
        });
      }
    }
    this.sums = new Map();
  }
}
