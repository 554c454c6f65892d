import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { NotFoundError, UserInputError } from '../../errors';
import { ImportBatch } from './import-batch.entity';
import { UploadScalar } from '../common/scalars';
import { importLedger } from '../../import/import-ledger';
import { RollbackRefused, rollbackBatch } from '../../import/write/rollback';
import { tooLarge } from '../../http/multipart';
import { withTempFile } from '../../import/read/temp-file';

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
    @Ctx() ctx: Context,
  ): Promise<ImportBatch> {
    const upload = await file;
    // createReadStream throws at once (not through the stream) when the upload already went over
    // the limit, so it is called inside the chain whose catch maps 413 to FILE_TOO_LARGE.
    const id = await Promise.resolve()
      .then(() =>
        withTempFile(upload.createReadStream(), upload.filename, (path) =>
          importLedger(ctx.services.importDeps, {
            path,
            fileName: upload.filename,
            region,
            year,
            dryRun: Boolean(dryRun),
          }),
        ),
      )
      .catch((error: { status?: number }) => {
        if (error.status === 413) {
          throw new UserInputError(
            tooLarge(ctx.services.config.maxUploadBytes).message,
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
    @Ctx() ctx: Context,
  ): Promise<ImportBatch> {
    const batchId = Number(id);
    if (!Number.isSafeInteger(batchId)) {
      throw new NotFoundError(`there is no import batch ${id}`);
    }
    try {
      const { knex, definitions, onScopesChanged } = ctx.services.importDeps;
      await rollbackBatch(knex, definitions, batchId, onScopesChanged);
    } catch (error) {
      if (error instanceof RollbackRefused) {
        throw new UserInputError(error.message, 'ROLLBACK_REFUSED');
      }
      throw error;
    }
    return ctx.em.findOneOrFail(ImportBatch, { id: batchId }, { refresh: true });
  }
}
