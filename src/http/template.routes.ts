import type { Express, NextFunction, Request, Response } from 'express';
import type { AppServices } from '../context';
import { say } from '../modules/common/messages/clerk-texts';
import { buildTemplate } from '../import/template/template';
import {
  findTemplateKind,
  knownKindNames,
  templateFileName,
} from '../import/template/template-kinds';
import { XLSX_TYPE, attachment } from './attachment';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/** `GET /templates/{kind}.xlsx`: a blank ledger of one kind (events, facilities, results, indicators). */
export function templateRoutes(app: Express, services: AppServices): void {
  app.get('/templates/:file', (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const definitions = services.definitions;
    const definition = /\.xlsx$/i.test(file) ? findTemplateKind(file, definitions) : null;
    if (!definition) {
      const kinds = knownKindNames(definitions);
      sendProblem(res, 404, 'NOT_FOUND', say(requestLang(req), 'noTemplate', { file, kinds }));
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
