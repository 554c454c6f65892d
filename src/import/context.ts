import type { SheetDefinition } from '../modules/common/sheet-definition';
import type { RegionIndex } from '../modules/region/region-index';
import type { ReportBuilder } from './report';
import type { WorkbookScope } from './scope';
import type { FactWriter } from './writer';

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
