import { extname } from 'node:path';
import { say } from '../common/messages/clerk-texts';
import { DEFAULT_LANG, type Lang } from '../common/messages/lang';

/** What a clerk is told when a file is over the upload limit, by every transport alike. */
export function uploadTooLargeMessage(maxBytes: number, lang: Lang = DEFAULT_LANG): string {
  return say(lang, 'fileTooLarge', { mb: Number((maxBytes / 1024 / 1024).toPrecision(3)) });
}

/** The names an upload may have: what the importer reads. The content is checked again later. */
const LEDGER_EXTENSIONS = new Set(['.xlsx', '.csv']);

export interface UploadRefusal {
  code: 'LEGACY_XLS' | 'UNSUPPORTED_FILE_TYPE';
  message: string;
}

/**
 * Refuses an upload by its name before any byte of it is stored: only .xlsx and .csv are
 * ledgers. A file whose content belies its name (a .xls renamed .xlsx, a picture named .csv) is
 * refused afterwards by the importer's inspection, with its own message in the batch report.
 */
export function uploadNameRefusal(fileName: string, lang: Lang): UploadRefusal | null {
  const extension = extname(fileName).toLowerCase();
  if (LEDGER_EXTENSIONS.has(extension)) {
    return null;
  }
  return extension === '.xls'
    ? { code: 'LEGACY_XLS', message: say(lang, 'uploadLegacyXls', { name: fileName }) }
    : { code: 'UNSUPPORTED_FILE_TYPE', message: say(lang, 'uploadNotLedger', { name: fileName }) };
}
