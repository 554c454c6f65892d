import busboy from 'busboy';
import type { Request } from 'express';
import { saveTemp, type TempFile } from '../import/read/temp-file';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { uploadTooLargeMessage } from '../modules/import-batch/upload-limit';
import { HttpProblem } from './http-errors';
import { requestLang } from './request-lang';

export interface MultipartUpload {
  path: string;
  fileName: string;
  fields: Record<string, string>;
}

/**
 * Reads a multipart form with one file field `file` (and plain fields, before or after it) into a
 * temporary file, enforcing the size limit while streaming; the file is removed after `use`.
 */
export async function withMultipartFile<T>(
  req: Request,
  maxBytes: number,
  use: (upload: MultipartUpload) => Promise<T>,
): Promise<T> {
  const { temp, fileName, fields } = await receive(req, maxBytes);
  try {
    return await use({ path: temp.path, fileName, fields });
  } finally {
    await temp.remove();
  }
}

function receive(
  req: Request,
  maxBytes: number,
): Promise<{ temp: TempFile; fileName: string; fields: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const lang = requestLang(req);
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // browsers, curl and fetch send a file name as raw UTF-8 bytes: busboy's default (latin1)
        // turns 河东区体育局台账.xlsx into mojibake; RFC 5987 filename* names are decoded either way
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 1024 * 1024 },
      });
    } catch {
      reject(new HttpProblem(400, 'BAD_REQUEST', say(lang, 'notMultipart')));
      return;
    }
    const fields: Record<string, string> = {};
    let saved: Promise<{ temp: TempFile; fileName: string }> | null = null;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || saved) {
        stream.resume();
        return;
      }
      const fileName = info.filename ?? 'upload';
      // saveTemp pipes the stream only after creating its directory: a limit reached before then
      // must not be an unhandled 'error' (which ends the process); pipeline still sees it.
      stream.on('error', () => undefined);
      stream.on('limit', () => {
        // busboy finishes a form only after each file stream has ended, so a destroyed one would
        // leave the request hanging: answer now and let the rest of the body drain unread.
        req.unpipe(parser);
        req.resume();
        stream.destroy(tooLarge(maxBytes, lang));
        reject(tooLarge(maxBytes, lang));
      });
      saved = saveTemp(stream, fileName).then((temp) => ({ temp, fileName }));
      saved.catch(() => undefined);
    });
    parser.on('error', (error) =>
      reject(
        new HttpProblem(
          400,
          'BAD_REQUEST',
          say(lang, 'unreadableUpload', { detail: (error as Error).message }),
        ),
      ),
    );
    parser.on('close', () => {
      if (!saved) {
        reject(new HttpProblem(400, 'BAD_REQUEST', say(lang, 'noFileField')));
        return;
      }
      saved.then(({ temp, fileName }) => resolve({ temp, fileName, fields }), reject);
    });
    req.pipe(parser);
  });
}

export function tooLarge(maxBytes: number, lang: Lang): HttpProblem {
  return new HttpProblem(413, 'FILE_TOO_LARGE', uploadTooLargeMessage(maxBytes, lang));
}
