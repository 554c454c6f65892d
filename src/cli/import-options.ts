import type { ColumnMapping } from '../modules/common/import-port';
import { say } from '../modules/common/messages/clerk-texts';
import { DEFAULT_LANG, langOf, type Lang } from '../modules/common/messages/lang';

/** The options of `sports-ledger import` as commander gives them. */
export interface ImportCliOptions {
  region?: string;
  year?: string;
  dryRun?: boolean;
  json?: boolean;
  map: string[];
  ignoreSheet: string[];
  lang?: string;
  maxMb?: string;
}

/** The options read and checked: what the importer and the printer need. */
export interface ImportRun {
  region: string | null;
  year: number | null;
  dryRun: boolean;
  json: boolean;
  columnMap: ColumnMapping[];
  ignoreSheets: string[];
  lang: Lang;
  /** `--max-mb`: the upload limit for this run (a national million-row file), else the config's. */
  maxMb: number | null;
}

/** commander's collector for a repeatable option (`--map A=b --map C=d`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options, or the usage error to print (in the language asked for, else Chinese). */
export function readImportOptions(opts: ImportCliOptions): ImportRun | { usage: string } {
  const lang = opts.lang === undefined ? DEFAULT_LANG : langOf(opts.lang);
  if (lang === null) {
    return { usage: say(DEFAULT_LANG, 'cliBadLang', { value: String(opts.lang) }) };
  }
  const year = opts.year === undefined ? null : Number(opts.year);
  if (year !== null && !Number.isInteger(year)) {
    return { usage: say(lang, 'cliBadYear', { value: String(opts.year) }) };
  }
  const maxMb = opts.maxMb === undefined ? null : Number(opts.maxMb);
  if (maxMb !== null && !(maxMb >= 1 && maxMb <= 16384)) {
    return { usage: say(lang, 'cliBadMaxMb', { value: String(opts.maxMb) }) };
  }
  const columnMap: ColumnMapping[] = [];
  for (const entry of opts.map) {
    // a header may hold "=" (rarely); a field never does, so the last one divides them
    const at = entry.lastIndexOf('=');
    const [header, field] = [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
    if (at < 0 || !header || !field) {
      return { usage: say(lang, 'cliBadMap', { value: entry }) };
    }
    columnMap.push({ header, field });
  }
  return {
    region: opts.region ?? null,
    year,
    dryRun: Boolean(opts.dryRun),
    json: Boolean(opts.json),
    columnMap,
    ignoreSheets: opts.ignoreSheet.map((name) => name.trim()).filter(Boolean),
    lang,
    maxMb,
  };
}
