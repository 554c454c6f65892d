import type { CellValue } from '../../modules/common/sheet-definition';
import { rawText } from '../locate/headers';
import type { MappedColumn, SheetLayout } from '../locate/sheet-layout';
import { holdsNumber } from '../locate/unplaced-columns';
import { parseDecimal, type RawCell } from '../parse/cells';
import type { ParsedRow } from '../parse/parse-row';
import type { ReportBuilder } from '../report/report-builder';
import { columnLetter, type SheetRow } from '../read/sheet-source';

/** The non-empty cells of one column that nothing has yet accounted for. */
interface Tally {
  cells: number;
  numbers: number;
  sum: number;
  /** Whether its numbers so far run 1, 2, 3…: a row numbering without its 序号 header. */
  numbering: boolean;
}

// The row checks read these themselves: the region and year go into every fact's source.
const READ_BY_CHECKS = ['region', 'year'];

/**
 * Understand or refuse (decisions §1): every non-empty cell of a sheet's data rows ends up stored
 * in a fact or reported as ignored with its reason. Locate accounts for the headers it placed:
 * mapped columns, ignored ones with their reason, unplaced ones it refuses when they hold numbers.
 * This tally covers the rest, before anything is committed:
 * - columns no header names (a blank header, figures beyond the header's last column);
 * - mapped columns whose values the sheet's `toRows` never reads, so nothing would store them
 *   (a mapping that leads nowhere).
 * Numbers found there refuse the batch, naming the column (UNACCOUNTED_COLUMN); texts there
 * are reported as ignored.
 */
export class CellAccounting {
  /** Column index → whether locate placed its header (mapped, ignored or unplaced). */
  private readonly placed: boolean[] = [];
  private readonly stray = new Map<number, Tally>();
  /** Mapped columns not yet seen read by `toRows`, with what they held meanwhile. */
  private readonly unread = new Map<string, { column: MappedColumn; tally: Tally }>();
  private readonly read = new Set<string>(READ_BY_CHECKS);

  constructor(private readonly layout: SheetLayout) {
    for (const column of [...layout.columns, ...layout.ignored, ...layout.unplaced]) {
      this.placed[column.index] = true;
    }
    for (const column of layout.columns) {
      if (!this.read.has(column.def.key)) {
        this.unread.set(column.def.key, { column, tally: newTally() });
      }
    }
  }

  /**
   * Tallies a data row's cells in the columns nothing has accounted for yet, once it is checked:
   * a row refused for its own errors stores nothing and is reported already, but a figure in a
   * column without header is unaccounted for in any row.
   */
  count(row: SheetRow, parsed: ParsedRow, passed: boolean): void {
    const cells = row.cells;
    for (let index = 0; index < cells.length; index += 1) {
      if (this.placed[index] !== true && !isBlank(cells[index])) {
        let tally = this.stray.get(index);
        if (!tally) {
          this.stray.set(index, (tally = newTally()));
        }
        add(tally, cells[index]);
      }
    }
    for (const { column, tally } of passed ? this.unread.values() : []) {
      if (parsed.cells.get(column.def.key)?.value != null) {
        add(tally, cells[column.index]);
      }
    }
  }

  /**
   * The parsed cells as `toRows` is to see them. While some mapped column has not been seen read,
   * each value is handed over behind a getter that notes its key (a copy of the map notes nothing:
   * only a read value can be stored).
   */
  cellsFor(cells: ReadonlyMap<string, CellValue>): ReadonlyMap<string, CellValue> {
    if (this.unread.size === 0) {
      return cells;
    }
    const read = this.read;
    const view = new Map<string, CellValue>();
    for (const [key, cell] of cells) {
      view.set(key, {
        get value() {
          read.add(key);
          return cell.value;
        },
        approximate: cell.approximate,
        percent: cell.percent,
      });
    }
    return view;
  }

  /** After `toRows`: the columns it read are stored, and need no tally. */
  afterRow(): void {
    for (const key of this.unread.keys()) {
      if (this.read.has(key)) {
        this.unread.delete(key);
      }
    }
  }

  /** Refuses the columns whose numbers nothing stored or explained; reports ignored texts. */
  settle(sheet: string, report: ReportBuilder): void {
    for (const { column, tally } of this.unread.values()) {
      if (tally.numbers > 0) {
        report.error(
          unaccounted(sheet, this.layout, column.index, column.header, tally, NOT_STORED),
        );
      }
    }
    for (const [index, tally] of [...this.stray].sort(([a], [b]) => a - b)) {
      if (tally.numbers > 0 && !tally.numbering) {
        report.error(unaccounted(sheet, this.layout, index, null, tally, NO_HEADER));
      } else {
        const reason = tally.numbering ? 'row numbering' : 'holds no numbers';
        report.warning({
          sheet,
          row: this.layout.headerRow,
          column: columnLetter(index + 1),
          code: 'IGNORED_COLUMN',
          message: `column ${columnLetter(index + 1)} has no header; its ${tally.cells} filled cells were ignored: ${reason}`,
          params: { reason },
        });
      }
    }
  }
}

const NOT_STORED = 'the ledger kind stores nothing from this column';
const NO_HEADER = 'the column has no header';

function unaccounted(
  sheet: string,
  layout: SheetLayout,
  index: number,
  header: string | null,
  tally: Tally,
  why: string,
) {
  const letter = columnLetter(index + 1);
  const name = header ? `column ${letter} "${header}"` : `column ${letter}`;
  return {
    sheet,
    row: layout.headerRow,
    column: letter,
    header,
    code: 'UNACCOUNTED_COLUMN',
    message: `${name}: ${tally.numbers} cells hold numbers (sum ${round(tally.sum)}) that were read but neither stored nor reported as ignored (${why}); give the column a header, or map it with columnMap to a field or to ignore`,
    params: { numbers: tally.numbers, sum: round(tally.sum), reason: why },
  };
}

function newTally(): Tally {
  return { cells: 0, numbers: 0, sum: 0, numbering: true };
}

function add(tally: Tally, raw: RawCell): void {
  tally.cells += 1;
  if (!holdsNumber(raw)) {
    tally.numbering = false;
    return;
  }
  const parsed = parseDecimal(raw);
  const value = parsed.ok && typeof parsed.value === 'number' ? parsed.value : 0;
  tally.numbering &&= value === tally.numbers + 1;
  tally.numbers += 1;
  tally.sum += value;
}

function isBlank(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || rawText(raw) === '';
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
