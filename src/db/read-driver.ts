import { PostgreSqlDriver, type Knex } from '@mikro-orm/postgresql';
import type { ConnectionType } from '@mikro-orm/core';
import type { Logger } from '../logger';
import { Replicas } from './replicas';

type Connection = ReturnType<PostgreSqlDriver['getConnection']>;

/**
 * MikroORM's PostgreSQL driver, but a read outside a transaction goes where `Replicas` says:
 * a serving replica, or the primary when none serves. MikroORM's own choice (a random replica,
 * healthy or not) would send reads to a replica that has not replayed the published version or
 * does not answer. Writes, transactions and anything asked for as `write` stay on the primary.
 */
export class ReadReplicaDriver extends PostgreSqlDriver {
  private routing: Replicas<Connection> | null = null;

  /** Sets up the replicas of the `replicas` option; null when there are none. */
  useReplicas(maxLagMs: number, log: Logger): Replicas<Connection> | null {
    const connections = this.replicas as Connection[];
    if (connections.length === 0) {
      return null;
    }
    this.routing = new Replicas(
      connections.map((connection) => ({ name: nameOf(connection), connection })),
      maxLagMs,
      log,
    );
    return this.routing;
  }

  /** The replicas set up by `useReplicas`, or null. */
  replicaSet(): Replicas<Connection> | null {
    return this.routing;
  }

  /** Every replica's pool: emptied with the primary's when the session role changes. */
  replicaKnexes(): Knex[] {
    return (this.replicas as Connection[]).map((connection) => connection.getKnex());
  }

  override getConnection(type: ConnectionType = 'write'): Connection {
    if (type === 'write' || !this.routing) {
      return super.getConnection('write');
    }
    return this.routing.pick() ?? super.getConnection('write');
  }
}

/** host:port/database, for the log: never the password. */
function nameOf(connection: Connection): string {
  const options = connection.getConnectionOptions();
  return `${options.host}:${options.port}/${options.database}`;
}
