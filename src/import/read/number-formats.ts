/**
 * Which cell styles show a number as a percentage. Excel stores 42.5% as 0.425 and keeps the
 * "%" in the number format only, so without it a rate would be read a hundred times too small.
 * Only this one fact is taken from xl/styles.xml: the reader keeps ignoring every other style.
 */

// Built-in formats 9 (0%) and 10 (0.00%) have no <numFmt> entry of their own.
const BUILT_IN_PERCENT = new Set([9, 10]);
const CELL_XFS = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*>/g;
const NUM_FMT = /<numFmt\b[^>]*>/g;

/** The indices of `<cellXfs>` (a cell's `s` attribute) whose number format is a percentage. */
export function percentStyleIds(stylesXml: string): number[] {
  const percentFormats = new Set(BUILT_IN_PERCENT);
  for (const [tag] of stylesXml.matchAll(NUM_FMT)) {
    const id = Number(attribute(tag, 'numFmtId'));
    if (isPercentFormat(decodeXml(attribute(tag, 'formatCode') ?? ''))) {
      percentFormats.add(id);
    }
  }
  const xfs = CELL_XFS.exec(stylesXml)?.[1] ?? '';
  const ids: number[] = [];
  let index = 0;
  for (const [tag] of xfs.matchAll(XF)) {
    if (percentFormats.has(Number(attribute(tag, 'numFmtId') ?? 0))) {
      ids.push(index);
    }
    index += 1;
  }
  return ids;
}

/**
 * Whether a format code scales by 100: a % outside quoted text ("%"), escapes (\%) and
 * [colour or condition] brackets, which Excel shows literally.
 */
export function isPercentFormat(code: string): boolean {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
