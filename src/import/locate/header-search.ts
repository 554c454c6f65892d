import type { SheetDefinition } from '../../modules/common/sheet-definition';
import type { SheetRow } from '../read/sheet-source';
import { HeaderMatcher, NO_MAPPINGS, type ClerkMappings } from './header-matcher';
import { mapHeader, type SheetLayout } from './sheet-layout';

/** How many rows above the header a ledger may use for its title and preamble (ledger-spec §5). */
export const MAX_PREAMBLE_ROWS = 15;

/**
 * Finds the header row (one row, or two with group cells merged above) and the kind whose columns
 * it names best. The sheet name's kind wins when its columns are found at all.
 */
export function findLayout(
  rows: readonly SheetRow[],
  definitions: readonly SheetDefinition[],
  nameKind: SheetDefinition | null,
  mappings: ClerkMappings = NO_MAPPINGS,
): SheetLayout | null {
  let best: SheetLayout | null = null;
  const matchers = definitions.map((definition) => new HeaderMatcher(definition, mappings));
  for (let i = 0; i < Math.min(rows.length, MAX_PREAMBLE_ROWS + 1); i += 1) {
    for (const matcher of matchers) {
      for (const layout of candidates(matcher, rows[i], rows[i + 1])) {
        if (layout.placed >= 2 && (!best || rank(layout, nameKind) > rank(best, nameKind))) {
          best = layout;
        }
      }
    }
  }
  return best;
}

/**
 * The header a row may start: the row alone, or the row as the group row above the next. The
 * pair is tried when the group row names columns the lower row alone does not (奖牌 over 金), or
 * when both rows read as this kind's header (投资情况 over 投资总额): then the lower one names the
 * columns, and the pair comes first so that the upper row alone does not win a tie.
 */
function candidates(matcher: HeaderMatcher, row: SheetRow, next: SheetRow | undefined) {
  const single = mapHeader(matcher, row, null);
  if (!next) {
    return [single];
  }
  const lowerAlone = mapHeader(matcher, next, null);
  const pair = mapHeader(matcher, next, row);
  if (pair.score > lowerAlone.score) {
    return [single, pair];
  }
  const bothHeaders = single.placed >= 2 && lowerAlone.score >= single.score;
  return bothHeaders && pair.score >= lowerAlone.score ? [pair, single] : [single];
}

/** The same header rows read again with other mappings (the region's, once it is known). */
export function remapLayout(
  layout: SheetLayout,
  rows: readonly SheetRow[],
  mappings: ClerkMappings,
): SheetLayout {
  const lower = rows.find((r) => r.number === layout.headerRow)!;
  const upper = rows.find((r) => r.number === layout.upperRow) ?? null;
  return mapHeader(new HeaderMatcher(layout.definition, mappings), lower, upper);
}

/** The sheet name's kind breaks ties and near-ties. */
function rank(layout: SheetLayout, nameKind: SheetDefinition | null): number {
  return layout.score + (layout.definition === nameKind ? 0.5 : 0);
}
