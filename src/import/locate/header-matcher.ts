import type { ColumnDef, SheetDefinition } from '../../modules/common/sheet-definition';
import type { MappingSource } from '../../modules/import-batch/import-report';
import { breakdownRest, identifierWord, meaningOf } from './header-meaning';
import { compareKey, readHeader, type HeaderText } from './header-text';

/** What a header means in one ledger kind. */
export type HeaderMeaning =
  | { kind: 'placed'; def: ColumnDef; unit: string | null; source: MappingSource }
  | { kind: 'ignored'; reason: string; silent: boolean; source: MappingSource | null }
  /** 其中财政投资: a part of the column `whole`, reported beside it, never stored as it. */
  | { kind: 'part'; whole: ColumnDef; unit: string | null }
  /** Nothing the importer can place: the columns it could be, and the clerk's field if one was given. */
  | {
      kind: 'unplaced';
      candidates: readonly ColumnDef[];
      requested: string | null;
      /** A breakdown (其中…) whose whole could not be found: still never the group's column. */
      breakdown?: boolean;
    };

/** The clerk's mappings, by header key: this upload's (`columnMap`) and the region's remembered ones. */
export interface ClerkMappings {
  request: ReadonlyMap<string, string>;
  remembered: ReadonlyMap<string, string>;
}

export const NO_MAPPINGS: ClerkMappings = { request: new Map(), remembered: new Map() };

/** Headers that are expected and carry nothing (row numbering). */
const NUMBERING = new Set(['序号', '编号', '序', 'no', 'no.'].map(compareKey));

/**
 * Header lookup of one ledger kind. The clerk's word comes first (this upload's mapping, then the
 * one remembered for the region), then the spec's headers, then the header's meaning.
 */
export class HeaderMatcher {
  private readonly byHeader = new Map<string, ColumnDef>();
  private readonly byGroupHeader = new Map<string, ColumnDef>();

  constructor(
    readonly definition: SheetDefinition,
    private readonly mappings: ClerkMappings = NO_MAPPINGS,
  ) {
    for (const column of definition.columns) {
      for (const header of [column.key, ...column.headers]) {
        this.byHeader.set(readHeader(header).key, column);
      }
      for (const header of column.underGroup?.headers ?? []) {
        this.byGroupHeader.set(compareKey(header), column);
      }
    }
  }

  /** What a header means, given the (merged) group header above it; null for an empty header. */
  match(header: string, group: string): HeaderMeaning | null {
    const text = readHeader(header);
    if (!text.key) {
      return null;
    }
    const context = group && group !== header ? readHeader(group) : null;
    const meaning = this.clerks(text) ?? this.spec(text, group) ?? this.byMeaning(text, context);
    // "总额" under "投资（万元）": the group row gives the unit the lower cell leaves out.
    if ((meaning.kind === 'placed' || meaning.kind === 'part') && !meaning.unit && context?.unit) {
      return { ...meaning, unit: context.unit };
    }
    return meaning;
  }

  private clerks(text: HeaderText): HeaderMeaning | null {
    const { request, remembered } = this.mappings;
    const asked = request.get(text.key) ?? request.get(text.bare);
    const kept = remembered.get(text.key);
    const [field, source] = asked ? [asked, 'REQUEST' as const] : [kept, 'REMEMBERED' as const];
    if (!field) {
      return null;
    }
    if (isIgnore(field)) {
      return { kind: 'ignored', reason: 'mapped to ignore by the clerk', silent: false, source };
    }
    const def = fieldColumn(this.definition, field, text.unit);
    if (def) {
      return { kind: 'placed', def, unit: text.unit, source };
    }
    // A remembered field of another kind says nothing here; a requested one is answered.
    return source === 'REQUEST' ? { kind: 'unplaced', candidates: [], requested: field } : null;
  }

  private spec(text: HeaderText, group: string): HeaderMeaning | null {
    const grouped = this.byGroupHeader.get(text.key);
    const def =
      this.byHeader.get(text.key) ??
      this.byHeader.get(text.bare) ??
      (grouped?.underGroup!.group.some((word) => group.includes(word)) ? grouped : undefined) ??
      this.definition.dynamicColumn?.(text.name, text.unit);
    if (def) {
      return { kind: 'placed', def, unit: text.unit, source: 'SPEC' };
    }
    return NUMBERING.has(text.key)
      ? { kind: 'ignored', reason: 'row numbering', silent: true, source: null }
      : null;
  }

  private byMeaning(text: HeaderText, context: HeaderText | null): HeaderMeaning {
    const rest = breakdownRest(text.key);
    if (rest !== null) {
      // "其中财政" names no measure of its own: under "投资（万元）" it is a part of the investment.
      const named = meaningOf(this.definition, { ...text, key: rest, bare: rest });
      const whole = named.def || !context ? named : meaningOf(this.definition, context);
      return whole.def
        ? { kind: 'part', whole: whole.def, unit: text.unit }
        : { kind: 'unplaced', candidates: whole.candidates, requested: null, breakdown: true };
    }
    const word = identifierWord(this.definition, text.key);
    if (word) {
      return {
        kind: 'ignored',
        reason: `an identifier or note column (${word})`,
        silent: false,
        source: null,
      };
    }
    const meant = meaningOf(this.definition, text);
    return meant.def
      ? { kind: 'placed', def: meant.def, unit: text.unit, source: 'SYNONYM' }
      : { kind: 'unplaced', candidates: meant.candidates, requested: null };
  }
}

export function isIgnore(field: string): boolean {
  return ['ignore', '忽略'].includes(field.trim().toLowerCase());
}

/**
 * The column a clerk's field names in one kind: its ledger-spec key (`investment`), its GraphQL
 * name (`investmentYuan`), or `indicator:KEY` for a wide-form metric column.
 */
export function fieldColumn(
  definition: SheetDefinition,
  field: string,
  unit: string | null,
): ColumnDef | null {
  const wanted = field.trim().toLowerCase();
  const metric = /^indicator:(.+)$/.exec(wanted);
  if (metric) {
    return definition.dynamicColumn?.(field.trim().slice('indicator:'.length), unit) ?? null;
  }
  const named = (c: ColumnDef) => [c.key, c.field].some((n) => n?.toLowerCase() === wanted);
  return definition.columns.find(named) ?? null;
}

/** The fields a clerk may map a header to in one kind, for messages. */
export function allowedFields(definition: SheetDefinition): string[] {
  const fields = definition.columns.map((c) => c.key);
  return [...fields, ...(definition.dynamicColumn ? ['indicator:KEY'] : []), 'ignore'];
}
