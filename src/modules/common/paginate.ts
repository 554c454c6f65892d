import type { ConnectionType } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery, Knex } from '@mikro-orm/postgresql';
import type { Page } from './connection';
import { decodeCursor, pageSize } from './cursor';
import type { SqlCondition } from './filters';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Keyset pagination on a unique key: page 50 costs what page 1 costs. The total is counted only
 * when a client asks for it. `from: 'write'` reads the primary, not a read replica.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Record<string, unknown>[],
  args: PageArgs,
  key: 'id' | 'code' = 'id',
  from?: ConnectionType,
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const kind = key === 'id' ? 'integer' : 'string';
  const after = args.after ? [{ [key]: { $gt: decodeCursor(args.after, kind) } }] : [];
  const rows = await em.find(entity, { $and: [...where, ...after] } as FilterQuery<T>, {
    orderBy: { [key]: 'asc' } as never,
    limit: limit + 1,
    connectionType: from,
  });
  return {
    nodes: rows.slice(0, limit),
    hasNextPage: rows.length > limit,
    hasPreviousPage: Boolean(args.after),
    cursorOf: (node) => (node as Record<string, string | number>)[key],
    count: () => em.count(entity, { $and: where } as FilterQuery<T>, { connectionType: from }),
  };
}

/** What a read-only list selects: its table, the columns of a node, and the node's type. */
export interface RowSource<N extends { id: number }> {
  table: string;
  /** The select list, aliased to the node's property names (`investment_yuan as "investmentYuan"`). */
  columns: string;
  /**
   * The GraphQL type's class: a node takes its prototype, so the type's getters (`typeLabel`)
   * work as on an instance and type-graphql need not copy each row into a `new` one per getter.
   * Nothing else of the class runs: no constructor, no entity manager.
   */
  type: abstract new () => Partial<N>;
}

/**
 * `paginate` for read-only lists, in plain rows: no entity, no identity map, and the conditions
 * as bindings (a region subtree is one array), so the statement text is the same whatever the
 * arguments and PostgreSQL parses no literal lists. Keyset on `id`, cursors as `paginate` gives.
 */
export async function pageRows<N extends { id: number }>(
  db: Knex,
  source: RowSource<N>,
  where: SqlCondition[],
  args: PageArgs,
): Promise<Page<N>> {
  const { sql, bindings, limit } = pageStatement(source, where, args);
  const { rows } = await db.raw(sql, bindings as never);
  const prototype = rowPrototype(source.type);
  const nodes = (rows as object[])
    .slice(0, limit)
    .map((row) => Object.assign(Object.create(prototype) as N, row));
  return {
    nodes,
    hasNextPage: rows.length > limit,
    hasPreviousPage: Boolean(args.after),
    cursorOf: (node) => node.id,
    count: () => countRows(db, source.table, where),
  };
}

/**
 * The statement of the page `args` asks (its size, after its cursor): it reads one row more than
 * the page holds, to tell whether more follow. A bad cursor or size is refused here.
 */
export function pageStatement(
  source: RowSource<{ id: number }>,
  where: SqlCondition[],
  args: PageArgs,
): SqlCondition & { limit: number } {
  const limit = pageSize(args.first);
  const after: SqlCondition[] = args.after
    ? [{ sql: 'id > ?', bindings: [decodeCursor(args.after, 'integer')] }]
    : [];
  return { ...pageQuery(source, [...where, ...after], limit + 1), limit };
}

/**
 * One page's statement. With a region condition, each region's rows are walked in id order
 * (the current-facts index by region) and only the first `limit` of each are merged: a city's
 * page then reads a few rows per district, where `region_code = any(…) order by id` read and
 * sorted every current row of the city (and an id-order walk read the other cities' rows first).
 */
function pageQuery(
  source: RowSource<{ id: number }>,
  where: SqlCondition[],
  limit: number,
): SqlCondition {
  const regional = where.find((condition) => condition.regionCodes);
  if (!regional) {
    const filter = whereClause(where);
    return {
      sql: `select ${source.columns} from "${source.table}"${filter.sql} order by id limit ?`,
      bindings: [...filter.bindings, limit],
    };
  }
  const each = whereClause([
    { sql: '"region_code" = r.code', bindings: [] },
    ...where.filter((condition) => condition !== regional),
  ]);
  return {
    sql:
      `select f.* from unnest(?::text[]) as r(code) cross join lateral ` +
      `(select ${source.columns} from "${source.table}"${each.sql} order by id limit ?) f ` +
      `order by f.id limit ?`,
    bindings: [regional.regionCodes, ...each.bindings, limit, limit],
  };
}

export async function countRows(db: Knex, table: string, where: SqlCondition[]): Promise<number> {
  const filter = whereClause(where);
  const { rows } = await db.raw(
    `select count(*)::int as n from "${table}"${filter.sql}`,
    filter.bindings as never,
  );
  return rows[0].n;
}

function whereClause(where: SqlCondition[]): SqlCondition {
  return {
    sql: where.length ? ` where ${where.map((c) => c.sql).join(' and ')}` : '',
    bindings: where.flatMap((c) => c.bindings),
  };
}

const rowPrototypes = new WeakMap<object, object>();

/**
 * The prototype a list's rows take: the type's own, behind a layer of plain writable properties
 * that hides the setters MikroORM puts on an entity's prototype for each column. Through those,
 * assigning a row's column made the row an entity — a helper object and a property defined on
 * the row per column, 11 µs a row against 1 µs, and garbage for the collector. The layer keeps
 * the type's getters (`typeLabel`) and `instanceof`.
 */
export function rowPrototype(type: abstract new () => unknown): object {
  let prototype = rowPrototypes.get(type);
  if (!prototype) {
    const layer: PropertyDescriptorMap = {};
    for (
      let p = type.prototype as object | null;
      p && p !== Object.prototype;
      p = Object.getPrototypeOf(p) as object | null
    ) {
      for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        if (d.set && !d.get && !(name in layer)) {
          layer[name] = { value: undefined, writable: true, configurable: true };
        }
      }
    }
    prototype = Object.create(type.prototype as object, layer) as object;
    rowPrototypes.set(type, prototype);
  }
  return prototype;
}
