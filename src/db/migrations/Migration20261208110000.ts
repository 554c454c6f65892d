import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from './Migration20261207170000';

const FACT_TABLES = ['facility', 'event', 'result', 'indicator'];

/**
 * Each fact table's current rows by region in id order: a list of a city or a province walks
 * each of its regions' rows in id order and merges the first page of each (paginate.ts), where
 * `region_code = any(…) order by id` read and sorted every current row of the subtree.
 *
 * And a way for the app, which does not own the tables, to refresh their statistics after a
 * large commit: until autovacuum comes by, the planner still believes the rows it replaced are
 * current and picks plans for a table a fraction of its size (a city's list ran 2.5× slower).
 */
export class Migration20261208110000 extends Migration {
  override async up(): Promise<void> {
    for (const table of FACT_TABLES) {
      this.addSql(
        `create index "${table}_current_region_id" on "${table}" ("region_code", "id") where "current";`,
      );
    }
    this.addSql(`create function sports_ledger_analyze_facts(tables text[]) returns void
      language plpgsql security definer set search_path = public as $$
      declare t text;
      begin
        foreach t in array tables loop
          if t = any(array['${FACT_TABLES.join("','")}']) then
            execute format('analyze %I', t);
          end if;
        end loop;
      end $$;`);
    this.addSql(`revoke all on function sports_ledger_analyze_facts(text[]) from public;`);
    this.addSql(`grant execute on function sports_ledger_analyze_facts(text[]) to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function sports_ledger_analyze_facts(text[]);`);
    for (const table of FACT_TABLES) {
      this.addSql(`drop index "${table}_current_region_id";`);
    }
  }
}
