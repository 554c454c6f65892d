import type {
  CorpusEntry,
  EventFact,
  FacilityFact,
  IndicatorFact,
  ResultFact,
} from '../corpus-entry';
import { buildCsv, type CsvEncoding } from './csv';
import { buildXlsx } from './xlsx';

type XlsxSpec = Omit<CorpusEntry, 'build'> & {
  /** The program that saved it: 'WPS Office' or 'Microsoft Excel' (the default). */
  application?: string;
};

export function xlsxEntry({ application, ...entry }: XlsxSpec): CorpusEntry {
  return { ...entry, build: () => buildXlsx(entry.sheets, application) };
}

type CsvSpec = Omit<CorpusEntry, 'build' | 'sheets'> & {
  encoding: CsvEncoding;
  rows: (string | number | null)[][];
};

/** A CSV is a workbook of one sheet named after the file. */
export function csvEntry({ encoding, rows, ...entry }: CsvSpec): CorpusEntry {
  const name = entry.fileName.replace(/\.csv$/i, '');
  return { ...entry, sheets: [{ name, rows }], build: async () => buildCsv(rows, encoding) };
}

type Where = { sheet: string; region: string; year: number };
type Fact<T> = Omit<T, 'sheet' | 'row' | 'region' | 'year'> & Partial<Where>;

/** Facts of one sheet, region and year, given by row: at(5, {...}) is row 5's fact. */
export function factsOf(sheet: string, region: string, year: number) {
  const at =
    <T>() =>
    (row: number, fact: Fact<T>): T =>
      ({ sheet, region, year, row, ...fact }) as T;
  return {
    facility: at<FacilityFact>(),
    event: at<EventFact>(),
    result: at<ResultFact>(),
    indicator: at<IndicatorFact>(),
  };
}

/** Yuan from 万元, rounded as a float of the ledger's own precision would be. */
export const wan = (tenThousands: number): number => Math.round(tenThousands * 10000 * 100) / 100;
