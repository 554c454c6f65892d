import type { Express, NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { AppServices } from '../context';
import { CatalogError } from '../modules/common/errors';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import {
  eventCategoryWords,
  eventFormatWords,
  eventLevelWords,
  facilityStatusWords,
  facilityTypeWords,
  projectTypeWords,
} from '../modules/common/enum-words';
import { sendRows } from './export-format';
import { enumLabel, metricLabel, withLabels } from './export-labels';
import { ExportParams } from './export-params';
import type { ExportQuestion } from './export-question';
import { compareExport, medalTableExport } from './export-rankings';
import { eventSummaryExport, facilitySummaryExport } from './export-summaries';
import { Need } from '../modules/access';
import { requireAccess } from './access';
import { HttpProblem, sendProblem } from './http-errors';
import { requestLang } from './request-lang';

const QUESTIONS: Record<string, ExportQuestion> = {
  compare: compareExport,
  'facility-summary': facilitySummaryExport,
  'event-summary': eventSummaryExport,
  'medal-table': medalTableExport,
};
const FORMATS = ['csv', 'xlsx', 'json'];
/** The code columns of each question, which get a Chinese `<column>_label` beside them. */
const LABELS: Record<string, Parameters<typeof withLabels>[1]> = {
  compare: { metric: metricLabel },
  'facility-summary': {
    type: enumLabel(facilityTypeWords),
    status: enumLabel(facilityStatusWords),
    project_type: enumLabel(projectTypeWords),
  },
  'event-summary': {
    category: enumLabel(eventCategoryWords),
    level: enumLabel(eventLevelWords),
    format: enumLabel(eventFormatWords),
  },
};

/**
 * `GET /export/{compare|facility-summary|event-summary|medal-table}.{csv,xlsx,json}`: the
 * comparison questions with the GraphQL arguments as query parameters, as flat rows for BI tools.
 * Answers come from the same cache as GraphQL's, so a dashboard refreshing costs one version read.
 */
export function exportRoutes(app: Express, services: AppServices): void {
  app.get(
    '/export/:question.:format',
    requireAccess(Need.READ),
    (req: Request, res: Response, next: NextFunction) => {
      const name = String(req.params.question);
      const question = Object.hasOwn(QUESTIONS, name) ? QUESTIONS[name] : undefined;
      const format = String(req.params.format);
      if (!question || !FORMATS.includes(format)) {
        const message = say(requestLang(req), 'noExport', {
          path: `${name}.${format}`,
          questions: Object.keys(QUESTIONS).join('|'),
          formats: FORMATS.join(','),
        });
        sendProblem(res, 404, 'NOT_FOUND', message);
        return;
      }
      question(new ExportParams(req, services.config.limits.textChars), services, res)
        .then((table) => withLabels(table, LABELS[name] ?? {}))
        .then(({ columns, rows }) => sendRows(res, format, name, columns, rows))
        .catch((error: unknown) => next(asProblem(error, requestLang(req))));
    },
  );
}

/** The services refuse a bad argument (an unknown metric) as GraphQL does; here it is a 400. */
function asProblem(error: unknown, lang: Lang): unknown {
  if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
    const text =
      error instanceof CatalogError ? say(lang, error.text.key, error.text.params) : null;
    return new HttpProblem(400, 'BAD_USER_INPUT', text ?? error.message);
  }
  return error;
}
