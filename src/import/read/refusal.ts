/**
 * Whole-file problems: the upload cannot be read at all, so no cell is looked at and nothing is
 * written. Cell problems are data in the batch report and never use this class.
 */
export type RefusalCode =
  | 'LEGACY_XLS'
  | 'ENCRYPTED_WORKBOOK'
  | 'NOT_A_WORKBOOK'
  | 'DAMAGED_WORKBOOK'
  | 'EMPTY_WORKBOOK'
  | 'FILE_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'UNKNOWN_REGION'
  | 'TOO_MANY_MERGES'
  | 'CSV_BEYOND_EXCEL';

export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';

  constructor(
    public readonly code: RefusalCode,
    message: string,
    /** The values the message catalog builds the clerk's sentence from. */
    public readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

const EXPECTED = 'An Excel workbook (.xlsx) or a CSV file (.csv) was expected';

export function legacyXls(): ImportRefusal {
  return new ImportRefusal(
    'LEGACY_XLS',
    'This is an old-format Excel file (.xls). Open it in Excel or WPS and save it as .xlsx, then upload the .xlsx.',
  );
}

export function encryptedWorkbook(): ImportRefusal {
  return new ImportRefusal(
    'ENCRYPTED_WORKBOOK',
    'This workbook is protected with a password to open. Open it in Excel or WPS, remove the password, save it, then upload it again.',
  );
}

/** `what` says what the file turned out to be, e.g. "a text file" or "a Word document". */
export function notAWorkbook(what: string): ImportRefusal {
  return new ImportRefusal('NOT_A_WORKBOOK', `This file is ${what}, not a workbook. ${EXPECTED}.`);
}

export function damagedWorkbook(detail: string): ImportRefusal {
  return new ImportRefusal(
    'DAMAGED_WORKBOOK',
    `This workbook is damaged and cannot be read (${detail}). Open it in Excel or WPS, save it again, then upload the saved copy.`,
  );
}

export function emptyWorkbook(): ImportRefusal {
  return new ImportRefusal(
    'EMPTY_WORKBOOK',
    'This workbook is empty: no sheet has any filled cell.',
  );
}

export function fileTooLarge(maxBytes: number): ImportRefusal {
  return new ImportRefusal(
    'FILE_TOO_LARGE',
    `This file is larger than the upload limit of ${megabytes(maxBytes)}. Split the ledger into smaller files.`,
  );
}

/** `part` names the one zip part that passed its own limit, when that was the cause. */
export function zipBomb(maxInflatedBytes: number, part?: string): ImportRefusal {
  const limit = megabytes(maxInflatedBytes);
  const what = part ? `Its part ${part} unpacks` : 'This workbook unpacks';
  return new ImportRefusal(
    'ZIP_BOMB',
    `${what} to more than the limit of ${limit}, far beyond any ledger; it was not read.`,
    part ? { limit, part } : { limit },
  );
}

/** A sheet whose merged cells pass a limit (their number, or the cells they cover). */
export function tooManyMerges(
  sheet: string,
  limit: number,
  what: 'ranges' | 'cells',
): ImportRefusal {
  const counted = what === 'ranges' ? 'merged ranges' : 'merged cells';
  return new ImportRefusal(
    'TOO_MANY_MERGES',
    `Sheet "${sheet}" has more than ${limit} ${counted}, far beyond any ledger; unmerge the cells (Excel: Home → Merge & Center → Unmerge Cells), save, then upload again.`,
    { sheet, limit, what },
  );
}

/** A CSV past Excel's own sheet limits: too many columns in a row, characters in a cell, or rows. */
export function csvBeyondExcel(
  row: number,
  what: 'columns' | 'characters' | 'rows',
  limit: number,
): ImportRefusal {
  const where = {
    columns: `Row ${row} of this CSV file has more than ${limit} columns`,
    characters: `Row ${row} of this CSV file has a cell of more than ${limit} characters`,
    rows: `This CSV file has more than ${limit} rows`,
  }[what];
  return new ImportRefusal(
    'CSV_BEYOND_EXCEL',
    `${where}, more than an Excel sheet can hold; it was not read. Check that the file is a ledger saved as CSV, or split it.`,
    { row, what, limit },
  );
}

export function tooManyParts(maxEntries: number): ImportRefusal {
  return new ImportRefusal(
    'ZIP_BOMB',
    `This workbook is made of more than ${maxEntries} internal parts, far beyond any ledger; it was not read.`,
    { parts: maxEntries },
  );
}

/** `what` names the format and is followed by the way out, e.g. "an OpenDocument spreadsheet". */
export function unsupportedFileType(what: string): ImportRefusal {
  return new ImportRefusal(
    'UNSUPPORTED_FILE_TYPE',
    `This file is ${what}, which cannot be imported. Open it in Excel or WPS and save it as .xlsx.`,
  );
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 0.1) {
    return `${bytes} bytes`;
  }
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
