import busboy from 'busboy';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { saveTemp, type TempFile } from '../import/read/temp-file';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { uploadNameRefusal, uploadTooLargeMessage } from '../modules/import-batch/upload-limit';
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
 * Exactly one file, named .xlsx or .csv: a second file is a 400, another name a 415, before a
 * byte of it is stored.
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
    let file: Readable | null = null;
    let failed = false;
    // Answers now and stops reading: busboy finishes a form only after each file stream has
    // ended, so waiting for it would leave the request hanging. A file being saved is destroyed
    // (saveTemp then removes it) or, if already saved, removed: a refused upload leaves no bytes.
    const fail = (problem: HttpProblem) => {
      if (failed) {
        return;
      }
      failed = true;
      req.unpipe(parser);
      req.resume();
      file?.destroy(problem);
      // answered once the bytes are gone: whoever reads the answer finds nothing left behind
      const cleaned = saved?.then(({ temp }) => temp.remove()) ?? Promise.resolve();
      cleaned.catch(() => undefined).then(() => reject(problem));
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || saved || failed) {
        stream.resume();
        return;
      }
      const fileName = info.filename ?? '';
      const refusal = uploadNameRefusal(fileName, lang);
      if (refusal) {
        stream.resume();
        fail(new HttpProblem(415, refusal.code, refusal.message));
        return;
      }
      file = stream;
      // saveTemp pipes the stream only after creating its directory: a limit reached before then
      // must not be an unhandled 'error' (which ends the process); pipeline still sees it.
      stream.on('error', () => undefined);
      stream.on('limit', () => fail(tooLarge(maxBytes, lang)));
      saved = saveTemp(stream, fileName).then((temp) => ({ temp, fileName }));
      saved.catch(() => undefined);
    });
    parser.on('filesLimit', () =>
      fail(new HttpProblem(400, 'TOO_MANY_FILES', say(lang, 'tooManyFiles'))),
    );
    parser.on('error', (error) =>
      fail(
        new HttpProblem(
          400,
          'BAD_REQUEST',
          say(lang, 'unreadableUpload', { detail: (error as Error).message }),
        ),
      ),
    );
    // a client that went away, or one cut off by the upload deadline (upload-deadline.ts)
    req.once('close', () => {
      if (!req.readableEnded) {
        fail(
          new HttpProblem(
            400,
            'UPLOAD_ABORTED',
            say(lang, 'unreadableUpload', { detail: 'aborted' }),
          ),
        );
      }
    });
    parser.on('close', () => {
      if (failed) {
        return;
      }
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
