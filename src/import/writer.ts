import type { Knex } from '@mikro-orm/postgresql';
import type { DbColumn, SheetDefinition } from '../modules/common/sheet-definition';
import { recordsetJson, recordsetParts } from '../modules/common/sheet-sql';
import { PlausibilitySums } from './plausibility';

/** Columns every fact table has, before the kind's own. */
const COMMON: readonly DbColumn[] = [
  { name: 'batch_id', type: 'int' },
  { name: 'sheet', type: 'text' },
  { name: 'row', type: 'int' },
  { name: 'region_code', type: 'text' },
  { name: 'scope_region_code', type: 'text' },
  { name: 'year', type: 'int' },
  { name: 'current', type: 'bool' },
  { name: 'approximate_fields', type: 'text[]' },
];

const FLUSH_ROWS = 5000;

export interface RowOrigin {
  sheet: string;
  row: number;
  regionCode: string;
  scopeRegionCode: string;
  year: number;
}

interface Buffer {
  definition: SheetDefinition;
  columns: DbColumn[];
  rows: unknown[][];
}

/**
 * Writes fact rows set-based inside the import's transaction: rows are gathered per table and
 * sent a few thousand at a time in one INSERT … SELECT. The next rows are parsed while the
 * database stores the previous ones.
 */
export class FactWriter {
  private readonly buffers = new Map<string, Buffer>();
  private pending: Promise<void> = Promise.resolve();
  private enabled = true;
  rowsWritten = 0;
  readonly sums = new PlausibilitySums();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly batchId: number,
  ) {}

  /** After the first error nothing more is sent: the transaction will be rolled back anyway. */
  disable(): void {
    this.enabled = false;
    this.buffers.clear();
  }

  async add(
    definition: SheetDefinition,
    origin: RowOrigin,
    values: unknown[],
    approximate: string[],
  ): Promise<void> {
    if (!this.enabled) {
      return;
    }
    this.sums.add(definition, origin.regionCode, origin.year, values);
    const buffer = this.bufferOf(definition);
    buffer.rows.push([
      this.batchId,
      origin.sheet,
      origin.row,
      origin.regionCode,
      origin.scopeRegionCode,
      origin.year,
      true,
      approximate.join(','),
      ...values,
    ]);
    if (buffer.rows.length >= FLUSH_ROWS) {
      await this.flush(buffer);
    }
  }

  async finish(): Promise<void> {
    for (const buffer of this.buffers.values()) {
      if (this.enabled && buffer.rows.length > 0) {
        await this.flush(buffer);
      }
    }
    await this.pending;
  }

  private bufferOf(definition: SheetDefinition): Buffer {
    let buffer = this.buffers.get(definition.table);
    if (!buffer) {
      buffer = { definition, columns: [...COMMON, ...definition.dbColumns], rows: [] };
      this.buffers.set(definition.table, buffer);
    }
    return buffer;
  }

  // One statement in flight at a time: wait for the previous one, then send this one unawaited.
  private async flush(buffer: Buffer): Promise<void> {
    const json = recordsetJson(buffer.rows);
    this.rowsWritten += buffer.rows.length;
    buffer.rows = [];
    await this.pending;
    const statements = insertStatements(buffer.definition, buffer.columns);
    this.pending = statements
      .reduce<Promise<unknown>>(
        (previous, sql) => previous.then(() => this.trx.raw(sql.replace(/\$1\b/g, '?'), [json])),
        Promise.resolve(),
      )
      .then(() => undefined);
    // Surface a failure at the next await rather than as an unhandled rejection.
    this.pending.catch(() => undefined);
  }
}

/** The statements that insert one batch of rows, given as JSON in $1. */
export function insertStatements(
  definition: SheetDefinition,
  columns: readonly DbColumn[],
): string[] {
  if (definition.insertSql) {
    return definition.insertSql(definition.table, columns);
  }
  const { from, expr } = recordsetParts(columns);
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  return [
    `insert into "${definition.table}" (${names}) select ${columns.map((c) => expr(c.name)).join(', ')} from ${from}`,
  ];
}
