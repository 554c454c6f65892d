import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { NotFoundError, UserInputError } from '../common/errors';
import { RollbackRefused } from '../common/import-port';
import type { RequestContext } from '../common/request-context';
import { UploadScalar } from '../common/scalars';
import { ImportBatch } from './import-batch.entity';
import { uploadTooLargeMessage } from './upload-limit';

/** The importer's GraphQL entry points; problems in the workbook come back as the batch report. */
@Resolver(() => ImportBatch)
export class ImportResolver {
  @Mutation(() => ImportBatch, {
    description:
      'Imports a ledger workbook (.xlsx or .csv): all of it is committed, or nothing is and the report names every bad cell.',
  })
  async importLedger(
    @Arg('file', () => UploadScalar, { description: 'The workbook (GraphQL multipart request).' })
    file: Promise<FileUpload>,
    @Arg('region', () => ID, {
      nullable: true,
      description: "The ledger's region code; else the preamble's 填报单位.",
    })
    region: string | null,
    @Arg('year', () => Int, {
      nullable: true,
      description: "The ledger's year; else a 年度 column, the preamble or the title.",
    })
    year: number | null,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Validate and report only; write nothing.',
    })
    dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportBatch> {
    const upload = await file;
    // createReadStream throws at once (not through the stream) when the upload already went over
    // the limit, so it is called inside the chain whose catch maps 413 to FILE_TOO_LARGE.
    const id = await Promise.resolve()
      .then(() =>
        ctx.services.importer.run(
          { stream: upload.createReadStream(), fileName: upload.filename },
          { region, year, dryRun: Boolean(dryRun) },
        ),
      )
      .catch((error: { status?: number }) => {
        if (error.status === 413) {
          throw new UserInputError(
            uploadTooLargeMessage(ctx.services.config.maxUploadBytes),
            'FILE_TOO_LARGE',
          );
        }
        throw error;
      });
    return ctx.em.findOneOrFail(ImportBatch, { id });
  }

  @Mutation(() => ImportBatch, {
    description:
      'Undoes a committed import: its rows stop counting and the ledger it replaced counts again.',
  })
  async rollbackImport(
    @Arg('id', () => ID, { description: 'Batch number.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportBatch> {
    const batchId = Number(id);
    if (!Number.isSafeInteger(batchId)) {
      throw new NotFoundError(`there is no import batch ${id}`);
    }
    try {
      await ctx.services.importer.rollback(batchId);
    } catch (error) {
      if (error instanceof RollbackRefused) {
        throw new UserInputError(error.message, 'ROLLBACK_REFUSED');
      }
      throw error;
    }
    return ctx.em.findOneOrFail(ImportBatch, { id: batchId }, { refresh: true });
  }
}
