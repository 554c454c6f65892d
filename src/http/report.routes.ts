import type { Express, NextFunction, Request, Response } from 'express';
import type { ImportReport } from '../modules/import-batch/import-report';
import type { AppServices } from '../context';
import { XLSX_TYPE, attachment } from './attachment';
import { Need } from '../modules/access';
import { requireAccess } from './access';
import { sendProblem } from './http-errors';
import { buildReportWorkbook } from '../import/report/report-workbook';
import { say } from '../modules/common/messages/clerk-texts';
import { requestLang } from './request-lang';
import { ImportRefusal } from '../import/read/refusal';
import { issueMessage } from '../modules/common/messages/issue-messages';
import type { Lang } from '../modules/common/messages/lang';

/** exceljs holds the whole workbook in memory to mark it up: larger uploads get the 413. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const MAX_BATCH_ID = 2 ** 31 - 1;

interface StoredBatch {
  file_name: string;
  report: ImportReport;
  size: number | null;
  content: Buffer | null;
}

/** `GET /imports/{id}/report.xlsx`: the uploaded workbook with its issues marked, or the list alone. */
export function reportRoutes(app: Express, services: AppServices): void {
  app.get(
    '/imports/:id/report.xlsx',
    requireAccess(Need.READ),
    (req: Request, res: Response, next: NextFunction) => {
      const id = /^\d{1,10}$/.test(String(req.params.id)) ? Number(req.params.id) : null;
      const lang = requestLang(req);
      loadBatch(services, id)
        .then(async (batch) => {
          if (!batch) {
            sendProblem(res, 404, 'NOT_FOUND', say(lang, 'noBatch', { id: String(req.params.id) }));
            return;
          }
          if ((batch.size ?? 0) > MAX_REPORT_BYTES) {
            const sizes = { size: megabytes(batch.size!), max: megabytes(MAX_REPORT_BYTES) };
            sendProblem(res, 413, 'REPORT_TOO_LARGE', say(lang, 'reportTooLarge', sizes));
            return;
          }
          const limits = {
            maxBytes: MAX_REPORT_BYTES,
            maxInflatedBytes: services.config.reportMaxInflatedBytes,
            maxPartBytes: services.config.maxPartBytes,
          };
          const content = await buildReportWorkbook(
            batch.report,
            batch.content,
            lang,
            limits,
          ).catch((error: unknown) => {
            if (error instanceof ImportRefusal) {
              sendProblem(res, 422, 'REPORT_REFUSED', refusedText(error, lang));
              return null;
            }
            throw error;
          });
          if (content === null) {
            return;
          }
          res.type(XLSX_TYPE);
          res.setHeader('Content-Disposition', attachment(reportFileName(batch.file_name)));
          res.send(content);
        })
        .catch(next);
    },
  );
}

// The content is left in the database when it is too large to mark up, so a 413 reads no bytea.
async function loadBatch(services: AppServices, id: number | null): Promise<StoredBatch | null> {
  if (id === null || id > MAX_BATCH_ID) {
    return null;
  }
  const { rows } = await services.db.raw(
    `select file_name, report, octet_length(content) as size,
       case when octet_length(content) <= ? then content end as content
     from import_batch where id = ?`,
    [MAX_REPORT_BYTES, id],
  );
  return (rows[0] as StoredBatch | undefined) ?? null;
}

/** Why the upload cannot be marked up, as the refusal's own issue text says it. */
function refusedText(refusal: ImportRefusal, lang: Lang): string {
  const issue = { sheet: null, row: null, column: null, header: null, value: null };
  const reason = issueMessage(
    { ...issue, code: refusal.code, message: refusal.message, params: refusal.params },
    lang,
  );
  return say(lang, 'reportRefused', { reason });
}

function reportFileName(fileName: string): string {
  return `${fileName.replace(/\.(xlsx|csv)$/i, '')}-导入问题.xlsx`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
