import type { Express, NextFunction, Request, Response } from 'express';
import type { AppServices } from '../context';
import { ImportBusy, ImportFailed, type ImportOptions } from '../modules/common/import-port';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { loadBatchJson, type BatchJson } from '../modules/import-batch/batch-json';
import { Need } from '../modules/access';
import { writeScopeOf, type Caller } from '../modules/common/access';
import { requireAccess } from './access';
import { csrfGuard } from './csrf';
import { sendProblem } from './http-errors';
import { withMultipartFile } from './multipart';
import { requestLang } from './request-lang';
import { uploadOptions } from './upload-fields';

/**
 * `POST /imports` (multipart field `file`; optional region, year, dryRun, columnMap, ignoreSheets)
 * → the ImportBatch as JSON: 200 when committed or validated, 422 when refused or when the import
 * failed unexpectedly (a FAILED batch with IMPORT_FAILED; its stack only in the log); 503
 * IMPORT_BUSY with Retry-After when as many imports as the server takes are running and waiting.
 */
export function importRoutes(app: Express, services: AppServices): void {
  const gate = requireAccess(Need.IMPORT);
  app.post('/imports', csrfGuard, gate, (req: Request, res: Response, next: NextFunction) => {
    const lang = requestLang(req);
    const scope = writeScopeOf(res.locals.caller as Caller);
    withMultipartFile(req, services.config.maxUploadBytes, async ({ path, fileName, fields }) => {
      const options = { ...uploadOptions(fields, lang), scope };
      return answerOf(services, await runImport(services, { path, fileName }, options), lang);
    })
      .then((batch) => res.status(batch.status === 'FAILED' ? 422 : 200).json(batch))
      .catch((error: unknown) => {
        if (res.headersSent) {
          // an upload cut off at its deadline has been answered already (upload-deadline.ts)
          return;
        }
        if (!(error instanceof ImportBusy)) {
          next(error);
          return;
        }
        // turned away before any batch: nothing was written, the client tries again later
        const seconds = error.retryAfterSeconds;
        res.setHeader('Retry-After', String(seconds));
        sendProblem(res, 503, 'IMPORT_BUSY', say(lang, 'importBusy', { seconds }));
      });
  });
}

async function runImport(
  services: AppServices,
  file: { path: string; fileName: string },
  options: ImportOptions,
): Promise<{ id: number; failed: boolean }> {
  try {
    return { id: await services.importer.run(file, options), failed: false };
  } catch (error) {
    if (error instanceof ImportFailed) {
      services.log.error({ err: error.cause, batch: error.batchId }, 'import failed');
      return { id: error.batchId, failed: true };
    }
    throw error;
  }
}

type Answer = BatchJson & { error?: { code: string; message: string } };

/** The batch; an unexpected failure also carries the envelope's `error`, so any client sees it. */
async function answerOf(
  services: AppServices,
  run: { id: number; failed: boolean },
  lang: Lang,
): Promise<Answer> {
  const batch = await loadBatchJson(services.db, run.id, lang);
  if (!run.failed) {
    return batch;
  }
  return {
    ...batch,
    error: { code: 'IMPORT_FAILED', message: say(lang, 'importFailed', { id: run.id }) },
  };
}
