import { Migration } from '@mikro-orm/migrations';

/**
 * A RUNNING batch belongs to the process running it: `lease_owner` names it (host, pid, a random
 * tag) and `heartbeat_at` is refreshed while it runs, so a starting server fails only batches
 * whose owner stopped beating, never a live import of another server on the same database.
 * `purged_at` marks a superseded batch whose rows an operator purged (it can no longer come back
 * by rolling back its successor). Batches running when this is applied keep a null heartbeat and
 * count as stale, as they did before.
 */
export class Migration20261207171000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "import_batch" add column "lease_owner" varchar(255) null;`);
    this.addSql(`alter table "import_batch" add column "heartbeat_at" timestamptz null;`);
    this.addSql(`alter table "import_batch" add column "purged_at" timestamptz null;`);
    this.addSql(
      `create index "import_batch_running_idx" on "import_batch" ("heartbeat_at") where "status" = 'RUNNING';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "import_batch_running_idx";`);
    this.addSql(`alter table "import_batch" drop column "purged_at";`);
    this.addSql(`alter table "import_batch" drop column "heartbeat_at";`);
    this.addSql(`alter table "import_batch" drop column "lease_owner";`);
  }
}
