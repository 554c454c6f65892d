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
  | 'UNKNOWN_REGION';

export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';

  constructor(
    public readonly code: RefusalCode,
    message: string,
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

export function zipBomb(maxInflatedBytes: number): ImportRefusal {
  return new ImportRefusal(
    'ZIP_BOMB',
    `This workbook unpacks to more than the limit of ${megabytes(maxInflatedBytes)}, far beyond any ledger; it was not read.`,
  );
}

export function tooManyParts(maxEntries: number): ImportRefusal {
  return new ImportRefusal(
    'ZIP_BOMB',
    `This workbook is made of more than ${maxEntries} internal parts, far beyond any ledger; it was not read.`,
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
