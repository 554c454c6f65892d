import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A counter bumped in every transaction that commits or rolls back a ledger. Answers computed
 * from the data are cached under it; a new version means new data, on every server at once.
 */
@Entity({ tableName: 'data_version' })
export class DataVersion {
  @PrimaryKey({ type: 'integer' })
  id = 1;

  @Property({ type: 'bigint' })
  version = '0';
}
