import type { Express, NextFunction, Request, Response } from 'express';
import type { AppServices } from '../services';
import { buildTemplate } from '../import/template/template';
import { findTemplateKind, knownKindNames, templateFileName } from '../import/template/template-kinds';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `Content-Disposition` for a Chinese file name: RFC 6266 filename* with an ASCII fallback. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** `GET /templates/{kind}.xlsx`: a blank ledger of one kind (events, facilities, results, indicators). */
export function templateRoutes(app: Express, services: AppServices): void {
  app.get('/templates/:file', (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const definitions = services.importDeps.definitions;
    const definition = /\.xlsx$/i.test(file) ? findTemplateKind(file, definitions) : null;
    if (!definition) {
      res.status(404).json({
        error: {
          code: 'NOT_FOUND',
          message: `no template "${file}": use one of ${knownKindNames(definitions)} (e.g. /templates/events.xlsx)`,
        },
      });
      return;
    }
    buildTemplate(definition)
      .then((content) => {
        res.type(XLSX_TYPE);
        res.setHeader('Content-Disposition', attachment(templateFileName(definition.kind)));
        res.send(content);
      })
      .catch(next);
  });
}
