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
import { answerTag, matchesTag, sendNotModified, setAnswerHeaders } from './answer-etag';
import { keepResponse, sendKeptResponse } from './kept-response';

const QUESTIONS: Record<string, ExportQuestion> = {
  compare: compareExport,
  'facility-summary': facilitySummaryExport,
  'event-summary': eventSummaryExport,
  'medal-table': medalTableExport,
};
const FORMATS = ['csv', 'xlsx', 'json'];
/** An export's bytes depend on the reader's language (notes, labels) beside its URL. */
const VARY = ['Accept-Language'];
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
      const exported = async (validators: () => void) => {
        const params = new ExportParams(req, services.config.limits.textChars);
        const table = await question(params, services, res);
        const { columns, rows } = withLabels(table, LABELS[name] ?? {});
        validators();
        await sendRows(res, format, name, columns, rows);
      };
      keptExport(req, res, services, exported).catch((error: unknown) =>
        next(asProblem(error, requestLang(req))),
      );
    },
  );
}

/**
 * An export as a whole response kept by the answer cache (in Redis too when it is set), so any
 * API process sends it again without a statement, tagged with the version it was computed under:
 * an If-None-Match naming the current version's tag is answered 304 before anything is read.
 * `exported` computes and sends it, calling `validators` once it is sure to answer 200.
 */
async function keptExport(
  req: Request,
  res: Response,
  { answers }: AppServices,
  exported: (validators: () => void) => Promise<void>,
): Promise<void> {
  const key = exportKey(req);
  // taken before anything is computed: the body is at least as new as its tag says
  const tag = answerTag(await answers.version(res), key);
  if (matchesTag(req, tag)) {
    sendNotModified(res, tag, VARY);
    return;
  }
  const { sent, version } = await sendKeptResponse(res, answers, key, () => tag, VARY);
  if (sent) {
    return;
  }
  // a HEAD's response ends without its body: only a GET's is the answer
  keepResponse(res, answers, key, () =>
    req.method === 'GET' && res.statusCode === 200 ? version : null,
  );
  await exported(() => setAnswerHeaders(res, tag, VARY));
}

/** What names an export: its path, language and parameters in order, the key left out. */
function exportKey(req: Request): string {
  const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
  params.delete('key');
  params.sort();
  return `export|${req.path}|${requestLang(req)}|${params.toString()}`;
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
