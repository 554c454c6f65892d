import type { RegionIndex } from '../../regions/region-index';
import type { RegionRecord } from '../../regions/region-data';
import { regionOfTitle, yearOfTitle, type Preamble } from '../locate/preamble';
import type { ReportBuilder } from '../report/report-builder';
import { ImportRefusal } from '../read/refusal';

/**
 * The workbook's region and year (ledger-spec §6): the upload's arguments, else a preamble, which
 * then holds for the sheets that say nothing; sheets naming different regions are an error.
 */
export class WorkbookScope {
  private preambleRegion: RegionRecord | null = null;
  private preambleSheet: string | null = null;
  private lastYear: number | null = null;
  private firstYear: number | null = null;

  constructor(
    private readonly regions: RegionIndex,
    readonly uploadRegion: RegionRecord | null,
    readonly uploadYear: number | null,
  ) {}

  /** The year the workbook reports on: the upload's, else the first sheet's preamble or title. */
  get year(): number | null {
    return this.uploadYear ?? this.firstYear;
  }

  get region(): RegionRecord | null {
    return this.uploadRegion ?? this.preambleRegion;
  }

  /** The region and year that hold for one sheet, reporting what its preamble gets wrong. */
  forSheet(
    sheet: string,
    preamble: Preamble,
    report: ReportBuilder,
  ): { region: RegionRecord | null; year: number | null } {
    const year = this.uploadYear ?? preamble.year ?? yearOfTitle(preamble.title) ?? this.lastYear;
    this.lastYear = year ?? this.lastYear;
    this.firstYear ??= year;
    if (this.uploadRegion) {
      this.checkInside(sheet, preamble, report);
      return { region: this.uploadRegion, year };
    }
    const named = preamble.unit ?? regionOfTitle(preamble.title);
    if (!named) {
      return { region: this.preambleRegion, year };
    }
    const resolved = this.regions.resolve(named, this.preambleRegion?.code ?? null);
    if (!resolved.ok) {
      if (preamble.unit) {
        report.error({
          sheet,
          code: `PREAMBLE_${resolved.code}`,
          value: named,
          message: `填报单位 "${named}": ${resolved.message}`,
        });
      }
      return { region: this.preambleRegion, year };
    }
    if (this.preambleRegion && resolved.region.code !== this.preambleRegion.code) {
      report.error({
        sheet,
        code: 'SHEET_REGION_CONFLICT',
        value: named,
        message: `this sheet is for ${resolved.region.fullName} (${resolved.region.code}) but sheet "${this.preambleSheet}" is for ${this.preambleRegion.fullName} (${this.preambleRegion.code}); one workbook holds one region's ledgers`,
      });
      return { region: this.preambleRegion, year };
    }
    this.preambleRegion = resolved.region;
    this.preambleSheet ??= sheet;
    return { region: resolved.region, year };
  }

  /** An explicit upload region must not contradict the preamble: that is someone else's ledger. */
  private checkInside(sheet: string, preamble: Preamble, report: ReportBuilder): void {
    if (!preamble.unit) {
      return;
    }
    const resolved = this.regions.resolve(preamble.unit, this.uploadRegion!.code);
    if (resolved.ok && !this.regions.isWithin(resolved.region.code, this.uploadRegion!.code)) {
      report.error({
        sheet,
        code: 'REGION_OUTSIDE_SCOPE',
        value: preamble.unit,
        message: `填报单位 "${preamble.unit}" is ${resolved.region.fullName} (${resolved.region.code}), outside the upload's region ${this.uploadRegion!.fullName} (${this.uploadRegion!.code})`,
      });
    }
  }
}

/** The region the upload names (its `region` argument), which must be a GB/T 2260 code. */
export function resolveUploadRegion(
  regions: RegionIndex,
  code: string | null | undefined,
): RegionRecord | null {
  if (!code) {
    return null;
  }
  const region = regions.get(code);
  if (!region) {
    throw new ImportRefusal(
      'UNKNOWN_REGION',
      `the upload's region "${code}" is not a GB/T 2260 code`,
    );
  }
  return region;
}
