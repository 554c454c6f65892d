import { Transform, type TransformCallback } from 'node:stream';
import { csvBeyondExcel } from './refusal';

/** Excel's own sheet limits, which a CSV saved from a ledger never passes. */
export const CSV_LIMITS = { columns: 16_384, characters: 32_767, rows: 1_048_576 };

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts columns, characters per cell and rows in the decoded text before the CSV parser sees
 * it, and stops the stream at the first record past a limit, naming its row: the parser would
 * otherwise build a ten-million-element record, or one cell of the whole file, first. Quotes
 * are followed ("a,b" is one cell, a quoted line break stays in its cell); the count is in
 * UTF-16 units, as Excel counts characters.
 */
export function csvLimitGuard(limits = CSV_LIMITS): Transform {
  let row = 1;
  let columns = 1;
  let characters = 0;
  let quoted = false;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done: TransformCallback) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
          quoted = !quoted; // a doubled quote inside a cell toggles twice; quotes are not counted
        } else if (!quoted && code === COMMA) {
          columns += 1;
          characters = 0;
          if (columns > limits.columns) {
            return done(csvBeyondExcel(row, 'columns', limits.columns));
          }
        } else if (!quoted && code === LF) {
          row += 1;
          columns = 1;
          characters = 0;
        } else if (row > limits.rows && code !== CR) {
          return done(csvBeyondExcel(row, 'rows', limits.rows));
        } else if (code !== CR && ++characters > limits.characters) {
          return done(csvBeyondExcel(row, 'characters', limits.characters));
        }
      }
      done(null, text);
    },
  });
}
