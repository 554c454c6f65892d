import { inspectFile, type FileFormat, type InspectLimits } from './inspect-file';
import { parseRange, type MergeRange } from './sheet-source';

const WORKSHEET = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const MERGE = /<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g;
const SMALL_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const SMALL_LIMIT = 8 * 1024 * 1024;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Inspects the file (refusing what cannot be read) and, in the same pass over the inflated zip,
 * collects each sheet's merged ranges: the streaming reader reaches them only after the rows.
 */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  state: string;
  rId: string;
  /** The part's file name under xl/worksheets/, e.g. sheet1.xml. */
  file: string;
}

export interface WorkbookStructure {
  format: FileFormat;
  merges: Map<string, MergeRange[]>;
  /** The sheets xl/workbook.xml lists, in tab order (empty for a CSV). */
  sheets: WorkbookSheet[];
  /** Whether the workbook has a shared-strings part (xl/sharedStrings.xml) with any content. */
  sharedStrings: boolean;
}

export async function readStructure(
  path: string,
  fileName: string,
  limits: InspectLimits,
): Promise<WorkbookStructure> {
  const byFile = new Map<string, MergeRange[]>();
  const tails = new Map<string, string>();
  const small = new Map<string, string>();
  let sharedStrings = false;
  const { format } = await inspectFile(path, fileName, limits, (entry, chunk) => {
    sharedStrings ||= entry === SHARED_STRINGS;
    const sheetFile = WORKSHEET.exec(entry)?.[1];
    if (sheetFile) {
      scanMerges(sheetFile, chunk, tails, byFile);
    } else if (SMALL_PARTS.has(entry) && (small.get(entry)?.length ?? 0) < SMALL_LIMIT) {
      small.set(entry, (small.get(entry) ?? '') + chunk.toString('utf8'));
    }
  });
  const sheets = listSheets(small);
  const merges = new Map(
    sheets
      .filter((sheet) => byFile.has(sheet.file))
      .map((sheet) => [sheet.name, byFile.get(sheet.file)!]),
  );
  return { format, merges, sheets, sharedStrings };
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
  for (const match of text.matchAll(MERGE)) {
    const range = parseRange(match[1]);
    if (range) {
      byFile.set(file, [...(byFile.get(file) ?? []), range]);
    }
    lastEnd = match.index! + match[0].length;
  }
  tails.set(file, text.slice(Math.max(lastEnd, text.length - 64)));
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
      rels.set(id, target.replace(/^\/?(xl\/)?worksheets\//, ''));
    }
  }
  const sheets: WorkbookSheet[] = [];
  for (const m of (small.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
    const rId = attr('r:id');
    const file = rId ? rels.get(rId) : undefined;
    if (file && attr('name')) {
      sheets.push({
        name: decodeXml(attr('name')!),
        sheetId: Number(attr('sheetId')),
        state: attr('state') ?? 'visible',
        rId: rId!,
        file,
      });
    }
  }
  return sheets;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
