// What is kept per fact table, and the SQL that groups its current rows; aggregates.ts keeps
// the tables up to date with it.

export interface RegionYear {
  regionCode: string;
  year: number;
}

/** A batch's own figures, summed while its rows were written (BatchAggregates). */
export interface BatchFigures {
  rowsOf(aggregate: Aggregate, pairs: readonly RegionYear[]): unknown[][];
}

/**
 * An aggregate kept for a fact table, per (region, year): the row count, sums of some columns
 * and, per summed figure, whether any row gave it as approximate — overall and per dimension.
 */
export interface Aggregate {
  table: string;
  agg: string;
  /** Dimension name (as stored in `dim`) → column. */
  dims: Readonly<Record<string, string>>;
  /** Summed columns (same names in the aggregate) with the SQL type of their sum. */
  sums: readonly (readonly [column: string, type: 'bigint' | 'float8'])[];
  /** Approximate flags: the field named in approximate_fields → the aggregate's column. */
  approx: readonly (readonly [field: string, column: string])[];
}

const FACILITY: Aggregate = {
  table: 'facility',
  agg: 'facility_agg',
  dims: { TYPE: 'type', STATUS: 'status', PROJECT_TYPE: 'project_type' },
  sums: [
    ['quantity', 'bigint'],
    ['investment_yuan', 'float8'],
    ['area_m2', 'float8'],
    ['length_km', 'float8'],
  ],
  approx: [
    ['quantity', 'quantity_approx'],
    ['investmentYuan', 'investment_approx'],
    ['areaM2', 'area_approx'],
    ['lengthKm', 'length_approx'],
  ],
};

const EVENT: Aggregate = {
  table: 'event',
  agg: 'event_agg',
  dims: { CATEGORY: 'category', LEVEL: 'level', SPORT: 'sport', FORMAT: 'format' },
  sums: [['participants', 'bigint']],
  approx: [['participants', 'participants_approx']],
};

/** Every aggregate kept. */
export const AGGREGATES: readonly Aggregate[] = [FACILITY, EVENT];

/** The aggregates kept for a fact table, or undefined for tables without any. */
export function aggregateOf(table: string): Aggregate | undefined {
  return AGGREGATES.find((a) => a.table === table);
}

/** The aggregate's stored measures after (dim, dim_value, region_code, year), with SQL types. */
export function measures(
  aggregate: Aggregate,
): { column: string; type: 'bigint' | 'float8' | 'bool' }[] {
  return [
    { column: 'count', type: 'bigint' },
    ...aggregate.sums.map(([column, type]) => ({ column, type })),
    ...aggregate.approx.map(([, column]) => ({ column, type: 'bool' as const })),
  ];
}

export function measureColumns(aggregate: Aggregate): string {
  return measures(aggregate)
    .map((m) => m.column)
    .join(', ');
}

/** (dim, dim_value, region_code, year, measures…) of the current rows matching `where`. */
export function groupedSql(aggregate: Aggregate, where: string): string {
  const dims = Object.entries(aggregate.dims);
  const dimName = `case ${dims.map(([name, col]) => `when grouping(${col}) = 0 then '${name}'`).join(' ')} else '' end`;
  const dimValue = `case ${dims.map(([, col]) => `when grouping(${col}) = 0 then coalesce(${col}, '')`).join(' ')} else '' end`;
  const sets = ['(region_code, year)', ...dims.map(([, col]) => `(region_code, year, ${col})`)];
  const measures = [
    'count(*) as count',
    ...aggregate.sums.map(([c]) => `sum(${c}) as ${c}`),
    ...aggregate.approx.map(
      ([field, column]) => `bool_or('${field}' = any(approximate_fields)) as ${column}`,
    ),
  ];
  return `select ${dimName} as dim, ${dimValue} as dim_value, region_code, year, ${measures.join(', ')}
     from ${aggregate.table} where current and ${where}
     group by grouping sets (${sets.join(', ')})`;
}
