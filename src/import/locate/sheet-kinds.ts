import type { SheetDefinition } from '../../modules/common/sheet-definition';

/** The kind a sheet's name announces (ledger-spec §1), or null when it says nothing. */
export function kindFromName(
  name: string,
  definitions: readonly SheetDefinition[],
): SheetDefinition | null {
  const hits = definitions.filter((d) => d.sheetNameWords.some((word) => name.includes(word)));
  // "赛事活动" names one kind; a name naming two (场地设施建设项目) is settled by its headers
  return hits.length === 1 ? hits[0] : null;
}
