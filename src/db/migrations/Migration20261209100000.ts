import { Migration } from '@mikro-orm/migrations';

const STATUSES_BEFORE = `'PENDING', 'RUNNING', 'VALIDATED', 'COMMITTED', 'FAILED', 'SUPERSEDED', 'ROLLED_BACK'`;

/**
 * Import jobs (docs/scaling.md, "Import jobs"): an upload may wait in the queue (QUEUED) with
 * its file in a large object until a worker runs it; the job that runs it, and how far it has
 * read, are kept on the batch so any process can answer for it and take it over.
 */
export class Migration20261209100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);
    this.addSql(
      `alter table "import_batch" add constraint "import_batch_status_check" check ("status" in ('QUEUED', ${STATUSES_BEFORE}));`,
    );
    this.addSql(`alter table "import_batch" add column "content_oid" oid null,
      add column "job_id" uuid null,
      add column "progress_rows" int null,
      add column "progress_sheet" text null;`);
    // the lapsed-lease watch looks only at queued work that is running
    this.addSql(
      `create index "import_batch_running_job" on "import_batch" ("heartbeat_at") where "status" = 'RUNNING' and "job_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "import_batch_running_job";`);
    this.addSql(`alter table "import_batch" drop column "content_oid", drop column "job_id",
      drop column "progress_rows", drop column "progress_sheet";`);
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);
    this.addSql(
      `alter table "import_batch" add constraint "import_batch_status_check" check ("status" in (${STATUSES_BEFORE}));`,
    );
  }
}
