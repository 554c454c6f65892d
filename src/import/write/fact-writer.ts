import { finished } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DbColumn, SheetDefinition } from '../../modules/common/sheet-definition';
import type { RowObserver } from '../../modules/common/commit-hooks';
import { RowBuffer, type RowFormat } from './row-buffer';
import { PlausibilitySums } from '../check/plausibility';

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

interface TableRows {
  definition: SheetDefinition;
  /** The names of a row's own values (the kind's columns). */
  valueNames: string[];
  format: RowFormat;
  /** The COPY statement, or the INSERT … SELECT statements reading the JSON in `?`. */
  statements: string[];
  rows: RowBuffer;
  /** COPY's staging table (made with the first rows), moved into the facts by `finish`. */
  staging?: { create: string; move: string; made: boolean };
}

/**
 * Writes fact rows set-based inside the import's transaction: rows are gathered per table as
 * the bytes the database reads (row-buffer.ts) and sent a few thousand at a time — by COPY into
 * their table, or, for a kind that derives rows with statements of its own (results create
 * their competitions), as JSON to its INSERT … SELECT. The next rows are parsed while the
 * database stores the previous ones.
 */
export class FactWriter {
  private readonly buffers = new Map<string, TableRows>();
  /** Row buffers whose statement has finished, ready to be filled again. */
  private readonly spare: RowBuffer[] = [];
  private pending: Promise<void> = Promise.resolve();
  private enabled = true;
  rowsWritten = 0;
  readonly sums = new PlausibilitySums();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly batchId: number,
    readonly observer?: RowObserver,
  ) {}

  /** After the first error nothing more is sent: the transaction will be rolled back anyway. */
  disable(): void {
    this.enabled = false;
    this.buffers.clear();
  }

  /**
   * Adds a row. Returns a promise only when the row filled a batch and the batch is being sent:
   * the caller waits for it before adding more (one allocation less for every other row).
   */
  add(
    definition: SheetDefinition,
    origin: RowOrigin,
    values: unknown[],
    approximate: string[],
  ): Promise<void> | undefined {
    if (!this.enabled) {
      return undefined;
    }
    this.sums.add(definition, origin.regionCode, origin.year, values);
    const buffer = this.bufferOf(definition);
    this.observer?.add(
      definition.table,
      buffer.valueNames,
      origin.regionCode,
      origin.year,
      values,
      approximate,
    );
    buffer.rows.push([
      this.batchId,
      origin.sheet,
      origin.row,
      origin.regionCode,
      origin.scopeRegionCode,
      origin.year,
      true,
      buffer.format === 'copy' ? approximate : approximate.join(','),
      ...values,
    ]);
    return buffer.rows.count >= FLUSH_ROWS ? this.flush(buffer) : undefined;
  }

  async finish(): Promise<void> {
    for (const buffer of this.buffers.values()) {
      if (this.enabled && buffer.rows.count > 0) {
        await this.flush(buffer);
      }
    }
    await this.pending;
    for (const buffer of this.buffers.values()) {
      if (this.enabled && buffer.staging?.made) {
        await this.trx.raw(buffer.staging.move);
      }
    }
  }

  private bufferOf(definition: SheetDefinition): TableRows {
    let buffer = this.buffers.get(definition.table);
    if (!buffer) {
      const columns = [...COMMON, ...definition.dbColumns];
      // A kind with statements of its own reads its rows as JSON in $1; the others are copied.
      const format = definition.insertSql ? 'json' : 'copy';
      const staging = `"stage_${definition.table}"`;
      buffer = {
        definition,
        valueNames: definition.dbColumns.map((c) => c.name),
        format,
        statements: definition.insertSql
          ? definition.insertSql(definition.table, columns).map((sql) => sql.replace(/\$1\b/g, '?'))
          : [`copy ${staging} (${columnList(columns)}) from stdin`],
        rows: this.rowBuffer(format),
        staging: definition.insertSql ? undefined : stagingOf(definition.table, staging, columns),
      };
      this.buffers.set(definition.table, buffer);
    }
    return buffer;
  }

  private rowBuffer(format: RowFormat): RowBuffer {
    const index = this.spare.findIndex((b) => b.format === format);
    return index >= 0 ? this.spare.splice(index, 1)[0] : new RowBuffer(format);
  }

  // One statement in flight at a time: wait for the previous one, then send this one unawaited.
  private async flush(buffer: TableRows): Promise<void> {
    const rows = buffer.rows;
    this.rowsWritten += rows.count;
    await this.pending;
    buffer.rows = this.rowBuffer(buffer.format);
    this.pending = (
      buffer.format === 'copy' ? this.copy(buffer, rows) : this.insert(buffer, rows)
    ).then(() => {
      rows.clear();
      this.spare.push(rows);
    });
    // Surface a failure at the next await rather than as an unhandled rejection.
    this.pending.catch(() => undefined);
  }

  private async copy(buffer: TableRows, rows: RowBuffer): Promise<void> {
    if (!buffer.staging!.made) {
      await this.trx.raw(buffer.staging!.create);
      buffer.staging!.made = true;
    }
    // The transaction's own connection: knex hands it out while the transaction lasts.
    const client = (await this.trx.client.acquireConnection()) as ClientBase;
    const stream = client.query(copyFrom(buffer.statements[0]));
    stream.end(rows.content());
    await finished(stream);
  }

  private async insert(buffer: TableRows, rows: RowBuffer): Promise<void> {
    // A Buffer parameter travels in binary format: for text, that is its UTF-8 bytes as they are.
    const json = rows.content();
    for (const sql of buffer.statements) {
      await this.trx.raw(sql, [json]);
    }
  }
}

/**
 * PostgreSQL refuses COPY into a table with row-level security (the fact tables have it: their
 * policies bound where a key's writes land), so rows are copied into a temporary table of the
 * same columns (no constraints, no indexes, no WAL) and moved in with one INSERT … SELECT, which
 * the policies check row by row. Dropped with the transaction, committed or not.
 */
function stagingOf(table: string, staging: string, columns: readonly DbColumn[]) {
  const list = columnList(columns);
  return {
    create: `create temp table ${staging} on commit drop as select ${list} from "${table}" with no data`,
    move: `insert into "${table}" (${list}) select ${list} from ${staging}`,
    made: false,
  };
}

function columnList(columns: readonly DbColumn[]): string {
  return columns.map((c) => `"${c.name}"`).join(', ');
}
