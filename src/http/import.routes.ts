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
 * With `Prefer: respond-async` the upload is stored and queued and the answer is 202 at once,
 * with the QUEUED batch and `Location: /imports/{id}`, which `GET /imports/{id}` answers.
 */
export function importRoutes(app: Express, services: AppServices): void {
  const gate = requireAccess(Need.IMPORT);
  app.post('/imports', csrfGuard, gate, (req: Request, res: Response, next: NextFunction) => {
    const lang = requestLang(req);
    const scope = writeScopeOf(res.locals.caller as Caller);
    const async = /\brespond-async\b/i.test(req.get('prefer') ?? '');
    withMultipartFile(req, services.config.maxUploadBytes, async ({ path, fileName, fields }) => {
      const options = { ...uploadOptions(fields, lang), scope };
      const file = { path, fileName };
      if (async) {
        return { queued: true, batch: await queued(services, file, options, lang) };
      }
      const run = await runImport(services, file, options);
      return { queued: false, batch: await answerOf(services, run, lang) };
    })
      .then(({ queued: isQueued, batch: answer }) => {
        if (isQueued) {
          res.status(202).setHeader('Location', `/imports/${answer.id}`);
          res.setHeader('Preference-Applied', 'respond-async');
          res.json(answer);
          return;
        }
        res.status(answer.status === 'FAILED' ? 422 : 200).json(answer);
      })
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

  app.get('/imports/:id', requireAccess(Need.READ), (req: Request, res: Response, next) => {
    const lang = requestLang(req);
    const id = /^\d{1,9}$/.test(String(req.params.id)) ? Number(req.params.id) : null;
    const found = id === null ? Promise.resolve(false) : batchExists(services, id);
    found
      .then(async (exists) => {
        if (!exists) {
          sendProblem(res, 404, 'NOT_FOUND', say(lang, 'noBatch', { id: String(req.params.id) }));
          return;
        }
        res.json(await loadBatchJson(services.db, id!, lang));
      })
      .catch(next);
  });
}

async function batchExists(services: AppServices, id: number): Promise<boolean> {
  const { rows } = await services.db.raw('select 1 from import_batch where id = ?', [id]);
  return rows.length > 0;
}

async function queued(
  services: AppServices,
  file: { path: string; fileName: string },
  options: ImportOptions,
  lang: Lang,
): Promise<BatchJson> {
  return loadBatchJson(services.db, await services.jobs.enqueue(file, options), lang);
}

/**
 * Runs the import and waits for its end: in this process's import threads, or, with
 * IMPORT_WORKERS=external, through the queue (a worker runs it; this waits for its batch).
 */
async function runImport(
  services: AppServices,
  file: { path: string; fileName: string },
  options: ImportOptions,
): Promise<{ id: number; failed: boolean }> {
  if (services.jobs.external) {
    const id = await services.jobs.enqueue(file, options);
    await services.jobs.settled(id);
    const { rows } = await services.db.raw(
      `select report->'errors' @> '[{"code":"IMPORT_FAILED"}]' as failed from import_batch where id = ?`,
      [id],
    );
    return { id, failed: Boolean(rows[0]?.failed) };
  }
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
