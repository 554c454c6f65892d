import type { Response } from 'express';
import type { AppServices } from '../context';
import type { ExportTable } from './export-format';
import type { ExportParams } from './export-params';

/**
 * One comparison question as an export: its GraphQL arguments read from the query string, its
 * answer asked of the answer cache under the resolver's name and argument shape (so an export
 * and the same GraphQL question share one kept answer), flattened into rows.
 */
export type ExportQuestion = (
  params: ExportParams,
  services: AppServices,
  res: Response,
) => Promise<ExportTable>;

/** The two region columns of every row that names a region. */
export function regionColumns(
  services: AppServices,
  code: string | null,
): { region_code: string | null; region_full_name: string | null } {
  return {
    region_code: code,
    region_full_name: code ? (services.regions.get(code)?.fullName ?? null) : null,
  };
}
