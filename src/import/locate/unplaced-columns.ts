import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { normalizeText, parseDecimal, unwrapCell, type RawCell } from '../parse/cells';
import type { ReportBuilder } from '../report/report-builder';
import { columnLetter, type SheetRow } from '../read/sheet-source';
import { allowedFields } from './header-matcher';
import { classifyRow } from './row-kind';
import type { SheetLayout, UnplacedColumn } from './sheet-layout';

// "345万元", "约200人", "42.5%", "1,200余": a figure with the words around it (dates are not).
const FIGURE =
  /^(约|近|超过|大约|共)?[+-]?\d[\d,]*(\.\d+)?(余|多|以上|左右|\+)?([%‰]|[^\d\s年月日号]{1,4})?$/;

/** Whether a cell holds a number, as a clerk would say it does. */
export function holdsNumber(raw: RawCell | undefined): boolean {
  const cell = unwrapCell(raw ?? null);
  if (!cell.ok || cell.value === null || typeof cell.value === 'boolean') {
    return false;
  }
  if (typeof cell.value === 'number') {
    return Number.isFinite(cell.value);
  }
  if (cell.value instanceof Date) {
    return false;
  }
  const text = normalizeText(cell.value).replace(/\s+/g, '');
  if (FIGURE.test(text)) {
    return true;
  }
  const parsed = parseDecimal(text);
  return parsed.ok && parsed.value !== null;
}

/**
 * Watches a sheet's data rows for numbers under the headers the importer could not place,
 * classifying rows as the row loop does (合计 rows and what follows a footer do not count).
 */
export class NumberWatch {
  /** Indexes of the watched columns that held a number. */
  readonly numeric = new Set<number>();
  private readonly watched: number[];
  private ended = false;

  constructor(unplaced: readonly UnplacedColumn[]) {
    this.watched = unplaced.map((c) => c.index);
  }

  see(rows: readonly SheetRow[]): void {
    for (const row of rows) {
      if (this.ended || this.numeric.size === this.watched.length) {
        return;
      }
      const kind = classifyRow(row);
      this.ended = kind === 'footer';
      if (kind === 'data') {
        for (const index of this.watched) {
          if (!this.numeric.has(index) && holdsNumber(row.cells[index])) {
            this.numeric.add(index);
          }
        }
      }
    }
  }

  /** The sheet's remaining rows, seen on their way to the row loop; as they are when none is watched. */
  wrap(rows: AsyncIterator<readonly SheetRow[]>): AsyncIterator<readonly SheetRow[]> {
    if (this.watched.length === 0) {
      return rows;
    }
    return {
      next: async () => {
        const next = await rows.next();
        if (!next.done) {
          this.see(next.value);
        }
        return next;
      },
    };
  }
}

/**
 * decisions §1: an unplaced column that held no number is ignored, explained; one that held numbers
 * refuses the batch at its header cell, asking for a mapping. Those refused stay `unplaced`.
 */
export function settleUnplaced(
  sheet: string,
  layout: SheetLayout,
  watch: NumberWatch,
  report: ReportBuilder,
): void {
  const refused: UnplacedColumn[] = [];
  const kind = layout.definition.kind;
  for (const column of layout.unplaced) {
    const where = {
      sheet,
      row: layout.headerRow,
      column: columnLetter(column.index + 1),
      header: column.header,
    };
    if (column.requested !== null || watch.numeric.has(column.index)) {
      refused.push(column);
      report.error({ ...where, ...refusal(column, layout.definition) });
      continue;
    }
    const reason = 'holds no numbers';
    layout.ignored.push({
      ...column,
      reason,
      silent: false,
      partOf: null,
      unit: null,
      source: null,
    });
    report.warning({
      ...where,
      code: 'IGNORED_COLUMN',
      message: ignoredMessage(column.header, reason, layout.definition),
      params: { reason, kind },
    });
  }
  layout.unplaced = refused;
}

export function ignoredMessage(header: string, why: string, definition: SheetDefinition): string {
  return `column "${header}" is not part of a ${definition.kind.toLowerCase()} ledger and was ignored: ${why}`;
}

/** Why a column is refused: the clerk's field fits no column of the kind, or its numbers fit none. */
function refusal(column: UnplacedColumn, definition: SheetDefinition) {
  const kind = definition.kind;
  const allowed = allowedFields(definition).join(', ');
  if (column.requested !== null) {
    return {
      value: column.requested,
      code: 'COLUMN_MAP_FIELD_NOT_IN_KIND',
      message: `columnMap maps "${column.header}" to "${column.requested}", which a ${kind.toLowerCase()} ledger does not have; use one of: ${allowed}`,
      params: { field: column.requested, kind, fields: allowed },
    };
  }
  if (column.taken) {
    const taken = column.taken.header;
    const letter = columnLetter(column.taken.index + 1);
    return {
      code: 'UNMAPPED_COLUMN',
      message: `column "${column.header}" holds numbers for ${column.taken.def.key}, which column ${letter} "${taken}" already gives; map one of them with columnMap to another field or to ignore`,
      params: { kind, taken, field: column.taken.def.key },
    };
  }
  const candidates = column.candidates.map((c) => c.key);
  const fields = [...new Set([...candidates, 'ignore'])].join(', ');
  return {
    code: 'UNMAPPED_COLUMN',
    message: `column "${column.header}" holds numbers the importer cannot place in a ${kind.toLowerCase()} ledger; map it with columnMap to one of: ${candidates.length > 0 ? fields : allowed}`,
    params: { kind, fields: candidates.length > 0 ? fields : allowed },
  };
}
