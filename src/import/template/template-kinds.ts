import { ledgerKindWords } from '../../modules/common/enum-words';
import type { LedgerKind } from '../../modules/common/enums';
import type { SheetDefinition } from '../../modules/common/sheet-definition';

/** The plural names of the CLI and of /templates/{kind}.xlsx, as the API contract spells them. */
export const KIND_SLUGS: Readonly<Record<LedgerKind, string>> = {
  EVENTS: 'events',
  FACILITIES: 'facilities',
  RESULTS: 'results',
  INDICATORS: 'indicators',
};

/** 赛事活动, 场地设施 …: the first word `ledgerKindWords` lists for a kind is its full name. */
export function kindTitle(kind: LedgerKind): string {
  return Object.keys(ledgerKindWords.words).find((word) => ledgerKindWords.words[word] === kind)!;
}

/** 赛事活动台账模板.xlsx: the name a clerk recognises in a download folder. */
export function templateFileName(kind: LedgerKind): string {
  return `${kindTitle(kind)}台账模板.xlsx`;
}

/**
 * The ledger kind a user named: events, EVENTS, Events, or its Chinese name (赛事活动).
 * Null when the name is none of them.
 */
export function findTemplateKind(
  name: string,
  definitions: readonly SheetDefinition[],
): SheetDefinition | null {
  const wanted = name.trim().replace(/\.xlsx$/i, '');
  const lower = wanted.toLowerCase();
  return (
    definitions.find(
      (d) =>
        KIND_SLUGS[d.kind] === lower ||
        d.kind.toLowerCase() === lower ||
        kindTitle(d.kind) === wanted,
    ) ?? null
  );
}

/** What an unknown kind's message lists. */
export function knownKindNames(definitions: readonly SheetDefinition[]): string {
  return definitions.map((d) => KIND_SLUGS[d.kind]).join(', ');
}
