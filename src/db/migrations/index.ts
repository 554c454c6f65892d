import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000 } from './Migration20261122000000';
import { Migration20261122000001 } from './Migration20261122000001';
import { Migration20261123014345 } from './Migration20261123014345';
import { Migration20261207100000 } from './Migration20261207100000';
import { Migration20261207142555 } from './Migration20261207142555';
import { Migration20261207170000 } from './Migration20261207170000';
import { Migration20261207171000 } from './Migration20261207171000';
import { Migration20261207173000 } from './Migration20261207173000';
import { Migration20261208100000 } from './Migration20261208100000';
import { Migration20261208110000 } from './Migration20261208110000';
import { Migration20261209100000 } from './Migration20261209100000';
import { Migration20261210100000 } from './Migration20261210100000';

/** Every migration, in order; a new one is appended here when it is created. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000000', class: Migration20261122000000 },
  { name: 'Migration20261122000001', class: Migration20261122000001 },
  { name: 'Migration20261123014345', class: Migration20261123014345 },
  { name: 'Migration20261207100000', class: Migration20261207100000 },
  { name: 'Migration20261207142555', class: Migration20261207142555 },
  { name: 'Migration20261207170000', class: Migration20261207170000 },
  { name: 'Migration20261207171000', class: Migration20261207171000 },
  { name: 'Migration20261207173000', class: Migration20261207173000 },
  { name: 'Migration20261208100000', class: Migration20261208100000 },
  { name: 'Migration20261208110000', class: Migration20261208110000 },
  { name: 'Migration20261209100000', class: Migration20261209100000 },
  { name: 'Migration20261210100000', class: Migration20261210100000 },
];
