import type { Knex } from '@mikro-orm/postgresql';
import type { ColumnMapping } from '../../modules/common/import-port';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import type { AppliedColumnMappingData } from '../../modules/import-batch/import-report';
import type { ReportBuilder } from '../report/report-builder';
import { allowedFields, fieldColumn, isIgnore, type ClerkMappings } from './header-matcher';
import { fieldName } from './column-report';
import { readHeader } from './header-text';
import type { SheetLayout } from './sheet-layout';

/**
 * The clerk's column mappings (decisions §3): this upload's `columnMap`, and those remembered for a
 * region because an import that used them committed. The table is small, so it is read once.
 */
export class ColumnMemory {
  /** header key → field, as this upload gives them. */
  readonly request = new Map<string, string>();
  private readonly requestHeaders = new Map<string, string>();
  private readonly byRegion = new Map<string, Map<string, string>>();
  /** The REQUEST mappings applied, per region, to remember at commit. */
  private readonly toRemember = new Map<string, { region: string; key: string; field: string }>();
  private readonly used = new Set<string>();

  constructor(
    private readonly db: Knex,
    columnMap: readonly ColumnMapping[] = [],
  ) {
    for (const { header, field } of columnMap) {
      const key = readHeader(header).key;
      if (key && field.trim()) {
        this.request.set(key, field.trim());
        this.requestHeaders.set(key, header);
      }
    }
  }

  async load(): Promise<void> {
    const rows = await this.db
      .select('region_code', 'header_key', 'field')
      .from<{ region_code: string; header_key: string; field: string }>('column_mapping');
    for (const row of rows) {
      const region = this.byRegion.get(row.region_code) ?? new Map<string, string>();
      region.set(row.header_key, row.field);
      this.byRegion.set(row.region_code, region);
    }
  }

  /** The mappings that hold for a sheet of this region (none remembered without a region). */
  mappingsFor(regionCode: string | null): ClerkMappings {
    const remembered = (regionCode && this.byRegion.get(regionCode)) || new Map<string, string>();
    return { request: this.request, remembered };
  }

  /** Whether anything remembered could change how a sheet of this region reads. */
  differs(a: string | null, b: string | null): boolean {
    return a !== b && Boolean((a && this.byRegion.has(a)) || (b && this.byRegion.has(b)));
  }

  /** Lists a sheet's mappings in the report, and notes its clerk's mappings to remember. */
  applied(sheet: string, layout: SheetLayout, regionCode: string | null, report: ReportBuilder) {
    const ignored = layout.ignored.filter((c) => c.source !== null);
    const listed = [
      ...layout.columns.map((c) => ({
        header: c.header,
        field: fieldName(c.def.key),
        source: c.source ?? 'SPEC',
      })),
      ...ignored.map((c) => ({ header: c.header, field: 'ignore', source: c.source! })),
    ];
    for (const mapping of listed) {
      report.columnMappings.push({ sheet, ...mapping } satisfies AppliedColumnMappingData);
      const { key, bare } = readHeader(mapping.header);
      if (mapping.source === 'REQUEST') {
        this.used.add(key).add(bare); // a request may have named the header without its brackets
        if (regionCode) {
          this.toRemember.set(`${regionCode}|${key}`, { region: regionCode, key, ...mapping });
        }
      }
    }
  }

  /** Checks this upload's fields against the kinds, before any sheet is read. */
  checkRequest(definitions: readonly SheetDefinition[], report: ReportBuilder): void {
    for (const [key, field] of this.request) {
      if (isIgnore(field) || definitions.some((d) => fieldColumn(d, field, null))) {
        continue;
      }
      const allowed = [...new Set(definitions.flatMap(allowedFields))];
      report.error({
        header: this.requestHeaders.get(key) ?? key,
        value: field,
        code: 'COLUMN_MAP_UNKNOWN_FIELD',
        params: { fields: allowed.join(', ') },
        message: `columnMap maps "${this.requestHeaders.get(key)}" to "${field}", which is no field of a ledger; use one of: ${allowed.join(', ')}`,
      });
    }
  }

  /** A mapping whose header no sheet has is a warning: the clerk may have mistyped it. */
  reportUnused(report: ReportBuilder): void {
    for (const [key, header] of this.requestHeaders) {
      if (!this.used.has(key)) {
        report.warning({
          header,
          code: 'COLUMN_MAP_UNUSED',
          message: `columnMap names the header "${header}", which no sheet has`,
        });
      }
    }
  }

  /** In the commit's transaction: the clerk's mappings hold for the region from now on. */
  async remember(trx: Knex.Transaction, batchId: number): Promise<void> {
    const rows = [...this.toRemember.values()];
    if (rows.length === 0) {
      return;
    }
    await trx.raw(
      `insert into column_mapping (region_code, header_key, field, batch_id, updated_at)
       select r, k, f, ?, now() from unnest(?::text[], ?::text[], ?::text[]) as t(r, k, f)
       on conflict (region_code, header_key)
       do update set field = excluded.field, batch_id = excluded.batch_id, updated_at = now()`,
      [batchId, rows.map((r) => r.region), rows.map((r) => r.key), rows.map((r) => r.field)],
    );
  }
}
