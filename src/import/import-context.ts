import type { Knex } from '@mikro-orm/postgresql';
import type { ImportOptions } from '../modules/common/import-port';
import type { LedgerKind } from '../modules/common/enums';
import type { ImportScopeData, ImportSheetData } from '../modules/import-batch/import-report';
import type { SheetDefinition } from '../modules/common/sheet-definition';
import type { RegionRecord } from '../regions/region-data';
import type { RegionIndex } from '../regions/region-index';
import type { ImportDeps } from './import-deps';
import type { SheetLayout } from './locate/sheet-layout';
import type { SheetSource } from './read/sheet-source';
import type { ReportBuilder } from './report/report-builder';
import { WorkbookScope } from './check/workbook-scope';
import { ColumnMemory } from './locate/column-memory';
import { FactWriter } from './write/fact-writer';
import { ImportRefusal } from './read/refusal';

/** What the stages share while one workbook is imported. */
export interface ImportContext {
  definitions: readonly SheetDefinition[];
  regions: RegionIndex;
  report: ReportBuilder;
  scope: WorkbookScope;
  writer: FactWriter;
  /** (scope region, year, kind) → rows, for the replace step. */
  scopes: Map<string, number>;
  sawContent: boolean;
  onRow?: (sheet: string) => void;
  /** The clerk's column mappings: this upload's, and those remembered per region. */
  columns: ColumnMemory;
  /** Sheets the clerk skips on purpose, by name. */
  ignoreSheets: readonly string[];
  /** The upload key's region, which every row must lie in; null for anywhere. */
  writeScope: RegionRecord | null;
}

/** One sheet once its header is found: where its rows go and for which region and year. */
export interface SheetScope {
  source: SheetSource;
  layout: SheetLayout;
  info: ImportSheetData;
  region: RegionRecord | null;
  year: number | null;
}

export function newImportContext(
  deps: ImportDeps,
  trx: Knex.Transaction,
  batch: { id: number; report: ReportBuilder },
  uploadRegion: RegionRecord | null,
  options: ImportOptions,
): ImportContext {
  return {
    definitions: deps.definitions,
    regions: deps.regions,
    report: batch.report,
    scope: new WorkbookScope(deps.regions, uploadRegion, options.year ?? null),
    writer: new FactWriter(trx, batch.id, deps.observeRows?.()),
    scopes: new Map(),
    sawContent: false,
    onRow: rowCounter(options.onProgress),
    columns: new ColumnMemory(trx, options.columnMap),
    ignoreSheets: options.ignoreSheets ?? [],
    writeScope: writeScopeRegion(deps.regions, options),
  };
}

// A key's region is a foreign key to the region table, so an unknown one is a broken install:
// refused rather than read as "anywhere".
function writeScopeRegion(regions: RegionIndex, options: ImportOptions): RegionRecord | null {
  const code = options.scope?.regionCode;
  if (!code) {
    return null;
  }
  const region = regions.get(code);
  if (!region) {
    throw new ImportRefusal('UNKNOWN_REGION', `the upload key's region "${code}" is unknown`);
  }
  return region;
}

export function scopeKey(regionCode: string, year: number, kind: string): string {
  return `${regionCode}|${year}|${kind}`;
}

/** The scopes the rows read so far cover, with their row counts. */
export function readScopes(ctx: Pick<ImportContext, 'scopes'>): ImportScopeData[] {
  return [...ctx.scopes].map(([key, rows]) => {
    const [regionCode, year, kind] = key.split('|');
    return { regionCode, year: Number(year), kind: kind as LedgerKind, rows };
  });
}

/** Tells `onProgress` every 1,000 rows, with the sheet being read. */
function rowCounter(
  onProgress: ((rows: number, sheet: string) => void) | undefined,
): ((sheet: string) => void) | undefined {
  if (!onProgress) {
    return undefined;
  }
  let rows = 0;
  return (sheet) => {
    rows += 1;
    if (rows % 1000 === 0) {
      onProgress(rows, sheet);
    }
  };
}
