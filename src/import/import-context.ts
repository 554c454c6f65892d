import type { SheetDefinition } from '../modules/common/sheet-definition';
import type { RegionIndex } from '../regions/region-index';
import type { ReportBuilder } from './report/report-builder';
import type { WorkbookScope } from './check/workbook-scope';
import type { FactWriter } from './write/fact-writer';

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
  onRow?: () => void;
}

export function scopeKey(regionCode: string, year: number, kind: string): string {
  return `${regionCode}|${year}|${kind}`;
}
