import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122202809 } from './Migration20261122202809';

/** Every migration, in order; a new one is appended here when it is created. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122202809', class: Migration20261122202809 },
];
