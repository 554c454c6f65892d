import type { ColumnDef, SheetDefinition } from '../../modules/common/sheet-definition';
import type { MappingSource } from '../../modules/import-batch/import-report';
import type { HeaderMatcher, HeaderMeaning } from './header-matcher';
import { rawText } from './headers';
import type { SheetRow } from '../read/sheet-source';

export interface MappedColumn {
  index: number;
  header: string;
  unit: string | null;
  def: ColumnDef;
  /** Where its meaning came from: the spec's words, a synonym, the clerk's mapping (now or before). */
  source?: MappingSource;
}

/** A header whose column is read but not stored, and why (decisions §1). */
export interface IgnoredColumn {
  index: number;
  header: string;
  reason: string;
  /** Expected and carrying nothing (序号): listed, but no warning. */
  silent: boolean;
  /** For a breakdown (其中财政投资): the stored column it is a part of; its values never exceed it. */
  partOf: MappedColumn | null;
  unit: string | null;
  /** Set when the clerk mapped it to `ignore` (now or in an earlier import of the region). */
  source: MappingSource | null;
}

/**
 * A header the importer cannot place. Locate decides at the end of the sheet: a column that held
 * no number is ignored (explained); one that held numbers refuses the batch (UNMAPPED_COLUMN).
 */
export interface UnplacedColumn {
  index: number;
  header: string;
  /** The columns it could be (its words or unit fit them), for the message. */
  candidates: readonly ColumnDef[];
  /** The field the clerk mapped it to, when the sheet's kind has no such field. */
  requested: string | null;
  /** The column that already holds the field its header names (a second 投资 column). */
  taken: MappedColumn | null;
}

export interface SheetLayout {
  definition: SheetDefinition;
  /** Row number of the (lower) header row; data starts below it. */
  headerRow: number;
  /** Row number of the group row above a two-row header. */
  upperRow: number | null;
  columns: MappedColumn[];
  ignored: IgnoredColumn[];
  unplaced: UnplacedColumn[];
  /** How many columns (the year aside) the header places: two make a header row. */
  placed: number;
  /** How well the header names the kind's columns, for choosing between kinds and rows. */
  score: number;
}

interface ReadCell {
  index: number;
  header: string;
  meaning: HeaderMeaning;
}

/** One header row (with the group row above it, if any) read by one kind's matcher. */
export function mapHeader(
  matcher: HeaderMatcher,
  row: SheetRow,
  upper: SheetRow | null,
): SheetLayout {
  const cells: ReadCell[] = [];
  const width = Math.max(row.cells.length, upper?.cells.length ?? 0);
  for (let index = 0; index < width; index += 1) {
    const cell = readCell(
      matcher,
      rawText(row.cells[index]),
      upper ? rawText(upper.cells[index]) : '',
    );
    if (cell) {
      cells.push({ index, ...cell });
    }
  }
  const layout: SheetLayout = {
    definition: matcher.definition,
    headerRow: row.number,
    upperRow: upper?.number ?? null,
    columns: [],
    ignored: [],
    unplaced: [],
    placed: 0,
    score: 0,
  };
  placeColumns(layout, cells);
  const named = layout.columns.filter((c) => c.def.type !== 'year');
  layout.placed = named.length;
  // A synonym is a guess: it weighs half, so a sheet's kind is decided by the spec's words first.
  layout.score = named.reduce((score, c) => score + (c.source === 'SYNONYM' ? 0.5 : 1), 0);
  return layout;
}

/**
 * The lower cell names the column; the group cell above gives context (奖牌 over 金), and names
 * the column itself only where the lower cell is empty or says nothing firm — never by a synonym,
 * since a merged title above a header would otherwise be read as a column.
 */
function readCell(
  matcher: HeaderMatcher,
  lower: string,
  group: string,
): { header: string; meaning: HeaderMeaning } | null {
  const below = matcher.match(lower, group);
  if (!group || group === lower) {
    return below && { header: lower, meaning: below };
  }
  const settled =
    below && (below.kind !== 'unplaced' || below.requested !== null || below.breakdown);
  if (settled) {
    return { header: lower, meaning: below };
  }
  const above = matcher.match(group, '');
  if (above?.kind === 'placed' && above.source !== 'SYNONYM') {
    return { header: group, meaning: above };
  }
  return below && { header: lower, meaning: below };
}

/** Firm meanings (the clerk's, the spec's) take their fields first; synonyms get what is left. */
function placeColumns(layout: SheetLayout, cells: readonly ReadCell[]): void {
  const taken = new Map<string, MappedColumn>();
  for (const firm of [true, false]) {
    for (const { index, header, meaning } of cells) {
      if (meaning.kind === 'placed' && (meaning.source !== 'SYNONYM') === firm) {
        placeColumn(layout, taken, { index, header }, meaning);
      }
    }
  }
  for (const { index, header, meaning } of cells) {
    if (meaning.kind === 'ignored') {
      const { reason, silent, source } = meaning;
      layout.ignored.push({ index, header, reason, silent, partOf: null, unit: null, source });
    } else if (meaning.kind === 'unplaced') {
      const { candidates, requested } = meaning;
      layout.unplaced.push({ index, header, candidates, requested, taken: null });
    } else if (meaning.kind === 'part') {
      placePart(layout, taken.get(meaning.whole.key), { index, header }, meaning);
    }
  }
  layout.columns.sort((a, b) => a.index - b.index);
  layout.unplaced.sort((a, b) => a.index - b.index);
}

/** A column takes its field unless an earlier one holds it: then it cannot be placed. */
function placeColumn(
  layout: SheetLayout,
  taken: Map<string, MappedColumn>,
  cell: { index: number; header: string },
  meaning: Extract<HeaderMeaning, { kind: 'placed' }>,
): void {
  const holder = taken.get(meaning.def.key);
  if (!holder) {
    const column = { ...cell, unit: meaning.unit, def: meaning.def, source: meaning.source };
    taken.set(meaning.def.key, column);
    layout.columns.push(column);
  } else if (holder.def.type === 'region' && /代码|编码/.test(cell.header)) {
    // 行政区划代码 beside 地区: the region once more, by its code (decisions §1 a)
    const reason = `an identifier or note column (${cell.header})`;
    layout.ignored.push({ ...cell, reason, silent: false, partOf: null, unit: null, source: null });
  } else {
    layout.unplaced.push({ ...cell, candidates: [meaning.def], requested: null, taken: holder });
  }
}

/** A breakdown is explained by its whole; without the whole in the sheet it cannot be placed. */
function placePart(
  layout: SheetLayout,
  whole: MappedColumn | undefined,
  cell: { index: number; header: string },
  part: Extract<HeaderMeaning, { kind: 'part' }>,
): void {
  if (!whole) {
    layout.unplaced.push({ ...cell, candidates: [part.whole], requested: null, taken: null });
    return;
  }
  layout.ignored.push({
    ...cell,
    reason: `part of ${whole.header}`,
    silent: false,
    partOf: whole,
    unit: part.unit,
    source: null,
  });
}
