import { idOf, integerOf, jsonOf, type FieldJson } from '../common/json-sql';
/**
 * A fact as a list serves it: a plain row, not an entity (a list is read-only, and hydrating
 * entities cost a read most of its time), with the property names of the fact's GraphQL type.
 */
export interface FactNode {
  id: number;
  year: number;
  approximateFields: string[];
  regionCode: string;
  batchId: number;
  sheet: string;
  row: number;
}

/** The select list of the columns every fact table shares, as a FactNode names them. */
export const FACT_COLUMNS = [
  'id',
  'year',
  'approximate_fields as "approximateFields"',
  'region_code as "regionCode"',
  'batch_id as "batchId"',
  'sheet',
  '"row"',
];

/** The select list of a fact table: the shared columns and its own, `column as "property"`. */
export function factColumns(own: Record<string, string>): string {
  const renamed = Object.entries(own).map(([property, column]) =>
    property === column ? `"${column}"` : `"${column}" as "${property}"`,
  );
  return [...FACT_COLUMNS, ...renamed].join(', ');
}

/** How the JSON list writes the fields every fact type shares (see common/page-json.ts). */
export const FACT_JSON: FieldJson = {
  id: idOf('q.id'),
  year: integerOf('q.year'),
  approximateFields: jsonOf('q."approximateFields"'),
  regionCode: jsonOf('q."regionCode"'),
  regionName: jsonOf('r.name'),
  regionFullName: jsonOf('r.full_name'),
};
