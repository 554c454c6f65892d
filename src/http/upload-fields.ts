import type { ColumnMapping, ImportOptions } from '../modules/common/import-port';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { HttpProblem } from './http-errors';

const TRUE_WORDS = ['true', '1', 'on', 'yes'];

/**
 * The plain fields of `POST /imports` as import options: region, year, dryRun, `columnMap` (a JSON
 * list of `{ header, field }`, as GraphQL takes it) and `ignoreSheets` (a JSON list, or names
 * separated by commas). A field that cannot be read is a 400 naming it, before any file is read.
 */
export function uploadOptions(fields: Record<string, string>, lang: Lang): ImportOptions {
  const year = fields.year ? Number(fields.year) : null;
  if (year !== null && !Number.isInteger(year)) {
    throw new HttpProblem(400, 'BAD_USER_INPUT', say(lang, 'badYear', { value: fields.year }));
  }
  return {
    region: fields.region || null,
    year,
    dryRun: TRUE_WORDS.includes((fields.dryRun ?? '').toLowerCase()),
    columnMap: fields.columnMap ? columnMapOf(fields.columnMap, lang) : [],
    ignoreSheets: fields.ignoreSheets ? sheetNamesOf(fields.ignoreSheets, lang) : [],
  };
}

function columnMapOf(text: string, lang: Lang): ColumnMapping[] {
  const bad = (detail: string) =>
    new HttpProblem(400, 'BAD_COLUMN_MAP', say(lang, 'badColumnMap', { detail }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw bad((error as Error).message);
  }
  // `{ "投资总额（万元）": "investment" }` says the same in fewer words: taken too
  const list = isRecord(value)
    ? Object.entries(value).map(([header, field]) => ({ header, field }))
    : value;
  if (!Array.isArray(list)) {
    throw bad(`${typeof value}`);
  }
  return list.map((entry, index) => {
    const { header, field } = (isRecord(entry) ? entry : {}) as Record<string, unknown>;
    if (
      typeof header !== 'string' ||
      typeof field !== 'string' ||
      !header.trim() ||
      !field.trim()
    ) {
      throw bad(`[${index}] ${JSON.stringify(entry)}`);
    }
    return { header, field: field.trim() };
  });
}

function sheetNamesOf(text: string, lang: Lang): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) {
    return trimmed
      .split(/[,，]/)
      .map((name) => name.trim())
      .filter(Boolean);
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    throw new HttpProblem(400, 'BAD_IGNORE_SHEETS', say(lang, 'badIgnoreSheets'));
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
