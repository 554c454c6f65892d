import type { CorpusEntry } from '../corpus-entry';
import { xlsxEntry } from './entry';
import { columnLetter, type GridSheet } from './grid';

export interface Break {
  sheet: string;
  /** The header cell whose words are replaced, e.g. 'E3'. */
  cell: string;
}

/**
 * A committed entry with one numeric column's header replaced by words that name no field
 * (第5栏): the column's numbers can be neither stored nor explained, so the import must refuse
 * at that header cell instead of committing without them.
 */
export function withBrokenMapping(entry: CorpusEntry, at: Break): CorpusEntry {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(at.cell)!;
  const row = Number(digits);
  const index = [...Array(26).keys()].find((i) => columnLetter(i) === letters)!;
  const header = `第${index + 1}栏`;
  const sheets = entry.sheets.map((sheet): GridSheet => {
    if (sheet.name !== at.sheet) {
      return sheet;
    }
    const rows = sheet.rows.map((cells, r) =>
      r === row - 1 ? cells.map((cell, c) => (c === index ? header : cell)) : cells,
    );
    return { ...sheet, rows };
  });
  return xlsxEntry({
    name: `${entry.name} — its ${at.cell} header replaced by ${header}`,
    modelledOn: `${entry.modelledOn}; a column the importer cannot place (mapping deliberately broken)`,
    fileName: entry.fileName.replace(/\.xlsx$/, '-第栏.xlsx'),
    sheets,
    upload: entry.upload,
    expect: {
      status: 'FAILED',
      errors: [{ sheet: at.sheet, row, column: letters, code: 'UNMAPPED_COLUMN' }],
    },
  });
}
