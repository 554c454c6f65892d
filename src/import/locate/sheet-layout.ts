import type { ColumnDef, SheetDefinition } from '../../modules/common/sheet-definition';
import { splitHeaderUnit } from '../parse/cells';
import { HeaderMatcher, SILENT_HEADERS, headerKey, rawText } from './headers';
import type { SheetRow } from '../read/sheet-source';

/** How many rows above the header a ledger may use for its title and preamble (ledger-spec §5). */
export const MAX_PREAMBLE_ROWS = 15;

export interface MappedColumn {
  index: number;
  header: string;
  unit: string | null;
  def: ColumnDef;
}

export interface SheetLayout {
  definition: SheetDefinition;
  /** Row number of the (lower) header row; data starts below it. */
  headerRow: number;
  /** Row number of the group row above a two-row header. */
  upperRow: number | null;
  columns: MappedColumn[];
  ignored: { index: number; header: string }[];
  score: number;
}

/**
 * Finds the header row (one row, or two with group cells merged above) and the kind whose columns
 * it names best. The sheet name's kind wins when its columns are found at all.
 */
export function findLayout(
  rows: readonly SheetRow[],
  definitions: readonly SheetDefinition[],
  nameKind: SheetDefinition | null,
): SheetLayout | null {
  let best: SheetLayout | null = null;
  for (let i = 0; i < Math.min(rows.length, MAX_PREAMBLE_ROWS + 1); i += 1) {
    for (const definition of definitions) {
      const matcher = new HeaderMatcher(definition);
      const single = mapHeader(matcher, rows[i], null);
      // A group row above counts only when it names columns the lower row alone does not.
      const lowerAlone = rows[i + 1] ? mapHeader(matcher, rows[i + 1], null) : null;
      const pair = lowerAlone ? mapHeader(matcher, rows[i + 1], rows[i]) : null;
      for (const layout of pair && pair.score > lowerAlone!.score ? [single, pair] : [single]) {
        if (layout.score >= 2 && (!best || rank(layout, nameKind) > rank(best, nameKind))) {
          best = layout;
        }
      }
    }
  }
  return best;
}

/** The sheet name's kind breaks ties and near-ties. */
function rank(layout: SheetLayout, nameKind: SheetDefinition | null): number {
  return layout.score + (layout.definition === nameKind ? 0.5 : 0);
}

function mapHeader(matcher: HeaderMatcher, row: SheetRow, upper: SheetRow | null): SheetLayout {
  const columns: MappedColumn[] = [];
  const ignored: { index: number; header: string }[] = [];
  const seen = new Set<string>();
  const width = Math.max(row.cells.length, upper?.cells.length ?? 0);
  for (let index = 0; index < width; index += 1) {
    const lower = rawText(row.cells[index]);
    const group = upper ? rawText(upper.cells[index]) : '';
    const def =
      matcher.match(lower, group) ?? (upper && group !== lower ? matcher.match(group, '') : null);
    const header = def && upper && !matcher.match(lower, group) ? group : lower || group;
    if (def && !seen.has(def.key)) {
      seen.add(def.key);
      columns.push({ index, header, unit: splitHeaderUnit(header).unit, def });
    } else if (header && !SILENT_HEADERS.has(headerKey(header))) {
      ignored.push({ index, header });
    }
  }
  const score = columns.filter((c) => c.def.type !== 'year').length;
  return {
    definition: matcher.definition,
    headerRow: row.number,
    upperRow: upper?.number ?? null,
    columns,
    ignored,
    score,
  };
}
