import type { Knex } from '@mikro-orm/postgresql';
import type { DbColumn, SheetDefinition } from '../modules/common/sheet-definition';
import { unnestParts } from '../modules/common/sheet-sql';

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
  arrays: unknown[][];
}

/**
 * Writes fact rows set-based inside the import's transaction: rows are gathered per table and
 * sent a few thousand at a time as column arrays (one INSERT … SELECT FROM unnest). The next
 * batch of rows is parsed while the database stores the previous one.
 */
export class FactWriter {
  private readonly buffers = new Map<string, Buffer>();
  private pending: Promise<void> = Promise.resolve();
  private enabled = true;
  rowsWritten = 0;

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly batchId: number,
  ) {}

  /** After the first error nothing more is sent: the transaction will be rolled back anyway. */
  disable(): void {
    this.enabled = false;
    this.buffers.clear();
  }

  async add(definition: SheetDefinition, origin: RowOrigin, values: unknown[], approximate: string[]): Promise<void> {
    if (!this.enabled) {
      return;
    }
    const buffer = this.bufferOf(definition);
    const row = [this.batchId, origin.sheet, origin.row, origin.regionCode, origin.scopeRegionCode, origin.year, true, approximate.join(','), ...values];
    row.forEach((value, i) => buffer.arrays[i].push(value));
    if (buffer.arrays[0].length >= FLUSH_ROWS) {
      await this.flush(buffer);
    }
  }

  async finish(): Promise<void> {
    for (const buffer of this.buffers.values()) {
      if (this.enabled && buffer.arrays[0].length > 0) {
        await this.flush(buffer);
      }
    }
    await this.pending;
  }

  /** Statements are written with $n naming column arrays; knex binds positional `?`. */
  private run(sql: string, arrays: unknown[][]): Promise<unknown> {
    const bindings: unknown[] = [];
    const positional = sql.replace(/\$(\d+)/g, (_m, n: string) => {
      bindings.push(arrays[Number(n) - 1]);
      return '?';
    });
    return this.trx.raw(positional, bindings as never);
  }

  private bufferOf(definition: SheetDefinition): Buffer {
    let buffer = this.buffers.get(definition.table);
    if (!buffer) {
      const columns = [...COMMON, ...definition.dbColumns];
      buffer = { definition, columns, arrays: columns.map(() => []) };
      this.buffers.set(definition.table, buffer);
    }
    return buffer;
  }

  // One statement in flight at a time: wait for the previous one, then send this one unawaited.
  private async flush(buffer: Buffer): Promise<void> {
    const arrays = buffer.arrays;
    buffer.arrays = buffer.columns.map(() => []);
    await this.pending;
    const statements = insertStatements(buffer.definition, buffer.columns);
    this.rowsWritten += arrays[0].length;
    this.pending = statements
      .reduce<Promise<unknown>>((previous, sql) => previous.then(() => this.run(sql, arrays)), Promise.resolve())
      .then(() => undefined);
    // Surface a failure at the next await rather than as an unhandled rejection.
    this.pending.catch(() => undefined);
  }
}

export function insertStatements(definition: SheetDefinition, columns: readonly DbColumn[]): string[] {
  if (definition.insertSql) {
    return definition.insertSql(definition.table, columns);
  }
  const { unnest, aliases, select } = unnestParts(columns);
  return [`insert into "${definition.table}" (${aliases}) select ${columns.map(select).join(', ')} from unnest(${unnest}) as t(${aliases})`];
}
