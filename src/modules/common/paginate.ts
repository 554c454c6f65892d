import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from './connection';
import { decodeCursor, pageSize } from './cursor';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Keyset pagination on a unique key: page 50 costs what page 1 costs. The total is counted only
 * when a client asks for it.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Record<string, unknown>[],
  args: PageArgs,
  key: 'id' | 'code' = 'id',
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const kind = key === 'id' ? 'integer' : 'string';
  const after = args.after ? [{ [key]: { $gt: decodeCursor(args.after, kind) } }] : [];
  const rows = await em.find(entity, { $and: [...where, ...after] } as FilterQuery<T>, {
    orderBy: { [key]: 'asc' } as never,
    limit: limit + 1,
  });
  return {
    nodes: rows.slice(0, limit),
    hasNextPage: rows.length > limit,
    hasPreviousPage: Boolean(args.after),
    cursorOf: (node) => (node as Record<string, string | number>)[key],
    count: () => em.count(entity, { $and: where } as FilterQuery<T>),
  };
}
