import { rawText } from '../locate/headers';
import type { MappedColumn, SheetLayout } from '../locate/sheet-layout';
import { compileParser, type CellParser } from '../parse/column-parsers';
import type { ParsedRow } from '../parse/parse-row';
import { columnLetter, type SheetRow } from '../read/sheet-source';

/** Where a row's problems go (the row checks' RowIssues). */
export interface RowIssueSink {
  add(
    kind: 'error',
    column: MappedColumn,
    code: string,
    message: string,
    params: Readonly<Record<string, string>>,
  ): void;
}

interface Part {
  /** The breakdown read as its whole is read (其中财政投资 as 投资, in its own unit). */
  part: MappedColumn;
  whole: MappedColumn;
  parse: CellParser;
}

/**
 * decisions §1 d: a breakdown column (其中财政投资 beside 投资额) is explained by its whole, which
 * holds it: in every row its figure never exceeds the whole's. A breakdown beside an empty whole,
 * or larger than it, would be a figure stored nowhere, so it is an error at the breakdown's cell.
 */
export class BreakdownCheck {
  private readonly parts: Part[];

  constructor(layout: SheetLayout) {
    this.parts = layout.ignored.flatMap(({ index, header, unit, partOf: whole }) => {
      if (!whole) {
        return [];
      }
      const part = { index, header, unit: unit ?? whole.unit, def: whole.def };
      return [{ part, whole, parse: compileParser(part) }];
    });
  }

  check(row: SheetRow, parsed: ParsedRow, year: number | null, issues: RowIssueSink): void {
    for (const { part, whole, parse } of this.parts) {
      const value = parse(row.cells[part.index] ?? null, year);
      if (!value.ok || typeof value.value !== 'number') {
        continue; // no figure: nothing for the whole to hold
      }
      const total = parsed.cells.get(whole.def.key)?.value;
      const shown = `"${rawText(row.cells[part.index])}"`;
      const wholeName = `column ${columnLetter(whole.index + 1)} "${whole.header}"`;
      const wholeValue = rawText(row.cells[whole.index]);
      if (typeof total !== 'number') {
        issues.add(
          'error',
          part,
          'BREAKDOWN_WITHOUT_WHOLE',
          `${shown} is a part of ${wholeName}, which is empty in this row; give the whole figure there`,
          { whole: whole.header },
        );
      } else if (value.value > total + 1e-6 * Math.max(1, total)) {
        issues.add(
          'error',
          part,
          'BREAKDOWN_EXCEEDS_WHOLE',
          `${shown} is a part of ${wholeName} but more than its "${wholeValue}"`,
          { whole: whole.header, wholeValue },
        );
      }
    }
  }
}
