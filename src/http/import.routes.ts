import type { Express, NextFunction, Request, Response } from 'express';
import { csrfGuard } from './csrf';
import type { AppServices } from '../context';
import { loadBatchJson } from '../modules/import-batch/batch-json';
import { HttpProblem } from './http-errors';
import { withMultipartFile } from './multipart';

/** `POST /imports` (multipart field `file`, optional region, year, dryRun) → the ImportBatch as JSON. */
export function importRoutes(app: Express, services: AppServices): void {
  app.post('/imports', csrfGuard, (req: Request, res: Response, next: NextFunction) => {
    withMultipartFile(req, services.config.maxUploadBytes, async ({ path, fileName, fields }) => {
      const year = fields.year ? Number(fields.year) : null;
      if (year !== null && !Number.isInteger(year)) {
        throw new HttpProblem(400, 'BAD_USER_INPUT', `"year" must be a year, got "${fields.year}"`);
      }
      const id = await services.importer.run(
        { path, fileName },
        {
          region: fields.region || null,
          year,
          dryRun: ['true', '1', 'on', 'yes'].includes((fields.dryRun ?? '').toLowerCase()),
        },
      );
      return loadBatchJson(services.db, id);
    })
      .then((batch) => res.status(batch.status === 'FAILED' ? 422 : 200).json(batch))
      .catch(next);
  });
}
