import { inspectFile, type FileFormat, type InspectLimits } from './inspect-file';
import { decodeXml, percentStyleIds } from './number-formats';
import { clipMerges, MAX_MERGED_RANGES } from './merges';
import { parseRange, type MergeRange } from './sheet-source';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const MERGE = /<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g;
// The used range Excel writes at the head of a sheet ("A1:H120"; a single cell has no colon).
const DIMENSION = /<dimension\s+ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"/;
const STYLES = 'xl/styles.xml';
const SMALL_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', STYLES]);
// Inflating counts towards the zip limits whatever is kept; this much of each small part is kept.
const SMALL_LIMIT = 8 * 1024 * 1024;

/**
 * Inspects the file (refusing what cannot be read) and, in the same pass over the inflated zip,
 * collects each sheet's merged ranges: the streaming reader reaches them only after the rows.
 */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  state: string;
  rId: string;
  /** The worksheet's part in the zip, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

export interface WorkbookStructure {
  format: FileFormat;
  merges: Map<string, MergeRange[]>;
  /** The sheets xl/workbook.xml lists, in tab order (empty for a CSV). */
  sheets: WorkbookSheet[];
  /** Cell styles whose number format shows a percentage (ids of xl/styles.xml's cellXfs). */
  percentStyles: number[];
}

export async function readStructure(
  path: string,
  fileName: string,
  limits: InspectLimits,
): Promise<WorkbookStructure> {
  const byFile = new Map<string, MergeRange[]>();
  const used = new Map<string, MergeRange | undefined>();
  const tails = new Map<string, string>();
  const small = new Map<string, string>();
  const { format } = await inspectFile(path, fileName, limits, (entry, chunk) => {
    if (WORKSHEET.test(entry)) {
      if (!used.has(entry)) {
        used.set(entry, usedRange(chunk));
      }
      scanMerges(entry, chunk, tails, byFile);
    } else if (SMALL_PARTS.has(entry) && (small.get(entry)?.length ?? 0) < SMALL_LIMIT) {
      small.set(entry, (small.get(entry) ?? '') + chunk.toString('utf8'));
    }
  });
  const sheets = listSheets(small);
  const merges = new Map(
    sheets
      .filter((sheet) => byFile.has(sheet.part))
      .map((sheet) => [
        sheet.name,
        clipMerges(sheet.name, byFile.get(sheet.part)!, used.get(sheet.part)),
      ]),
  );
  return { format, merges, sheets, percentStyles: percentStyleIds(small.get(STYLES) ?? '') };
}

const MERGE_TAG = Buffer.from('<mergeCell');

// Merges sit after the rows: a chunk is decoded only when it holds a <mergeCell tag (a native
// search), with the previous chunk's tail in case a tag straddles the two.
function scanMerges(
  file: string,
  chunk: Buffer,
  tails: Map<string, string>,
  byFile: Map<string, MergeRange[]>,
): void {
  const tail = tails.get(file) ?? '';
  const at = chunk.indexOf(MERGE_TAG);
  if (at < 0 && !tail.includes('<mergeCell') && !endsWithTagStart(tail)) {
    tails.set(file, chunk.subarray(Math.max(0, chunk.length - 64)).toString('latin1'));
    return;
  }
  const text = tail + chunk.toString('latin1');
  let lastEnd = 0;
  const ranges = byFile.get(file) ?? [];
  byFile.set(file, ranges);
  for (const match of text.matchAll(MERGE)) {
    const range = parseRange(match[1]);
    // One past the limit is enough for clipMerges to refuse the sheet by name.
    if (range && ranges.length <= MAX_MERGED_RANGES) {
      ranges.push(range);
    }
    lastEnd = match.index! + match[0].length;
  }
  tails.set(file, text.slice(Math.max(lastEnd, text.length - 64)));
}

/**
 * The sheet's `<dimension>`, read from its first chunk (where Excel and WPS write it). A lone
 * "A1" is what some writers put whatever the data, so it bounds nothing.
 */
function usedRange(chunk: Buffer): MergeRange | undefined {
  const m = DIMENSION.exec(chunk.subarray(0, 4096).toString('latin1'));
  return m?.[2] ? (parseRange(`${m[1]}:${m[2]}`) ?? undefined) : undefined;
}

function endsWithTagStart(text: string): boolean {
  for (let k = 1; k < '<mergeCell'.length; k += 1) {
    if (text.endsWith('<mergeCell'.slice(0, k))) {
      return true;
    }
  }
  return false;
}

function listSheets(small: Map<string, string>): WorkbookSheet[] {
  const rels = new Map<string, string>();
  for (const m of (small.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<Relationship\b[^>]*>/g,
  )) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) {
      rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const sheets: WorkbookSheet[] = [];
  for (const m of (small.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
    const rId = attr('r:id');
    const part = rId ? rels.get(rId) : undefined;
    // A chart sheet (xl/chartsheets/) holds no cells.
    if (part && WORKSHEET.test(part) && attr('name')) {
      sheets.push({
        name: decodeXml(attr('name')!),
        sheetId: Number(attr('sheetId')),
        state: attr('state') ?? 'visible',
        rId: rId!,
        part,
      });
    }
  }
  return sheets;
}
